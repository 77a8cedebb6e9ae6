// What a revision publishes besides its evidence: the claim's figures and appearances the reviewer
// included (docs/decisions/015). No Next.js imports.
import type { DbTransaction } from '../../db'
import { AppError } from '../../errors'
import { recordContribution } from './verdict-store'

export type Inclusions = { figureIds: string[]; appearanceIds: string[] }

/**
 * Checks that every figure and appearance to include belongs to the claim and is not public yet
 * (a public one needs no revision to publish it); anything else is refused.
 */
export async function resolveInclusions(tx: DbTransaction, claimId: string, wanted: Inclusions): Promise<Inclusions> {
  const [figures, appearances] = await Promise.all([
    tx.figure.findMany({ where: { id: { in: wanted.figureIds }, claimId, publishedAt: null }, select: { id: true } }),
    tx.appearance.findMany({ where: { id: { in: wanted.appearanceIds }, claimId, publishedAt: null }, select: { id: true } }),
  ])
  const figureIds = new Set(figures.map((row) => row.id))
  const appearanceIds = new Set(appearances.map((row) => row.id))
  if (wanted.figureIds.some((id) => !figureIds.has(id))) {
    const message = 'Include only figures of this claim that are not public yet.'
    throw new AppError('invalid', message, { includeFigure: [message] })
  }
  if (wanted.appearanceIds.some((id) => !appearanceIds.has(id))) {
    const message = 'Include only passages of this claim that are not public yet.'
    throw new AppError('invalid', message, { includeAppearance: [message] })
  }
  return { figureIds: [...figureIds], appearanceIds: [...appearanceIds] }
}

/** The revision's inclusions, as stored. */
export async function readInclusions(tx: DbTransaction, verdictId: string): Promise<Inclusions> {
  const [figures, appearances] = await Promise.all([
    tx.verdictFigure.findMany({ where: { verdictId }, orderBy: { createdAt: 'asc' }, select: { figureId: true } }),
    tx.verdictAppearance.findMany({ where: { verdictId }, orderBy: { createdAt: 'asc' }, select: { appearanceId: true } }),
  ])
  return { figureIds: figures.map((row) => row.figureId), appearanceIds: appearances.map((row) => row.appearanceId) }
}

/** Replaces the revision's inclusions (a draft has no hold-backs: an editor makes those at approval). */
export async function replaceInclusions(tx: DbTransaction, verdictId: string, inclusions: Inclusions): Promise<void> {
  await tx.verdictFigure.deleteMany({ where: { verdictId } })
  await tx.verdictAppearance.deleteMany({ where: { verdictId } })
  await tx.verdictFigure.createMany({ data: inclusions.figureIds.map((figureId) => ({ verdictId, figureId })) })
  await tx.verdictAppearance.createMany({ data: inclusions.appearanceIds.map((appearanceId) => ({ verdictId, appearanceId })) })
}

/** Whether two lists of inclusions name the same items. */
export function isSameInclusions(a: Inclusions, b: Inclusions): boolean {
  const same = (x: string[], y: string[]) => x.length === y.length && [...x].sort().join() === [...y].sort().join()
  return same(a.figureIds, b.figureIds) && same(a.appearanceIds, b.appearanceIds)
}

/**
 * Before someone changes a figure that a revision not yet published includes: refused while that
 * revision is in an editor's hands (the editor approves what they saw), and otherwise the person
 * becomes a contributor of the draft, so they cannot approve or publish it themselves.
 */
export async function guardIncludedFigureChange(tx: DbTransaction, figureId: string, userId: string, at: Date): Promise<void> {
  const including = await tx.verdictFigure.findMany({
    where: { figureId, verdict: { status: { not: 'PUBLISHED' } } },
    select: { verdictId: true, verdict: { select: { status: true, revision: true } } },
  })
  const inReview = including.find((item) => item.verdict.status === 'SUBMITTED' || item.verdict.status === 'APPROVED')
  if (inReview) {
    throw new AppError('forbidden', `Revision ${inReview.verdict.revision} of its claim’s verdict publishes this figure and is awaiting an editor, so the figure is locked until it is returned or published. Nothing was saved.`)
  }
  for (const item of including) await recordContribution(tx, item.verdictId, userId, at)
}
