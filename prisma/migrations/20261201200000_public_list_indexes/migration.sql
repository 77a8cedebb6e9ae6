-- Indexes for the public lists at a million claims.

-- /feed.xml lists published verdict revisions newest first (lib/data/feed.ts): without an index
-- PostgreSQL sorted every verdict for each request (1.4 s). Read backwards through this one it
-- stops at the page (20 ms).
-- CreateIndex
CREATE INDEX "Verdict_publishedAt_idx" ON "Verdict"("publishedAt");

-- /corrections lists corrections (the revisions with a note) newest first, a page at a time
-- (lib/data/corrections.ts): through the index above, page 400 read 800,000 verdicts (1.1 s).
-- CreateIndex
CREATE INDEX "Verdict_correction_publishedAt_idx" ON "Verdict"("publishedAt") WHERE "correctionNote" IS NOT NULL;

-- /quantities lists the quantities no source disputes by name, a page at a time
-- (lib/data/quantities.ts): through this index PostgreSQL stops at the page instead of checking
-- every quantity for a visible figure (100 ms at 10,000 quantities; under 1 ms for the first page).
-- CreateIndex
CREATE INDEX "Quantity_name_id_idx" ON "Quantity"("name", "id");

-- The home page and the API list claims newest first; the sitemap's parts list them oldest first,
-- 10,000 a part (lib/data/sitemap.ts). With the slug in the index, a part far down the list is
-- read from the index alone (6 s for the hundredth part when every skipped row was read).
-- DropIndex
DROP INDEX "Claim_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Claim_publishedAt_slug_idx" ON "Claim"("publishedAt", "slug");
