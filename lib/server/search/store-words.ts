// The search lexicon (SearchWord): every distinct word of published searchable text, which search
// corrects a misspelt word against (lib/data/public/search.ts). Words are added when a verdict is
// published, by the seed, and once at start when the table is empty; never from unpublished text,
// so a draft's words are never suggested. Nothing removes a word: one whose text was later edited
// or superseded stays, harmlessly (it was public, and a correction to it just finds nothing new).
// No Next.js imports, so the seed, the start-up backfill and the benchmark use it too.
import type { Db, DbTransaction } from '../../db'
import { Prisma } from '../../generated/prisma/client'
import { PUBLIC_VIEWER } from '../../data/public/viewer'
import { visibleClaimSql, visibleFigureSql, visibleSourceSql, visibleVerdictSql } from '../../data/public/visibility'

/** Shorter words are left out: trigram similarity says little about them, and they are rarely misspelt. */
export const MIN_WORD_LENGTH = 3
const MAX_WORD_LENGTH = 40

/**
 * The words of a text column `t`, as the lexicon stores them and as search splits a query:
 * unaccented, lowercase, runs of letters. The same expression serves both, so they always agree.
 */
export const wordsOf = (text: Prisma.Sql) =>
  Prisma.sql`regexp_split_to_table(lower(unaccent(${text})), '[^[:alpha:]]+')`
export const isLexiconWord = (word: Prisma.Sql) => Prisma.sql`length(${word}) BETWEEN ${MIN_WORD_LENGTH} AND ${MAX_WORD_LENGTH}`

/**
 * The searchable texts a visitor may see: of one claim (what publishing its verdict makes public:
 * its words, its published summaries, the quantities of its published figures, the sources it quotes)
 * or of everything. The rules are the public ones of lib/data/public/visibility.ts.
 */
function publishedTexts(claimId: string | null): Prisma.Sql {
  const v = PUBLIC_VIEWER
  const claim = (alias: string) => (claimId ? Prisma.sql`AND ${Prisma.raw(alias)}."claimId" = ${claimId}` : Prisma.empty)
  const claimSources = claimId
    ? Prisma.sql`AND s."id" IN (
        SELECT ss."sourceId" FROM "SourceSnapshot" ss JOIN "Quote" q ON q."snapshotId" = ss."id"
        WHERE q."id" IN (SELECT a."quoteId" FROM "Appearance" a WHERE a."claimId" = ${claimId}
                         UNION SELECT f."quoteId" FROM "Figure" f WHERE f."claimId" = ${claimId}
                         UNION SELECT e."quoteId" FROM "VerdictEvidence" e JOIN "Verdict" ev ON ev."id" = e."verdictId" WHERE ev."claimId" = ${claimId}))`
    : Prisma.empty
  return Prisma.sql`
    SELECT concat_ws(' ', c."text", c."claimant") AS t FROM "Claim" c
      WHERE ${visibleClaimSql(v, 'c')} ${claimId ? Prisma.sql`AND c."id" = ${claimId}` : Prisma.empty}
    UNION ALL SELECT vd."summary" FROM "Verdict" vd WHERE ${visibleVerdictSql(v, 'vd')} ${claim('vd')}
    UNION ALL SELECT concat_ws(' ', qt."name", qt."description") FROM "Quantity" qt
      WHERE EXISTS (SELECT 1 FROM "Figure" fg WHERE fg."quantityId" = qt."id" AND ${visibleFigureSql(v, 'fg')} ${claim('fg')})
    UNION ALL SELECT concat_ws(' ', s."title", s."publisher") FROM "Source" s WHERE ${visibleSourceSql(v, 's')} ${claimSources}`
}

function insertWords(texts: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "SearchWord" ("word")
    SELECT DISTINCT w FROM (${texts}) src, ${wordsOf(Prisma.sql`src.t`)} w WHERE ${isLexiconWord(Prisma.sql`w`)}
    ON CONFLICT ("word") DO NOTHING`
}

/** Adds the words that publishing the claim's verdict made public. Call it in the publish transaction. */
export async function addClaimSearchWords(tx: DbTransaction, claimId: string): Promise<void> {
  await tx.$executeRaw(insertWords(publishedTexts(claimId)))
}

/** Fills the lexicon from everything published (an existing database, or a bulk load). Returns the words added. */
export async function fillSearchWords(db: Db | DbTransaction): Promise<number> {
  return db.$executeRaw(insertWords(publishedTexts(null)))
}

/** Whether there is published content but no lexicon yet (a database from before it existed). */
export async function isSearchWordsMissing(db: Db): Promise<boolean> {
  const [row] = await db.$queryRaw<Array<{ missing: boolean }>>`
    SELECT NOT EXISTS (SELECT 1 FROM "SearchWord") AND EXISTS (SELECT 1 FROM "Claim" WHERE "publishedAt" IS NOT NULL) AS missing`
  return row!.missing
}
