-- A published passage's stance is public: changing it is a pending change too (docs/decisions/016).

-- AlterEnum
ALTER TYPE "PendingChangeKind" ADD VALUE 'APPEARANCE_STANCE';

-- AlterTable
ALTER TABLE "PendingChange" ADD COLUMN "appearanceId" TEXT;

-- CreateIndex
CREATE INDEX "PendingChange_appearanceId_idx" ON "PendingChange"("appearanceId");

-- AddForeignKey
ALTER TABLE "PendingChange" ADD CONSTRAINT "PendingChange_appearanceId_fkey" FOREIGN KEY ("appearanceId") REFERENCES "Appearance"("id") ON DELETE CASCADE ON UPDATE CASCADE;
