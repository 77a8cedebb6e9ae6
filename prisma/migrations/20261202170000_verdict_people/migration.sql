-- Issue 11: every person who changed a revision's content (none of them may approve, return or
-- publish it), and when its content last changed (no longer Verdict.updatedAt, which approving and
-- publishing move too).

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN "lastEditedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "VerdictContributor" (
    "id" TEXT NOT NULL,
    "verdictId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "firstChangedAt" TIMESTAMP(3) NOT NULL,
    "lastChangedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VerdictContributor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VerdictContributor_verdictId_userId_key" ON "VerdictContributor"("verdictId", "userId");

-- CreateIndex
CREATE INDEX "VerdictContributor_userId_idx" ON "VerdictContributor"("userId");

-- AddForeignKey
ALTER TABLE "VerdictContributor" ADD CONSTRAINT "VerdictContributor_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictContributor" ADD CONSTRAINT "VerdictContributor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill. The content changes in the audit log: a revision's creation (a first draft or a
-- correction) and every save whose snapshot after differs from the one before (a save that changed
-- nothing is not an edit).
CREATE TEMPORARY TABLE "verdict_content_change" AS
SELECT a."entityId" AS "verdictId", a."actorId" AS "userId", a."createdAt" AS "at"
FROM "AuditEntry" a
JOIN "Verdict" v ON v."id" = a."entityId"
WHERE a."entityType" = 'Verdict'
  AND a."actorId" IS NOT NULL
  AND (a."action" IN ('verdict.create', 'verdict.correct') OR (a."action" = 'verdict.update' AND a."before" IS DISTINCT FROM a."after"));

-- Last edited: the latest such change, by whom it was made; else the revision's creation.
UPDATE "Verdict" SET "lastEditedAt" = "createdAt";
UPDATE "Verdict" v
SET "lastEditedAt" = latest."at", "lastEditedById" = latest."userId"
FROM (
    SELECT DISTINCT ON ("verdictId") "verdictId", "userId", "at"
    FROM "verdict_content_change"
    ORDER BY "verdictId", "at" DESC
) latest
WHERE latest."verdictId" = v."id";

-- Contributors: everyone in those changes, and always the author and the last editor (a revision
-- made without the actions, e.g. by the seed, has no audit entry).
INSERT INTO "VerdictContributor" ("id", "verdictId", "userId", "firstChangedAt", "lastChangedAt")
SELECT gen_random_uuid()::text, c."verdictId", c."userId", min(c."at"), max(c."at")
FROM (
    SELECT "verdictId", "userId", "at" FROM "verdict_content_change"
    UNION ALL
    SELECT "id", "authorId", "createdAt" FROM "Verdict"
    UNION ALL
    SELECT "id", "lastEditedById", "lastEditedAt" FROM "Verdict"
) c
GROUP BY c."verdictId", c."userId";

DROP TABLE "verdict_content_change";
