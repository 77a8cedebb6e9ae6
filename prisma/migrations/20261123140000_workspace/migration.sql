-- Issue 3: reviewer workspace. Similar-claim suggestions use pg_trgm (shipped with PostgreSQL's contrib).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "SuggestionKind" AS ENUM ('FIGURE', 'CHECK_WORTHY');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DISMISSED');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "lockVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "kind" "SuggestionKind" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "figure" JSONB,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'OPEN',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Suggestion_snapshotId_status_start_idx" ON "Suggestion"("snapshotId", "status", "start");

-- CreateIndex
CREATE INDEX "Suggestion_decidedById_idx" ON "Suggestion"("decidedById");

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_snapshotId_kind_start_end_key" ON "Suggestion"("snapshotId", "kind", "start", "end");

-- CreateIndex
CREATE INDEX "Claim_text_trgm_idx" ON "Claim" USING GIN ("text" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "SourceSnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

