-- Pending changes (docs/decisions/016): a change to something the public already reads waits for an
-- editor other than its proposer. A new version of a public source is stored unread until then, and
-- a conflict resolution's ranks are written to the figures only when the resolution is published.

-- CreateEnum
CREATE TYPE "PendingChangeKind" AS ENUM ('FIGURE_RANK', 'SOURCE_DETAILS', 'SOURCE_VERSION');

-- CreateEnum
CREATE TYPE "PendingChangeStatus" AS ENUM ('PENDING', 'PUBLISHED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "SourceSnapshot" ADD COLUMN "adoptedAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "FigureRelation" ADD COLUMN "rankA" "FigureRank",
ADD COLUMN "rankReasonKindA" "RankReason",
ADD COLUMN "rankB" "FigureRank",
ADD COLUMN "rankReasonKindB" "RankReason";

-- CreateTable
CREATE TABLE "PendingChange" (
    "id" TEXT NOT NULL,
    "kind" "PendingChangeKind" NOT NULL,
    "status" "PendingChangeStatus" NOT NULL DEFAULT 'PENDING',
    "figureId" TEXT,
    "sourceId" TEXT,
    "snapshotId" TEXT,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "proposedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PendingChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PendingChange_snapshotId_key" ON "PendingChange"("snapshotId");

-- CreateIndex
CREATE INDEX "PendingChange_status_createdAt_idx" ON "PendingChange"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PendingChange_figureId_idx" ON "PendingChange"("figureId");

-- CreateIndex
CREATE INDEX "PendingChange_sourceId_idx" ON "PendingChange"("sourceId");

-- CreateIndex
CREATE INDEX "PendingChange_proposedById_idx" ON "PendingChange"("proposedById");

-- CreateIndex
CREATE INDEX "PendingChange_decidedById_idx" ON "PendingChange"("decidedById");

-- AddForeignKey
ALTER TABLE "PendingChange" ADD CONSTRAINT "PendingChange_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingChange" ADD CONSTRAINT "PendingChange_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingChange" ADD CONSTRAINT "PendingChange_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "SourceSnapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingChange" ADD CONSTRAINT "PendingChange_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingChange" ADD CONSTRAINT "PendingChange_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Existing data. Every stored version was read as soon as it was imported.
UPDATE "SourceSnapshot" SET "adoptedAt" = "capturedAt";

-- A resolved ranking already wrote its ranks to the figures: record them as the resolution's.
UPDATE "FigureRelation" r SET "rankA" = a."rank", "rankReasonKindA" = a."rankReasonKind", "rankB" = b."rank", "rankReasonKindB" = b."rankReasonKind"
FROM "Figure" a, "Figure" b
WHERE r."resolution" = 'RANKED' AND a."id" = r."figureAId" AND b."id" = r."figureBId";
