-- Public search reads one tsvector per claim (docs/decisions/010-search.md): the claim's copy of its
-- current published verdict's summary joins its text and claimant in Claim.searchVector, so a
-- visitor's search scans one GIN index instead of two (claims, then verdicts) and merges nothing.

-- AlterTable: the summary of the current published verdict, set by the publish transaction.
ALTER TABLE "Claim" ADD COLUMN "currentSummary" TEXT;

-- Existing databases: the newest published revision that nothing superseded.
UPDATE "Claim" c SET "currentSummary" = cv."summary"
FROM (
    SELECT DISTINCT ON (v."claimId") v."claimId", v."summary" FROM "Verdict" v
    WHERE v."status" = 'PUBLISHED' AND v."supersededAt" IS NULL
    ORDER BY v."claimId", v."revision" DESC
) cv
WHERE cv."claimId" = c."id";

-- AlterTable: claim text (A), claimant (B) and current published summary (C). A generated column's
-- expression cannot be changed before PostgreSQL 17, so the column is dropped and added again.
DROP INDEX "Claim_searchVector_idx";
ALTER TABLE "Claim" DROP COLUMN "searchVector";
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('claimtrail_english', "text"), 'A') ||
    setweight(to_tsvector('claimtrail_english', coalesce("claimant", '')), 'B') ||
    setweight(to_tsvector('claimtrail_english', coalesce("currentSummary", '')), 'C')
) STORED;

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
