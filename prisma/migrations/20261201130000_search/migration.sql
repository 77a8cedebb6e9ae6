-- Issue 5: full-text search over published claims, verdict summaries, sources and quantities.
-- Each searchable table gets a weighted tsvector, generated and stored, with a GIN index, so a query
-- reads indexes only and never unaccents or parses rows at query time.

-- unaccent ships with PostgreSQL's contrib and is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- English stemming that first strips accents, so "resume" finds "résumé" and the other way round.
-- PostgreSQL's unaccent documentation recommends this: a copy of `english` whose word mappings pass
-- through the unaccent dictionary before the stemmer. Using it, to_tsvector(regconfig, text) stays
-- IMMUTABLE (unaccent() itself is only STABLE, so it could not appear in a generated column), and
-- ts_headline can highlight accented words in the original text. ASCII-only words have no accents,
-- so their mappings are left alone.
CREATE TEXT SEARCH CONFIGURATION claimtrail_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION claimtrail_english
    ALTER MAPPING FOR word, hword, hword_part WITH unaccent, english_stem;

-- AlterTable: claim text (A) and claimant (B).
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('claimtrail_english', "text"), 'A') ||
    setweight(to_tsvector('claimtrail_english', coalesce("claimant", '')), 'B')
) STORED;

-- AlterTable: the one-line verdict summary (C), found through its claim.
ALTER TABLE "Verdict" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('claimtrail_english', "summary"), 'C')
) STORED;

-- AlterTable: source title (A) and publisher (B).
ALTER TABLE "Source" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('claimtrail_english', "title"), 'A') ||
    setweight(to_tsvector('claimtrail_english', coalesce("publisher", '')), 'B')
) STORED;

-- AlterTable: the text of a snapshot (C). Only its first 200,000 characters: a tsvector holds at most
-- 1 MB, and a 5 MB import of numbers (a dataset) would otherwise fail to store at all.
ALTER TABLE "SourceSnapshot" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('claimtrail_english', left("text", 200000)), 'C')
) STORED;

-- AlterTable: quantity name (A) and description (B).
ALTER TABLE "Quantity" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('claimtrail_english', "name"), 'A') ||
    setweight(to_tsvector('claimtrail_english', coalesce("description", '')), 'B')
) STORED;

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
CREATE INDEX "Verdict_searchVector_idx" ON "Verdict" USING GIN ("searchVector");
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");
CREATE INDEX "SourceSnapshot_searchVector_idx" ON "SourceSnapshot" USING GIN ("searchVector");
CREATE INDEX "Quantity_searchVector_idx" ON "Quantity" USING GIN ("searchVector");

-- The trigram fallback (typos) reads these; Claim.text already has one (20261123140000_workspace).
-- Sources and quantities are few, so their titles and names need none.
CREATE INDEX "Claim_claimant_trgm_idx" ON "Claim" USING GIN ("claimant" gin_trgm_ops);
CREATE INDEX "Verdict_summary_trgm_idx" ON "Verdict" USING GIN ("summary" gin_trgm_ops);
