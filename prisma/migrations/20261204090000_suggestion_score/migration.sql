-- Check-worthy sentences are ranked (issue 14): each stores its score (lib/import/check-worthiness.ts),
-- and the suggestion list reads a snapshot's open ones best first through the index. Rows stored
-- before stay NULL. The SQL below is Prisma's `migrate diff` output.

-- AlterTable
ALTER TABLE "Suggestion" ADD COLUMN     "score" DOUBLE PRECISION;

-- CreateIndex
CREATE INDEX "Suggestion_snapshotId_kind_status_score_start_idx" ON "Suggestion"("snapshotId", "kind", "status", "score" DESC, "start");
