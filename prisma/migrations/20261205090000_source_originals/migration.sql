-- Every import keeps the bytes its snapshot's text was read from (issue 15, docs/decisions/021):
-- the uploaded file, the pasted text as UTF-8, or a fetched page, with their SHA-256, size and media
-- type, in PostgreSQL beside the snapshot. Snapshots stored before this have none.

-- CreateTable
CREATE TABLE "SourceOriginal" (
    "id" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "mediaType" TEXT NOT NULL,
    "fileName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceOriginal_pkey" PRIMARY KEY ("id"),
    -- The hash and size describe the bytes stored, whoever wrote the row.
    CONSTRAINT "SourceOriginal_sha256_check" CHECK ("sha256" = encode(sha256("bytes"), 'hex')),
    CONSTRAINT "SourceOriginal_size_check" CHECK ("size" = octet_length("bytes")),
    CONSTRAINT "SourceOriginal_mediaType_check" CHECK ("mediaType" <> '')
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceOriginal_snapshotId_key" ON "SourceOriginal"("snapshotId");

-- AddForeignKey
ALTER TABLE "SourceOriginal" ADD CONSTRAINT "SourceOriginal_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "SourceSnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Originals are immutable, like their snapshots: the bytes are the evidence the text was read from.
-- No column may change, and a row goes only with its snapshot (a withdrawn pending version, a
-- deleted source), when the cascade has already removed the snapshot it belongs to.
CREATE FUNCTION "refuse_original_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "SourceSnapshot" WHERE "id" = OLD."snapshotId") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'source originals are immutable; they are deleted only with their snapshot';
END $$;

CREATE TRIGGER "SourceOriginal_immutable" BEFORE UPDATE OR DELETE ON "SourceOriginal"
  FOR EACH ROW EXECUTE FUNCTION "refuse_original_change"();
