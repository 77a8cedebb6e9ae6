-- The search page's source filter lists the 100 newest public sources (lib/data/search.ts,
-- listSearchSources). Read through this index newest first, PostgreSQL stops at the hundredth public
-- source; without it, it checked and sorted every source (95 ms at 100,000 sources; 4 ms with it).

-- CreateIndex
CREATE INDEX "Source_createdAt_id_idx" ON "Source"("createdAt", "id");
