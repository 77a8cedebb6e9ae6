// Reads what publishing a revision would make public (lib/verdicts/publication.ts), inside the
// caller's transaction: the approve and publish screens show it, and the approve and publish writes
// read it again under lock and refuse when it is not what the screen showed. No Next.js imports.
import { createHash } from 'node:crypto'
import { formatPeriod } from '../../figures/period-words'
import { figureWords } from '../../figures/relation-words'
import { PUBLIC_VIEWER } from '../../data/public/viewer'
import { visibleQuotes, visibleSources } from '../../data/public/visibility'
import type { DbTransaction } from '../../db'
import { notFound } from '../../errors'
import type { Prisma } from '../../generated/prisma/client'
import { figureWordsProblem } from '../../figures/agreement'
import { COMPARED_FIELDS, toComparable } from '../../figures/comparable'
import { isoDay } from '../../format'
import { EVIDENCE, manifestFingerprint, type PublicationManifest, type PublicationQuote } from '../../verdicts/publication'

const quoteFields = {
  id: true,
  exact: true,
  snapshot: { select: { source: { select: { id: true, title: true } } } },
} as const satisfies Prisma.QuoteSelect

const figureFields = {
  ...COMPARED_FIELDS,
  periodLabel: true,
  rank: true,
  rankReason: true,
  derivation: true,
  publishedAt: true,
  quantity: { select: { name: true, unit: true } },
  quote: { select: quoteFields },
} as const satisfies Prisma.FigureSelect

type FigureRow = Prisma.FigureGetPayload<{ select: typeof figureFields }>

const wordsOf = (figure: FigureRow) => figureWords(toComparable(figure), figure.quantity.unit).words

/** Locks what the step would publish, so nothing changes between reading the list and writing it. */
export async function lockPublication(tx: DbTransaction, verdictId: string): Promise<void> {
  // Adding a figure locks its quantity (lib/server/figures/add-figure.ts): a conflict cannot appear meanwhile.
  await tx.$queryRaw`
    SELECT q.id FROM "Quantity" q WHERE q.id IN (
      SELECT f."quantityId" FROM "VerdictFigure" vf JOIN "Figure" f ON f.id = vf."figureId" WHERE vf."verdictId" = ${verdictId})
    ORDER BY q.id FOR UPDATE`
  await tx.$queryRaw`SELECT f.id FROM "Figure" f JOIN "VerdictFigure" vf ON vf."figureId" = f.id WHERE vf."verdictId" = ${verdictId} ORDER BY f.id FOR UPDATE OF f`
  await tx.$queryRaw`SELECT a.id FROM "Appearance" a JOIN "VerdictAppearance" va ON va."appearanceId" = a.id WHERE va."verdictId" = ${verdictId} ORDER BY a.id FOR UPDATE OF a`
}

/** Open conflicts of each figure: a CONFLICT whose resolution is not published yet. */
async function openConflicts(tx: DbTransaction, figureIds: string[]): Promise<Map<string, string[]>> {
  const relations = await tx.figureRelation.findMany({
    where: { kind: 'CONFLICT', resolutionPublishedAt: null, OR: [{ figureAId: { in: figureIds } }, { figureBId: { in: figureIds } }] },
    orderBy: { createdAt: 'asc' },
    select: { figureAId: true, resolvedAt: true, figureA: { select: figureFields }, figureB: { select: figureFields } },
  })
  const byFigure = new Map<string, string[]>()
  const add = (figureId: string, other: FigureRow, isResolved: boolean) => {
    const state = isResolved ? 'resolved, but the resolution is not published yet' : 'not resolved'
    const words = `In conflict with “${wordsOf(other)}” (${other.quote.snapshot.source.title}${other.publishedAt ? ', public' : ''}): ${state}.`
    byFigure.set(figureId, [...(byFigure.get(figureId) ?? []), words])
  }
  for (const relation of relations) {
    add(relation.figureA.id, relation.figureB, relation.resolvedAt !== null)
    add(relation.figureB.id, relation.figureA, relation.resolvedAt !== null)
  }
  return byFigure
}

/** What stops a figure from being published: words that do not state it, open conflicts. */
function blockersOf(figure: FigureRow, conflicts: string[]): string[] {
  const problem = figureWordsProblem(figure, figure.quote.exact)
  return problem ? [problem, ...conflicts] : conflicts
}

export async function readPublicationManifest(tx: DbTransaction, verdictId: string): Promise<PublicationManifest> {
  const verdict = await tx.verdict.findUnique({
    where: { id: verdictId },
    select: {
      id: true,
      revision: true,
      rating: true,
      summary: true,
      rationale: true,
      correctionNote: true,
      claim: { select: { id: true, text: true, claimant: true, publishedAt: true } },
      evidence: { orderBy: { position: 'asc' }, select: { quote: { select: quoteFields } } },
      appearances: { orderBy: { createdAt: 'asc' }, select: { appearance: { select: { id: true, stance: true, publishedAt: true, quote: { select: quoteFields } } } } },
      figures: { orderBy: { createdAt: 'asc' }, select: { heldBackAt: true, figure: { select: figureFields } } },
    },
  })
  if (!verdict) throw notFound('verdict')
  const { claim, evidence, ...content } = verdict
  const appearances = verdict.appearances.map((item) => item.appearance).filter((item) => item.publishedAt === null)
  const included = verdict.figures.filter((item) => item.figure.publishedAt === null)
  const conflicts = await openConflicts(tx, included.map((item) => item.figure.id))

  const candidates = new Map<string, PublicationQuote>()
  const addUser = (quote: Prisma.QuoteGetPayload<{ select: typeof quoteFields }>, user: string) => {
    const known = candidates.get(quote.id)
    if (known) known.usedBy.push(user)
    else candidates.set(quote.id, { id: quote.id, exact: quote.exact, sourceId: quote.snapshot.source.id, sourceTitle: quote.snapshot.source.title, usedBy: [user] })
  }
  for (const item of evidence) addUser(item.quote, EVIDENCE)
  for (const item of appearances) addUser(item.quote, item.id)
  for (const { figure } of included) addUser(figure.quote, figure.id)
  const publicQuotes = await tx.quote.findMany({ where: { id: { in: [...candidates.keys()] }, ...visibleQuotes(PUBLIC_VIEWER) }, select: { id: true } })
  for (const quote of publicQuotes) candidates.delete(quote.id)
  const quotes = [...candidates.values()]

  const sourceIds = [...new Set(quotes.map((quote) => quote.sourceId))]
  const publicSources = new Set((await tx.source.findMany({ where: { id: { in: sourceIds }, ...visibleSources(PUBLIC_VIEWER) }, select: { id: true } })).map((row) => row.id))
  const sources = await tx.source.findMany({
    where: { id: { in: sourceIds.filter((id) => !publicSources.has(id)) } },
    orderBy: { title: 'asc' },
    select: { id: true, title: true, publisher: true, author: true, url: true, publishedOn: true },
  })

  const includedAppearances = new Set(verdict.appearances.map((item) => item.appearance.id))
  const includedFigures = new Set(verdict.figures.map((item) => item.figure.id))
  const [leftAppearances, leftFigures] = await Promise.all([
    tx.appearance.findMany({ where: { claimId: claim.id, publishedAt: null }, orderBy: { createdAt: 'asc' }, select: { id: true, quote: { select: quoteFields } } }),
    tx.figure.findMany({ where: { claimId: claim.id, publishedAt: null }, orderBy: { createdAt: 'asc' }, select: figureFields }),
  ])

  return {
    verdict: content,
    claim: { id: claim.id, text: claim.text, claimant: claim.claimant, isPublic: claim.publishedAt !== null },
    appearances: appearances.map((item) => ({ id: item.id, stance: item.stance, quoteId: item.quote.id, exact: item.quote.exact, sourceTitle: item.quote.snapshot.source.title })),
    figures: included.map(({ figure, heldBackAt }) => ({
      id: figure.id,
      quantityName: figure.quantity.name,
      words: wordsOf(figure),
      period: formatPeriod(figure.periodStart, figure.periodEnd) ?? figure.periodLabel,
      rank: figure.rank,
      rankReason: figure.rankReason,
      derivation: figure.derivation,
      quoteId: figure.quote.id,
      exact: figure.quote.exact,
      sourceTitle: figure.quote.snapshot.source.title,
      blockers: blockersOf(figure, conflicts.get(figure.id) ?? []),
      isHeldBack: heldBackAt !== null,
    })),
    quotes,
    sources: sources.map((source) => ({
      ...source,
      publishedOn: source.publishedOn ? isoDay(source.publishedOn) : null,
      quoteIds: quotes.filter((quote) => quote.sourceId === source.id).map((quote) => quote.id),
    })),
    left: {
      appearances: leftAppearances
        .filter((item) => !includedAppearances.has(item.id))
        .map((item) => ({ id: item.id, exact: item.quote.exact, sourceTitle: item.quote.snapshot.source.title })),
      figures: leftFigures
        .filter((figure) => !includedFigures.has(figure.id))
        .map((figure) => ({ id: figure.id, quantityName: figure.quantity.name, words: wordsOf(figure), sourceTitle: figure.quote.snapshot.source.title })),
    },
  }
}

/** What the screen carries back: a digest of everything it showed. */
export function publicationDigest(manifest: PublicationManifest): string {
  return createHash('sha256').update(manifestFingerprint(manifest)).digest('base64url')
}
