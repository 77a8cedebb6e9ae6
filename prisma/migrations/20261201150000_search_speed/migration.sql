-- Search at a million claims (docs/decisions/010-search.md): the rating filter reads a column of
-- the claim instead of a subquery per row, and the typo fallback corrects the visitor's words
-- against a lexicon of published words instead of scanning trigrams of every claim and summary.

-- AlterTable: the rating of the claim's current published verdict, set by the publish transaction.
ALTER TABLE "Claim" ADD COLUMN "currentRating" "Rating";

-- Existing databases: the newest published revision that nothing superseded.
UPDATE "Claim" c SET "currentRating" = cv."rating"
FROM (
    SELECT DISTINCT ON (v."claimId") v."claimId", v."rating" FROM "Verdict" v
    WHERE v."status" = 'PUBLISHED' AND v."supersededAt" IS NULL
    ORDER BY v."claimId", v."revision" DESC
) cv
WHERE cv."claimId" = c."id";

-- No index on it: search reads the matches of its words through the GIN index and compares the
-- rating on each row read. Measured on 1M claims, an index ("currentRating", "publishedAt") made the
-- planner AND a bitmap of every claim with that rating (a sixth of them, 45 ms) into each search.

-- CreateTable: every distinct word (lowercase, unaccented, letters only) of published searchable
-- text. It is filled by lib/search/store-words.ts when a verdict is published, by the seed, and at
-- start when it is empty (so an existing database gets its words once).
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex: the closest words to a misspelt one, nearest first (pg_trgm's <-> distance). GiST,
-- because only GiST returns rows in distance order; for % alone the planner prefers reading all
-- rows to a GIN index on a lexicon this short, and computing similarity for each costs ~10 µs.
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIST ("word" gist_trgm_ops);

-- DropIndex: the per-row trigram fallback is gone; Claim_text_trgm_idx stays for similar-claim suggestions.
DROP INDEX "Claim_claimant_trgm_idx";
DROP INDEX "Verdict_summary_trgm_idx";
