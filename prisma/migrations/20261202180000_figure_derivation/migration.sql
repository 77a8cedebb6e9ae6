-- A figure may differ from the plain reading of its quote's words only with a reason saying how
-- it is derived from them (lib/figures/agreement.ts); shown publicly as "derived: …".
-- AlterTable
ALTER TABLE "Figure" ADD COLUMN "derivation" TEXT;
