-- Issue 5: claims readers ask us to check, from the public form.
-- CreateEnum
CREATE TYPE "CheckRequestStatus" AS ENUM ('NEW', 'TAKEN_UP', 'DECLINED');

-- CreateTable
CREATE TABLE "CheckRequest" (
    "id" TEXT NOT NULL,
    "claimText" TEXT NOT NULL,
    "seenAt" TEXT,
    "email" TEXT,
    "status" "CheckRequestStatus" NOT NULL DEFAULT 'NEW',
    "decisionNote" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CheckRequest_status_createdAt_idx" ON "CheckRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "CheckRequest_decidedById_idx" ON "CheckRequest"("decidedById");

-- AddForeignKey
ALTER TABLE "CheckRequest" ADD CONSTRAINT "CheckRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

