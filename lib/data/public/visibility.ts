// What each kind of viewer may read, in one place. The public sees published items only.
import { Prisma } from '../../generated/prisma/client'
import type { Viewer } from './viewer'

export function visibleClaims(viewer: Viewer): Prisma.ClaimWhereInput {
  return viewer.kind === 'team' ? {} : { publishedAt: { not: null } }
}

export function visibleVerdicts(viewer: Viewer): Prisma.VerdictWhereInput {
  return viewer.kind === 'team' ? {} : { status: 'PUBLISHED' }
}

export function visibleFigures(viewer: Viewer): Prisma.FigureWhereInput {
  return viewer.kind === 'team' ? {} : { publishedAt: { not: null } }
}

/** An appearance is public once a verdict revision that includes it is published (docs/decisions/015). */
export function visibleAppearances(viewer: Viewer): Prisma.AppearanceWhereInput {
  return viewer.kind === 'team' ? {} : { publishedAt: { not: null }, claim: visibleClaims(viewer) }
}

/** A quote is public when a published appearance, figure or verdict uses it. */
export function visibleQuotes(viewer: Viewer): Prisma.QuoteWhereInput {
  if (viewer.kind === 'team') return {}
  return {
    OR: [
      { appearances: { some: visibleAppearances(viewer) } },
      { figures: { some: visibleFigures(viewer) } },
      { evidence: { some: { verdict: visibleVerdicts(viewer) } } },
    ],
  }
}

/** A quantity is public when one of its figures is. */
export function visibleQuantities(viewer: Viewer): Prisma.QuantityWhereInput {
  return viewer.kind === 'team' ? {} : { figures: { some: visibleFigures(viewer) } }
}

/** A source is public when a quote in one of its snapshots is. */
export function visibleSources(viewer: Viewer): Prisma.SourceWhereInput {
  return viewer.kind === 'team' ? {} : { snapshots: { some: { quotes: { some: visibleQuotes(viewer) } } } }
}

/**
 * A version of a public source is public once adopted: a new version of a public source waits,
 * unread, until an editor publishes it (docs/decisions/016).
 */
export function visibleSnapshots(viewer: Viewer): Prisma.SourceSnapshotWhereInput {
  return viewer.kind === 'team' ? {} : { adoptedAt: { not: null } }
}

/** The same rule as visibleClaims, for a claim already read through a to-one relation (which Prisma cannot filter). */
export function isClaimVisible(viewer: Viewer, claim: { publishedAt: Date | null }): boolean {
  return viewer.kind === 'team' || claim.publishedAt !== null
}

/** A relation between two figures is public when both figures are. */
export function visibleRelations(viewer: Viewer): Prisma.FigureRelationWhereInput {
  return viewer.kind === 'team' ? {} : { figureA: visibleFigures(viewer), figureB: visibleFigures(viewer) }
}

/** A conflict's resolution is public once an editor has published it. */
export function isResolutionVisible(viewer: Viewer, relation: { resolutionPublishedAt: Date | null; resolvedAt: Date | null }): boolean {
  return viewer.kind === 'team' ? relation.resolvedAt !== null : relation.resolutionPublishedAt !== null
}

// The same rules in SQL, for the reads Prisma's query builder cannot express (full-text search).
// Each takes the alias of the table it filters; aliases are constants in our code, never input.

export function visibleClaimSql(viewer: Viewer, alias: string): Prisma.Sql {
  return viewer.kind === 'team' ? Prisma.sql`TRUE` : Prisma.sql`${Prisma.raw(alias)}."publishedAt" IS NOT NULL`
}

export function visibleVerdictSql(viewer: Viewer, alias: string): Prisma.Sql {
  return viewer.kind === 'team' ? Prisma.sql`TRUE` : Prisma.sql`${Prisma.raw(alias)}."status" = 'PUBLISHED'`
}

export function visibleFigureSql(viewer: Viewer, alias: string): Prisma.Sql {
  return viewer.kind === 'team' ? Prisma.sql`TRUE` : Prisma.sql`${Prisma.raw(alias)}."publishedAt" IS NOT NULL`
}

/** As `visibleQuotes`, for a source: one of its snapshots has a quote the viewer may see (as the source page decides). */
export function visibleSourceSql(viewer: Viewer, alias: string): Prisma.Sql {
  if (viewer.kind === 'team') return Prisma.sql`TRUE`
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "SourceSnapshot" vss JOIN "Quote" vq ON vq."snapshotId" = vss."id"
    WHERE vss."sourceId" = ${Prisma.raw(alias)}."id" AND (
      EXISTS (SELECT 1 FROM "Appearance" va JOIN "Claim" vc ON vc."id" = va."claimId" WHERE va."quoteId" = vq."id" AND va."publishedAt" IS NOT NULL AND ${visibleClaimSql(viewer, 'vc')})
      OR EXISTS (SELECT 1 FROM "Figure" vf WHERE vf."quoteId" = vq."id" AND ${visibleFigureSql(viewer, 'vf')})
      OR EXISTS (SELECT 1 FROM "VerdictEvidence" ve JOIN "Verdict" vv ON vv."id" = ve."verdictId" WHERE ve."quoteId" = vq."id" AND ${visibleVerdictSql(viewer, 'vv')})))`
}

/** As `isResolutionVisible`, in SQL. */
export function visibleResolutionSql(viewer: Viewer, alias: string): Prisma.Sql {
  const column = viewer.kind === 'team' ? 'resolvedAt' : 'resolutionPublishedAt'
  return Prisma.sql`${Prisma.raw(alias)}."${Prisma.raw(column)}" IS NOT NULL`
}

/** As `visibleRelations`, in SQL: both figures visible. */
export function visibleRelationSql(viewer: Viewer, alias: string): Prisma.Sql {
  if (viewer.kind === 'team') return Prisma.sql`TRUE`
  const a = Prisma.raw(alias)
  return Prisma.sql`EXISTS (SELECT 1 FROM "Figure" vfa WHERE vfa."id" = ${a}."figureAId" AND ${visibleFigureSql(viewer, 'vfa')})
    AND EXISTS (SELECT 1 FROM "Figure" vfb WHERE vfb."id" = ${a}."figureBId" AND ${visibleFigureSql(viewer, 'vfb')})`
}
