// A small public world of a test's own: a source, a published claim quoting it twice with a
// published verdict, and two published figures from those quotes that conflict (4,100 and 3,600
// tonnes of grain in 2020) on a quantity of their own. Written straight to the database, as the
// seed would leave it; cleanUp removes what was made, pending changes to it included (audit
// entries stay: they cannot be deleted).
import type { TestInfo } from '@playwright/test'
import { describeQuote, findUniqueQuote } from '../lib/anchoring'
import type { Db } from '../lib/db'
import { contentHash } from '../lib/import'
import { refreshFigureRelations } from '../lib/server/figures/figure-relations'

export const PASSAGES = {
  depot: 'The depot recorded 4,100 tonnes of grain in 2020.',
  audit: 'A later audit of the same depot found 3,600 tonnes of grain in 2020.',
}

export function worldText(stamp: string) {
  return [
    `Harbour grain report ${stamp}.`,
    `${PASSAGES.depot} The harbour master signed the ledger each month.`,
    `${PASSAGES.audit} The audit did not say why the counts differ.`,
  ].join('\n\n')
}

export async function buildPublicWorld(db: Db, testInfo: TestInfo, authorId: string, publisherId: string) {
  const stamp = `${testInfo.project.name}-${testInfo.workerIndex}-${Date.now()}`
  const text = worldText(stamp)
  const now = new Date()
  const source = await db.source.create({
    data: {
      title: `Harbour grain report ${stamp}`,
      kind: 'NEWS_ARTICLE',
      publisher: 'Harbour Gazette',
      url: 'https://gazette.example/grain',
      createdById: authorId,
      snapshots: { create: { version: 1, text, contentHash: contentHash(text), capturedById: authorId } },
    },
    select: { id: true, title: true, snapshots: { select: { id: true } } },
  })
  const snapshotId = source.snapshots[0]!.id
  const quote = async (words: string) => {
    const range = findUniqueQuote(text, words)
    return (await db.quote.create({ data: { snapshotId, createdById: authorId, ...describeQuote(text, range.start, range.end) }, select: { id: true } })).id
  }
  const quoteIds = [await quote(PASSAGES.depot), await quote(PASSAGES.audit)]
  const quantity = await db.quantity.create({ data: { slug: `e2e-grain-${stamp}`, name: `Grain at the harbour depot ${stamp}`, unit: 'tonnes' }, select: { id: true, slug: true, name: true } })
  const claim = await db.claim.create({
    data: {
      slug: `e2e-grain-${stamp}`,
      text: `The harbour depot held 4,100 tonnes of grain in 2020 (${stamp})`,
      createdById: authorId,
      publishedAt: now,
      appearances: { create: quoteIds.map((quoteId) => ({ quoteId, publishedAt: now })) },
      verdicts: {
        create: {
          revision: 1,
          status: 'PUBLISHED',
          rating: 'MIXED',
          summary: `The depot's ledger and a later audit disagree (${stamp})`,
          rationale: 'The report gives **both counts**.',
          authorId,
          lastEditedById: authorId,
          submittedAt: now,
          approvedById: publisherId,
          approvedAt: now,
          publishedById: publisherId,
          publishedAt: now,
          evidence: { create: quoteIds.map((quoteId, position) => ({ quoteId, position })) },
        },
      },
    },
    select: { id: true, slug: true },
  })
  const figure = (quoteId: string, value: number) =>
    db.figure.create({
      data: {
        quantityId: quantity.id,
        claimId: claim.id,
        quoteId,
        qualifier: 'EXACT',
        value,
        unit: 'tonnes',
        periodStart: new Date('2020-01-01'),
        periodEnd: new Date('2020-12-31'),
        periodLabel: '2020',
        publishedAt: now,
        createdById: authorId,
      },
      select: { id: true },
    })
  const figures = { depot: (await figure(quoteIds[0]!, 4100)).id, audit: (await figure(quoteIds[1]!, 3600)).id }
  await db.$transaction(async (tx) => {
    await refreshFigureRelations(tx, figures.depot)
    await refreshFigureRelations(tx, figures.audit)
  })
  return {
    stamp,
    source: { id: source.id, title: source.title },
    claim,
    quantity,
    figures,
    async cleanUp() {
      await db.pendingChange.deleteMany({ where: { OR: [{ sourceId: source.id }, { figureId: { in: Object.values(figures) } }, { appearance: { claimId: claim.id } }] } })
      await db.figure.deleteMany({ where: { quantityId: quantity.id } })
      await db.claim.delete({ where: { id: claim.id } })
      await db.quantity.delete({ where: { id: quantity.id } })
      await db.quote.deleteMany({ where: { snapshot: { sourceId: source.id } } })
      await db.source.delete({ where: { id: source.id } })
    },
  }
}
