-- The claim's own text as a search vector of its own, with a GIN index and one on the search slice
-- (docs/decisions/027-search-ranking.md). The ranking puts a claim's text far above its claimant
-- and summary, so the claims with every word in their text are the best of a large match set;
-- when they are few, search ranks every one of them beside the sample, and finds the claim whose
-- words thousands of others have only in their summaries ("zero tolerance april 6 2018": 2,162
-- claims with the words, 1 with them in its text, at a million claims).

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "textVector" tsvector GENERATED ALWAYS AS (to_tsvector('claimtrail_english', "text")) STORED;

-- CreateIndex
CREATE INDEX "Claim_textVector_idx" ON "Claim" USING GIN ("textVector");
CREATE INDEX "Claim_textVector_slice_idx" ON "Claim" USING GIN ("textVector") WHERE left(md5("id"), 2) < '04';
