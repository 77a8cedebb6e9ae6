-- Capture by address and watched sources (issue 15): each fetch of a web address with what
-- answered and what came of it; a source can be watched, fetched again on a schedule; a version a
-- scheduled re-check finds is proposed by no person.

-- CreateEnum
CREATE TYPE "CapturePurpose" AS ENUM ('IMPORT', 'RECHECK');

-- CreateEnum
CREATE TYPE "CaptureStatus" AS ENUM ('QUEUED', 'FETCHING', 'STORED', 'UNCHANGED', 'GONE', 'MOVED', 'FAILED');

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "isWatched" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "nextCheckAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PendingChange" ALTER COLUMN "proposedById" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Capture" (
    "id" TEXT NOT NULL,
    "purpose" "CapturePurpose" NOT NULL,
    "status" "CaptureStatus" NOT NULL DEFAULT 'QUEUED',
    "requestedUrl" TEXT NOT NULL,
    "sourceId" TEXT,
    "snapshotId" TEXT,
    "requestedById" TEXT,
    "finalUrl" TEXT,
    "httpStatus" INTEGER,
    "mediaType" TEXT,
    "lastModified" TEXT,
    "etag" TEXT,
    "fetchedAt" TIMESTAMP(3),
    "error" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Capture_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Source_nextCheckAt_idx" ON "Source"("nextCheckAt");

-- CreateIndex
CREATE UNIQUE INDEX "Capture_snapshotId_key" ON "Capture"("snapshotId");

-- CreateIndex
CREATE INDEX "Capture_sourceId_createdAt_idx" ON "Capture"("sourceId", "createdAt");

-- CreateIndex
CREATE INDEX "Capture_requestedById_idx" ON "Capture"("requestedById");

-- CreateIndex
CREATE INDEX "Capture_reviewedById_idx" ON "Capture"("reviewedById");

-- CreateIndex
CREATE INDEX "Capture_purpose_reviewedAt_createdAt_idx" ON "Capture"("purpose", "reviewedAt", "createdAt");

-- AddForeignKey
ALTER TABLE "Capture" ADD CONSTRAINT "Capture_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Capture" ADD CONSTRAINT "Capture_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "SourceSnapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Capture" ADD CONSTRAINT "Capture_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Capture" ADD CONSTRAINT "Capture_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
