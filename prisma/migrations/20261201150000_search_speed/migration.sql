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

-- CreateIndex: search narrowed to a rating, newest first.
CREATE INDEX "Claim_currentRating_publishedAt_idx" ON "Claim"("currentRating", "publishedAt");

-- CreateTable: every distinct word (lowercase, unaccented, letters only) of published searchable
-- text. It is filled by lib/search/store-words.ts when a verdict is published, by the seed, and at
-- start when it is empty (so an existing database gets its words once).
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex: close spellings of a word (pg_trgm similarity).
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- DropIndex: the per-row trigram fallback is gone; Claim_text_trgm_idx stays for similar-claim suggestions.
DROP INDEX "Claim_claimant_trgm_idx";
DROP INDEX "Verdict_summary_trgm_idx";
