-- Issue 4: detected relations between figures of one quantity, their resolutions, and rank reasons.
-- CreateEnum
CREATE TYPE "RankReason" AS ENUM ('MOST_RECENT', 'BEST_SOURCE', 'SUPERSEDED', 'DIFFERENT_SCOPE', 'ERROR_IN_SOURCE', 'OTHER');

-- CreateEnum
CREATE TYPE "FigureRelationKind" AS ENUM ('CONSISTENT', 'UPDATE', 'CONFLICT', 'INCOMPARABLE');

-- CreateEnum
CREATE TYPE "FigureChange" AS ENUM ('ROSE', 'FELL', 'SAME');

-- CreateEnum
CREATE TYPE "ConflictResolution" AS ENUM ('RANKED', 'SCOPES_DIFFER', 'CONFIRMED_DISAGREEMENT');

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "rankReasonKind" "RankReason";

-- CreateTable
CREATE TABLE "FigureRelation" (
    "id" TEXT NOT NULL,
    "quantityId" TEXT NOT NULL,
    "figureAId" TEXT NOT NULL,
    "figureBId" TEXT NOT NULL,
    "kind" "FigureRelationKind" NOT NULL,
    "isComparable" BOOLEAN NOT NULL,
    "earlierId" TEXT,
    "change" "FigureChange",
    "resolution" "ConflictResolution",
    "resolutionNote" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolutionPublishedAt" TIMESTAMP(3),
    "resolutionPublishedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FigureRelation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FigureRelation_figureBId_idx" ON "FigureRelation"("figureBId");

-- CreateIndex
CREATE INDEX "FigureRelation_quantityId_kind_idx" ON "FigureRelation"("quantityId", "kind");

-- CreateIndex
CREATE INDEX "FigureRelation_kind_resolvedAt_createdAt_idx" ON "FigureRelation"("kind", "resolvedAt", "createdAt");

-- CreateIndex
CREATE INDEX "FigureRelation_resolvedById_idx" ON "FigureRelation"("resolvedById");

-- CreateIndex
CREATE INDEX "FigureRelation_resolutionPublishedById_idx" ON "FigureRelation"("resolutionPublishedById");

-- CreateIndex
CREATE UNIQUE INDEX "FigureRelation_figureAId_figureBId_key" ON "FigureRelation"("figureAId", "figureBId");

-- AddForeignKey
ALTER TABLE "FigureRelation" ADD CONSTRAINT "FigureRelation_quantityId_fkey" FOREIGN KEY ("quantityId") REFERENCES "Quantity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureRelation" ADD CONSTRAINT "FigureRelation_figureAId_fkey" FOREIGN KEY ("figureAId") REFERENCES "Figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureRelation" ADD CONSTRAINT "FigureRelation_figureBId_fkey" FOREIGN KEY ("figureBId") REFERENCES "Figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureRelation" ADD CONSTRAINT "FigureRelation_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureRelation" ADD CONSTRAINT "FigureRelation_resolutionPublishedById_fkey" FOREIGN KEY ("resolutionPublishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

