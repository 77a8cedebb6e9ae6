// Reads for the sitemap: /sitemap.xml is an index of parts under /sitemaps/, each listing at most
// SITEMAP_PART_SIZE pages (the protocol allows 50,000 a file; a million claims take a hundred
// parts). Each read takes the viewer and filters through ./visibility.
import { getDb } from '../../db'
import { Prisma } from '../../generated/prisma/client'
import type { Viewer } from './viewer'
import { visibleClaimSql, visibleFigureSql, visibleSourceSql, visibleVerdictSql } from './visibility'

export const SITEMAP_PART_SIZE = 10_000

export const SITEMAP_KINDS = ['claims', 'sources', 'quantities'] as const
export type SitemapKind = (typeof SITEMAP_KINDS)[number]

/** A page for the sitemap: its path, and when what it shows last changed publicly. */
export type SitemapEntry = { path: string; lastModified: Date | null }

/**
 * How many parts of each kind the index lists. Sources' parts are blocks of all sources, by id,
 * each listing its public ones (so a part may hold fewer): counting the public ones would check
 * every source's quotes.
 */
export async function countSitemapParts(viewer: Viewer): Promise<Record<SitemapKind, number>> {
  const [row] = await getDb().$queryRaw<Array<Record<SitemapKind, bigint>>>`
    SELECT (SELECT count(*) FROM "Claim" c WHERE ${visibleClaimSql(viewer, 'c')}) AS claims,
           (SELECT count(*) FROM "Source") AS sources,
           (SELECT count(*) FROM "Quantity" qt WHERE EXISTS (SELECT 1 FROM "Figure" f WHERE f."quantityId" = qt."id" AND ${visibleFigureSql(viewer, 'f')})) AS quantities`
  const parts = (count: bigint) => Math.ceil(Number(count) / SITEMAP_PART_SIZE)
  return { claims: parts(row!.claims), sources: parts(row!.sources), quantities: parts(row!.quantities) }
}

/**
 * The pages that are not items: the home page (dated by the newest published verdict), the
 * corrections (by the newest correction) and the quantities (by the newest published figure).
 * Each date is the first row of an index read backwards.
 */
export async function listFixedSitemapPages(viewer: Viewer): Promise<SitemapEntry[]> {
  const newestVerdict = (where: Prisma.Sql) => Prisma.sql`(
    SELECT v."publishedAt" FROM "Verdict" v
    WHERE v."publishedAt" IS NOT NULL AND ${visibleVerdictSql(viewer, 'v')} ${where}
      AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."id" = v."claimId" AND ${visibleClaimSql(viewer, 'c')})
    ORDER BY v."publishedAt" DESC LIMIT 1)`
  const [row] = await getDb().$queryRaw<Array<{ verdict: Date | null; correction: Date | null; figure: Date | null }>>`
    SELECT ${newestVerdict(Prisma.empty)} AS verdict,
           ${newestVerdict(Prisma.sql`AND v."correctionNote" IS NOT NULL`)} AS correction,
           (SELECT max(f."publishedAt") FROM "Figure" f WHERE ${visibleFigureSql(viewer, 'f')}) AS figure`
  return [
    { path: '/', lastModified: row!.verdict },
    { path: '/methodology', lastModified: null },
    { path: '/corrections', lastModified: row!.correction },
    { path: '/quantities', lastModified: row!.figure },
  ]
}

/**
 * Part `part` (from 1) of a kind: published claims oldest first (so a part, once full, keeps its
 * claims), each dated by its newest published revision; public sources by id, dated by their
 * newest snapshot or edit; quantities with a published figure by slug, dated by the newest. The
 * part's rows are chosen first and dated after, so the rows skipped are never read for dates.
 * Null past the last part; a sources part whose block has no public source is empty.
 */
export async function listSitemapPart(viewer: Viewer, kind: SitemapKind, part: number): Promise<SitemapEntry[] | null> {
  const offset = (part - 1) * SITEMAP_PART_SIZE
  const db = getDb()
  const rows = await db.$queryRaw<Array<{ path: string; lastModified: Date | null; isListed?: boolean }>>(
    kind === 'claims'
      ? Prisma.sql`
          SELECT '/claims/' || c."slug" AS path,
                 -- Found by slug: the part's rows come from the (publishedAt, slug) index alone.
                 greatest(c."publishedAt", (SELECT max(v."publishedAt") FROM "Verdict" v JOIN "Claim" vc ON vc."id" = v."claimId"
                                            WHERE vc."slug" = c."slug" AND ${visibleVerdictSql(viewer, 'v')})) AS "lastModified"
          FROM (
            SELECT "slug", "publishedAt" FROM "Claim" c WHERE c."publishedAt" IS NOT NULL AND ${visibleClaimSql(viewer, 'c')}
            ORDER BY c."publishedAt", c."slug" LIMIT ${SITEMAP_PART_SIZE} OFFSET ${offset}
          ) c
          ORDER BY c."publishedAt", c."slug"`
      : kind === 'sources'
        ? Prisma.sql`
          SELECT '/sources/' || s."id" AS path, ${visibleSourceSql(viewer, 's')} AS "isListed",
                 -- A version waiting for an editor (adoptedAt null) has changed nothing public yet.
                 greatest(s."updatedAt", (SELECT max(ss."adoptedAt") FROM "SourceSnapshot" ss WHERE ss."sourceId" = s."id")) AS "lastModified"
          FROM (SELECT "id", "updatedAt" FROM "Source" ORDER BY "id" LIMIT ${SITEMAP_PART_SIZE} OFFSET ${offset}) s
          ORDER BY s."id"`
        : Prisma.sql`
          SELECT '/quantities/' || qt."slug" AS path,
                 (SELECT max(f."publishedAt") FROM "Figure" f WHERE f."quantityId" = qt."id" AND ${visibleFigureSql(viewer, 'f')}) AS "lastModified"
          FROM (
            SELECT qt."id", qt."slug" FROM "Quantity" qt
            WHERE EXISTS (SELECT 1 FROM "Figure" f WHERE f."quantityId" = qt."id" AND ${visibleFigureSql(viewer, 'f')})
            ORDER BY qt."slug" LIMIT ${SITEMAP_PART_SIZE} OFFSET ${offset}
          ) qt
          ORDER BY qt."slug"`,
  )
  if (rows.length === 0 && part > 1) return null
  // Only sources say whether each is listed; every claim and quantity read is.
  return rows.filter((row) => row.isListed !== false).map(({ path, lastModified }) => ({ path, lastModified }))
}
