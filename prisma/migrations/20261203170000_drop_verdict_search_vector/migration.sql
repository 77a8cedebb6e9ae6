-- Only visitors search (docs/decisions/010-search.md), and a visitor's search finds a claim by its
-- current published summary in Claim.searchVector (20261201160000_claim_search_summary). The
-- verdicts' own vectors served only a team search that no page ever ran, so they go with their index.

-- DropIndex
DROP INDEX "Verdict_searchVector_idx";

-- AlterTable
ALTER TABLE "Verdict" DROP COLUMN "searchVector";
