// Publishing an approved revision: the one write the publish action and the seed both call. It
// publishes exactly the list the editor's screen showed (lib/verdicts/publication.ts), or nothing.
import { audit, auditAll } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import { addClaimSearchWords } from '../search/store-words'
import { auditSnapshot, authorize, loadRevision, writeIfCurrent } from './verdict-store'
import type { WorkflowUser } from '../../verdicts/workflow'
import { checkPublication, type PublicationChoice } from './check-publication'
import { holdBackFigures } from './hold-back-figures'

export type PublishVerdictInput = PublicationChoice & {
  verdictId: string
  lockVersion: number
  /** When it is published; the seed gives the historical date. */
  at?: Date
}

export type PublishedVerdict = { claimId: string; revision: number; figures: number; heldBack: number; appearances: number; quotes: number; sources: number }

export async function publishVerdict(tx: DbTransaction, user: WorkflowUser, input: PublishVerdictInput): Promise<PublishedVerdict> {
  const current = await loadRevision(tx, input.verdictId)
  await authorize(tx, 'publish', user, current, input.lockVersion)
  const { manifest, plan } = await checkPublication(tx, current.id, input)
  const now = input.at ?? new Date()
  const actor = { actorId: user.id }
  await writeIfCurrent(tx, current, input.lockVersion, { status: 'PUBLISHED', publishedById: user.id, publishedAt: now })
  const before = auditSnapshot(current)
  const published = {
    figures: plan.figures.map((figure) => figure.id),
    heldBack: plan.heldBack.map((figure) => figure.id),
    appearances: manifest.appearances.map((item) => item.id),
    quotes: plan.quotes.map((quote) => quote.id),
    sources: plan.sources.map((source) => source.id),
  }
  await audit(tx, { ...actor, action: 'verdict.publish', entityType: 'Verdict', entityId: current.id, before, after: { ...before, status: 'PUBLISHED', published } })

  const previous = await tx.verdict.findMany({
    where: { claimId: current.claimId, status: 'PUBLISHED', supersededAt: null, id: { not: current.id } },
    select: { id: true },
  })
  for (const replaced of previous) {
    await tx.verdict.update({ where: { id: replaced.id }, data: { supersededAt: now, lockVersion: { increment: 1 } } })
    const after = { supersededAt: now, supersededBy: `revision ${current.revision}` }
    await audit(tx, { ...actor, action: 'verdict.supersede', entityType: 'Verdict', entityId: replaced.id, before: { supersededAt: null }, after })
  }

  // Bumping the lock version refuses a claim edit that began before this publication. Public
  // search reads the copies of the rating and summary (Claim.currentRating, currentSummary).
  await tx.claim.update({ where: { id: current.claimId }, data: { lockVersion: { increment: 1 }, currentRating: current.rating, currentSummary: current.summary } })
  if (!manifest.claim.isPublic) {
    await tx.claim.update({ where: { id: current.claimId }, data: { publishedAt: now } })
    await audit(tx, { ...actor, action: 'claim.publish', entityType: 'Claim', entityId: current.claimId, before: { publishedAt: null }, after: { publishedAt: now } })
  }
  await tx.appearance.updateMany({ where: { id: { in: published.appearances } }, data: { publishedAt: now } })
  await tx.figure.updateMany({ where: { id: { in: published.figures } }, data: { publishedAt: now } })
  const publication = (entityType: string, ids: string[]) =>
    ids.map((entityId) => ({ ...actor, action: `${entityType.toLowerCase()}.publish`, entityType, entityId, before: { publishedAt: null }, after: { publishedAt: now } }))
  await auditAll(tx, [...publication('Appearance', published.appearances), ...publication('Figure', published.figures)])
  await holdBackFigures(tx, current.id, published.heldBack, user.id, now)
  // Search may now correct a misspelling to the words that just became public.
  await addClaimSearchWords(tx, current.claimId)
  return {
    claimId: current.claimId,
    revision: current.revision,
    figures: published.figures.length,
    heldBack: published.heldBack.length,
    appearances: published.appearances.length,
    quotes: published.quotes.length,
    sources: published.sources.length,
  }
}
