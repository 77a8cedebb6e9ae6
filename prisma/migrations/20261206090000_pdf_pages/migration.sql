-- PDF sources (issue 16, docs/decisions/026): a PDF snapshot's pages, where each starts in its text,
-- so quotes know their pages; an uploaded PDF is read by a job (a scan's OCR takes seconds a page),
-- its file kept on the capture until it is read.

-- AlterEnum
ALTER TYPE "CapturePurpose" ADD VALUE 'UPLOAD';

-- AlterEnum
ALTER TYPE "CaptureStatus" ADD VALUE 'READING' AFTER 'FETCHING';

-- AlterTable
ALTER TABLE "Capture" ALTER COLUMN "requestedUrl" DROP NOT NULL,
ADD COLUMN "upload" BYTEA,
ADD COLUMN "fileName" TEXT,
ADD COLUMN "pagesRead" INTEGER,
ADD COLUMN "pageCount" INTEGER;

-- CreateTable
CREATE TABLE "SnapshotPage" (
    "id" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "label" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "furniture" TEXT[],
    "ocr" BOOLEAN NOT NULL DEFAULT false,
    "confidence" DOUBLE PRECISION,

    CONSTRAINT "SnapshotPage_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SnapshotPage_span_check" CHECK ("index" >= 1 AND "start" >= 0 AND "end" >= "start")
);

-- CreateIndex
CREATE UNIQUE INDEX "SnapshotPage_snapshotId_index_key" ON "SnapshotPage"("snapshotId", "index");

-- AddForeignKey
ALTER TABLE "SnapshotPage" ADD CONSTRAINT "SnapshotPage_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "SourceSnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Pages are part of their snapshot's evidence, immutable like it: no row changes, and a row goes
-- only with its snapshot (the cascade has already removed the snapshot when it runs).
CREATE FUNCTION "refuse_snapshot_page_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "SourceSnapshot" WHERE "id" = OLD."snapshotId") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'snapshot pages are immutable; they are deleted only with their snapshot';
END $$;

CREATE TRIGGER "SnapshotPage_immutable" BEFORE UPDATE OR DELETE ON "SnapshotPage"
  FOR EACH ROW EXECUTE FUNCTION "refuse_snapshot_page_change"();
