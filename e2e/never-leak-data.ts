// A small world of its own for the "nothing unpublished leaks" story: a new source, a published
// claim on it with a published figure, and around them one unpublished thing of every kind (a
// figure the verdict does not include, one held back in an open conflict, an appearance never
// published, the sources only those use, and changes to the public figure and source waiting for
// a second editor), each
// carrying a made-up word that nothing else in the knowledge base uses. Everything is written
// before any page shows it, so the cached claim, source and quantity pages are first rendered with
// all of it in the database. Written straight to the database: no audit entries (they cannot be
// deleted), so cleanUp removes exactly what was made.
import type { TestInfo } from '@playwright/test'
import { describeQuote, findUniqueQuote } from '../lib/anchoring'
import type { Db } from '../lib/db'
import type { Prisma } from '../lib/generated/prisma/client'
import { contentHash } from '../lib/import'
import { refreshFigureRelations } from '../lib/server/figures/figure-relations'

/** One made-up word per unpublished item; none may appear anywhere public, in any case. */
export const WORDS = {
  draftClaim: 'zorblaxian',
  submittedVerdict: 'quindlemoor',
  returnedVerdict: 'vextrapolis',
  unpublishedFigure: 'glimmerdash',
  unpublishedQuantity: 'throckbellow',
  correction: 'snarfwhistle',
  checkRequest: 'plumtiverse',
  /** A figure on the published claim that its verdict does not include, quoted from a source only it uses. */
  uncitedFigure: 'fenwobble',
  uncitedSource: 'grizzlethorn',
  /** An appearance of the published claim that its verdict did not publish, in a source only it uses. */
  unpublishedAppearance: 'wuzzlecrimp',
  /** Changes to the public figure and source that wait for a second editor (docs/decisions/016). */
  pendingRank: 'bramblequoth',
  pendingDetails: 'crumplevane',
  pendingVersion: 'snickerbloom',
} as const

/** The value of both unpublished figures, however a page formats it (987654, 987,654, 987 654). */
export const NUMBER = /987[\s,.\u00a0\u202f]?654/

/** A made-up word only the published claim uses, to show that search finds what it should. */
export const PUBLIC_WORD = 'brindlecombe'

const PASSAGES = {
  published: 'The county shelter counted about 1,200 families in March 2019',
  submitted: 'Volunteers said the waiting list doubled over the winter.',
  returned: 'The city council approved a second shelter in April.',
  figure: 'A charity later put the number much higher.',
  quantity: 'Meals served each night rose as well, the charity said.',
  correction: 'The director later said the March count had missed two buildings.',
}

function sourceText(stamp: string) {
  return [
    `Shelter report ${stamp}.`,
    `${PASSAGES.published}, according to its director, who has run it since 2015. ${PASSAGES.submitted} Most families stayed less than a month.`,
    `${PASSAGES.returned} It is meant to open next year. ${PASSAGES.figure} Its count included people sleeping in cars.`,
    `${PASSAGES.quantity} ${PASSAGES.correction} The county has not published its own figures.`,
  ].join('\n\n')
}

export async function buildWorld(db: Db, testInfo: TestInfo) {
  const stamp = `${testInfo.project.name}-${testInfo.workerIndex}-${Date.now()}`
  const [reviewer, editor] = await Promise.all(
    ['reviewer@claimtrail.test', 'editor@claimtrail.test'].map((email) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })),
  )
  const text = sourceText(stamp)
  const made = { sourceIds: [] as string[], quoteIds: [] as string[], claimIds: [] as string[], figureIds: [] as string[], quantityIds: [] as string[], requestId: '' }
  const cleanUp = async () => {
    // Relations go with their figures, verdicts, evidence and appearances with their claims,
    // snapshots and suggestions with their source.
    await db.figure.deleteMany({ where: { id: { in: made.figureIds } } })
    await db.claim.deleteMany({ where: { id: { in: made.claimIds } } })
    await db.quote.deleteMany({ where: { id: { in: made.quoteIds } } })
    await db.quantity.deleteMany({ where: { id: { in: made.quantityIds } } })
    await db.source.deleteMany({ where: { id: { in: made.sourceIds } } })
    if (made.requestId) await db.checkRequest.delete({ where: { id: made.requestId } })
  }

  try {
    const newSource = async (title: string, body: string) => {
      const row = await db.source.create({
        data: {
          title,
          kind: 'NEWS_ARTICLE',
          publisher: 'County Courier',
          createdById: reviewer!.id,
          snapshots: { create: { version: 1, text: body, contentHash: contentHash(body), capturedById: reviewer!.id } },
        },
        select: { id: true, snapshots: { select: { id: true } } },
      })
      made.sourceIds.push(row.id)
      return { id: row.id, snapshotId: row.snapshots[0]!.id, text: body }
    }
    const quoteIn = async (from: { snapshotId: string; text: string }, words: string) => {
      const range = findUniqueQuote(from.text, words)
      const row = await db.quote.create({ data: { snapshotId: from.snapshotId, createdById: reviewer!.id, ...describeQuote(from.text, range.start, range.end) }, select: { id: true } })
      made.quoteIds.push(row.id)
      return row.id
    }
    const source = await newSource(`Shelter report ${stamp}`, text)
    const quote = (words: string) => quoteIn(source, words)
    const uncitedSource = await newSource(`The ${WORDS.uncitedSource} bulletin ${stamp}`, `In April 2019 the ${WORDS.uncitedFigure} tally gave 987,654 families at the shelter.`)
    const appearanceSource = await newSource(`The ${WORDS.unpublishedAppearance} newsletter ${stamp}`, `The ${WORDS.unpublishedAppearance} newsletter repeated the count of 1,200 families.`)
    const quotes = {
      published: await quote(PASSAGES.published),
      submitted: await quote(PASSAGES.submitted),
      returned: await quote(PASSAGES.returned),
      figure: await quote(PASSAGES.figure),
      quantity: await quote(PASSAGES.quantity),
      correction: await quote(PASSAGES.correction),
      uncited: await quoteIn(uncitedSource, uncitedSource.text),
      appearance: await quoteIn(appearanceSource, appearanceSource.text),
    }
    const author = { authorId: reviewer!.id, lastEditedById: reviewer!.id }
    const now = new Date()
    const claim = async (data: Omit<Prisma.ClaimUncheckedCreateInput, 'createdById'>) => {
      const row = await db.claim.create({ data: { createdById: reviewer!.id, ...data }, select: { id: true, slug: true, text: true } })
      made.claimIds.push(row.id)
      return row
    }

    const published = await claim({
      slug: `never-leak-published-${stamp}`,
      text: `The ${PUBLIC_WORD} shelter counted about 1,200 families in March 2019 (${stamp})`,
      claimant: 'The shelter director',
      publishedAt: now,
      // 7. Its appearance in a second source, never published with a verdict.
      appearances: { create: [{ quoteId: quotes.published, publishedAt: now }, { quoteId: quotes.appearance }] },
      verdicts: {
        create: [
          {
            revision: 1,
            status: 'PUBLISHED',
            rating: 'MOSTLY_TRUE',
            summary: `The director's count of 1,200 families holds up (${stamp})`,
            rationale: 'The report gives the **count** in its own words.',
            ...author,
            submittedAt: now,
            approvedById: editor!.id,
            approvedAt: now,
            publishedById: editor!.id,
            publishedAt: now,
            evidence: { create: { quoteId: quotes.published, position: 0 } },
          },
          // 5. A correction awaiting approval: revision 1 stays the public one.
          {
            revision: 2,
            status: 'SUBMITTED',
            rating: 'MIXED',
            summary: `The count missed two buildings, says ${WORDS.correction}`,
            rationale: `The ${WORDS.correction} memo says so.`,
            correctionNote: `Corrected after the ${WORDS.correction} memo.`,
            ...author,
            submittedAt: now,
            evidence: { create: { quoteId: quotes.correction, position: 0, note: `Per ${WORDS.correction}` } },
          },
        ],
      },
    })
    // 1. A draft claim quoted by the same passage as the published one, and by no verdict.
    const draft = await claim({
      slug: `never-leak-draft-${stamp}`,
      text: `The ${WORDS.draftClaim} shelter was full every night`,
      claimant: `The ${WORDS.draftClaim} Herald`,
      appearances: { create: { quoteId: quotes.published, stance: 'SUPPORTS' } },
    })
    // 2. and 3. Verdicts awaiting approval and returned with changes requested.
    const submitted = await claim({
      slug: `never-leak-submitted-${stamp}`,
      text: `The ${WORDS.submittedVerdict} waiting list doubled`,
      appearances: { create: { quoteId: quotes.submitted } },
      verdicts: {
        create: {
          revision: 1,
          status: 'SUBMITTED',
          rating: 'TRUE',
          summary: `Doubled, per ${WORDS.submittedVerdict}`,
          rationale: `See ${WORDS.submittedVerdict}.`,
          ...author,
          submittedAt: now,
          evidence: { create: { quoteId: quotes.submitted, position: 0 } },
        },
      },
    })
    const returned = await claim({
      slug: `never-leak-returned-${stamp}`,
      text: `The ${WORDS.returnedVerdict} council approved a second shelter`,
      appearances: { create: { quoteId: quotes.returned } },
      verdicts: {
        create: {
          revision: 1,
          status: 'CHANGES_REQUESTED',
          rating: 'FALSE',
          summary: `Not approved, per ${WORDS.returnedVerdict}`,
          rationale: `See ${WORDS.returnedVerdict}.`,
          reviewComment: `Cite the ${WORDS.returnedVerdict} minutes.`,
          ...author,
          submittedAt: now,
          evidence: { create: [{ quoteId: quotes.returned, position: 0 }, { quoteId: quotes.published, position: 1 }] },
        },
      },
    })

    // 4. A quantity with a published figure of the published claim and an unpublished one that
    // conflicts with it, and a quantity whose only figure is unpublished.
    const quantity = await db.quantity.create({
      data: { slug: `never-leak-families-${stamp}`, name: `Families at the shelter (${stamp})`, description: 'Families counted at the county shelter.', unit: 'families' },
      select: { id: true, slug: true, name: true },
    })
    const hiddenQuantity = await db.quantity.create({
      data: { slug: `never-leak-meals-${stamp}`, name: `${WORDS.unpublishedQuantity} meals (${stamp})`, description: `Meals at the ${WORDS.unpublishedQuantity} shelter.`, unit: `${WORDS.unpublishedQuantity} meals` },
      select: { id: true, slug: true },
    })
    made.quantityIds.push(quantity.id, hiddenQuantity.id)
    const march = { periodStart: new Date('2019-03-01'), periodEnd: new Date('2019-03-31') }
    const figures = await db.$transaction(async (tx) => {
      const figure = async (data: Omit<Prisma.FigureUncheckedCreateInput, 'claimId' | 'createdById'>) => {
        const row = await tx.figure.create({ data: { claimId: published.id, createdById: reviewer!.id, ...data }, select: { id: true } })
        made.figureIds.push(row.id)
        return { id: row.id, ...(await refreshFigureRelations(tx, row.id, { isNew: true })) }
      }
      const shown = await figure({ quantityId: quantity.id, quoteId: quotes.published, qualifier: 'EXACT', value: 1200, low: 1200, high: 1200, unit: 'families', ...march, periodLabel: 'March 2019', publishedAt: now })
      const conflicting = await figure({
        quantityId: quantity.id,
        quoteId: quotes.figure,
        qualifier: 'EXACT',
        value: 987654,
        low: 987654,
        high: 987654,
        unit: 'families',
        ...march,
        periodLabel: `March 2019 (${WORDS.unpublishedFigure} count)`,
        rankReason: `The ${WORDS.unpublishedFigure} tally`,
      })
      // 8. A figure on the published claim that no verdict includes, from a source only it quotes.
      const uncited = await figure({ quantityId: quantity.id, quoteId: quotes.uncited, qualifier: 'EXACT', value: 987654, low: 987654, high: 987654, unit: 'families', periodStart: new Date('2019-04-01'), periodEnd: new Date('2019-04-30'), periodLabel: `April 2019 (${WORDS.uncitedFigure})` })
      const alone = await figure({ quantityId: hiddenQuantity.id, quoteId: quotes.quantity, qualifier: 'AT_LEAST', value: 987654, low: 987654, unit: `${WORDS.unpublishedQuantity} meals`, periodLabel: `${WORDS.unpublishedQuantity} winter` })
      return { shown, conflicting, uncited, alone }
    })
    // The editor held the conflicting figure back when publishing the verdict (lib/server/verdicts/hold-back-figures.ts).
    const publicVerdict = await db.verdict.findFirstOrThrow({ where: { claimId: published.id, status: 'PUBLISHED' }, select: { id: true } })
    await db.verdictFigure.create({ data: { verdictId: publicVerdict.id, figureId: figures.conflicting.id, heldBackAt: now, heldBackById: editor!.id } })

    // 9. Changes to the public figure and source, proposed and waiting for a second editor.
    const pendingText = `${text}\n\nA later edition added the ${WORDS.pendingVersion} annex.`
    const pendingSnapshot = await db.sourceSnapshot.create({
      data: { sourceId: source.id, version: 2, text: pendingText, contentHash: contentHash(pendingText), capturedById: reviewer!.id, adoptedAt: null },
      select: { id: true },
    })
    const shownDetails = { title: `Shelter report ${stamp}`, kind: 'NEWS_ARTICLE', publisher: 'County Courier', author: null, url: null, publishedOn: null }
    const pending = await Promise.all([
      db.pendingChange.create({
        data: { kind: 'FIGURE_RANK', figureId: figures.shown.id, proposedById: reviewer!.id, before: { rank: 'NORMAL', rankReasonKind: null, rankReason: null }, after: { rank: 'DEPRECATED', rankReasonKind: 'OTHER', rankReason: `The ${WORDS.pendingRank} recount` } },
        select: { id: true },
      }),
      db.pendingChange.create({
        data: { kind: 'SOURCE_DETAILS', sourceId: source.id, proposedById: reviewer!.id, before: shownDetails, after: { ...shownDetails, title: `The ${WORDS.pendingDetails} report`, url: `https://${WORDS.pendingDetails}.example/report` } },
        select: { id: true },
      }),
      db.pendingChange.create({
        data: {
          kind: 'SOURCE_VERSION',
          sourceId: source.id,
          snapshotId: pendingSnapshot.id,
          proposedById: reviewer!.id,
          before: { version: 1, contentHash: contentHash(text), length: text.length },
          after: { version: 2, contentHash: contentHash(pendingText), length: pendingText.length },
        },
        select: { id: true },
      }),
    ])

    // 6. A reader's request, never public.
    const request = await db.checkRequest.create({ data: { claimText: `Is the ${WORDS.checkRequest} shelter closing?`, seenAt: `https://${WORDS.checkRequest}.example/post` }, select: { id: true } })
    made.requestId = request.id

    const verdicts = await db.verdict.findMany({ where: { claimId: { in: made.claimIds }, status: { not: 'PUBLISHED' } }, select: { id: true } })
    return {
      stamp,
      source: { id: source.id, title: `Shelter report ${stamp}` },
      published,
      quantity,
      shownFigureId: figures.shown.id,
      conflicts: figures.conflicting.conflicts,
      hidden: {
        claimSlugs: [draft.slug, submitted.slug, returned.slug],
        quantitySlug: hiddenQuantity.slug,
        /** Sources only unpublished items quote. */
        sourceIds: [uncitedSource.id, appearanceSource.id],
        /** Ids of everything unpublished, and of the quotes only unpublished items use. */
        ids: [
          draft.id,
          submitted.id,
          returned.id,
          hiddenQuantity.id,
          figures.conflicting.id,
          figures.alone.id,
          figures.uncited.id,
          uncitedSource.id,
          appearanceSource.id,
          pendingSnapshot.id,
          ...pending.map((change) => change.id),
          request.id,
          ...verdicts.map((verdict) => verdict.id),
          quotes.submitted,
          quotes.returned,
          quotes.figure,
          quotes.quantity,
          quotes.correction,
          quotes.uncited,
          quotes.appearance,
        ],
      },
      cleanUp,
    }
  } catch (error) {
    await cleanUp()
    throw error
  }
}

export type World = Awaited<ReturnType<typeof buildWorld>>
