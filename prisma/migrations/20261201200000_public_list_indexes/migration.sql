-- Indexes for the public lists at a million claims.
-- /feed.xml and /corrections list published verdict revisions newest first (lib/data/feed.ts,
-- lib/data/corrections.ts): without an index PostgreSQL sorted every verdict for each request
-- (1.4 s for the feed). Read backwards through this one it stops at the page (20 ms).
-- /quantities lists the quantities no source disputes by name, a page at a time
-- (lib/data/quantities.ts): through this index PostgreSQL stops at the page instead of checking
-- every quantity for a visible figure (100 ms at 10,000 quantities; under 1 ms for the first page).

-- CreateIndex
CREATE INDEX "Verdict_publishedAt_idx" ON "Verdict"("publishedAt");

-- CreateIndex
CREATE INDEX "Quantity_name_id_idx" ON "Quantity"("name", "id");
