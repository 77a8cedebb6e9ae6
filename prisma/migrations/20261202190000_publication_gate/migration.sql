-- The publication gate (docs/decisions/015): a verdict revision publishes exactly what it cites or
-- includes. Appearances get their own publication date, and a revision lists the figures and
-- appearances it publishes.

-- AlterTable
ALTER TABLE "Appearance" ADD COLUMN "publishedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "VerdictFigure" (
    "id" TEXT NOT NULL,
    "verdictId" TEXT NOT NULL,
    "figureId" TEXT NOT NULL,
    "heldBackAt" TIMESTAMP(3),
    "heldBackById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerdictFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerdictAppearance" (
    "id" TEXT NOT NULL,
    "verdictId" TEXT NOT NULL,
    "appearanceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerdictAppearance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VerdictFigure_verdictId_figureId_key" ON "VerdictFigure"("verdictId", "figureId");

-- CreateIndex
CREATE INDEX "VerdictFigure_figureId_idx" ON "VerdictFigure"("figureId");

-- CreateIndex
CREATE INDEX "VerdictFigure_heldBackById_idx" ON "VerdictFigure"("heldBackById");

-- CreateIndex
CREATE UNIQUE INDEX "VerdictAppearance_verdictId_appearanceId_key" ON "VerdictAppearance"("verdictId", "appearanceId");

-- CreateIndex
CREATE INDEX "VerdictAppearance_appearanceId_idx" ON "VerdictAppearance"("appearanceId");

-- AddForeignKey
ALTER TABLE "VerdictFigure" ADD CONSTRAINT "VerdictFigure_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictFigure" ADD CONSTRAINT "VerdictFigure_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictFigure" ADD CONSTRAINT "VerdictFigure_heldBackById_fkey" FOREIGN KEY ("heldBackById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictAppearance" ADD CONSTRAINT "VerdictAppearance_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictAppearance" ADD CONSTRAINT "VerdictAppearance_appearanceId_fkey" FOREIGN KEY ("appearanceId") REFERENCES "Appearance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing data. A published claim's appearances were public with it: they keep that date.
UPDATE "Appearance" a SET "publishedAt" = c."publishedAt" FROM "Claim" c WHERE c."id" = a."claimId" AND c."publishedAt" IS NOT NULL;

-- A published revision published every appearance of its claim and the figures published with it.
INSERT INTO "VerdictAppearance" ("id", "verdictId", "appearanceId")
SELECT 'va' || md5(v."id" || a."id"), v."id", a."id"
FROM "Verdict" v JOIN "Appearance" a ON a."claimId" = v."claimId"
WHERE v."status" = 'PUBLISHED' OR a."publishedAt" IS NULL;

INSERT INTO "VerdictFigure" ("id", "verdictId", "figureId")
SELECT 'vf' || md5(v."id" || f."id"), v."id", f."id"
FROM "Verdict" v JOIN "Figure" f ON f."claimId" = v."claimId"
WHERE v."status" = 'PUBLISHED' AND f."publishedAt" IS NOT NULL AND f."publishedAt" >= v."publishedAt" - interval '1 second' AND f."publishedAt" <= v."publishedAt" + interval '1 second';

-- A revision not yet published includes, of the figures, only those whose passage it cites: the
-- others were never chosen by anyone, so the reviewer includes them explicitly or they stay out.
-- (Approvals given before this gate are kept; the publish screen shows the editor the list.)
INSERT INTO "VerdictFigure" ("id", "verdictId", "figureId")
SELECT 'vf' || md5(v."id" || f."id"), v."id", f."id"
FROM "Verdict" v JOIN "Figure" f ON f."claimId" = v."claimId"
WHERE v."status" <> 'PUBLISHED' AND f."publishedAt" IS NULL
  AND EXISTS (SELECT 1 FROM "VerdictEvidence" e WHERE e."verdictId" = v."id" AND e."quoteId" = f."quoteId");
