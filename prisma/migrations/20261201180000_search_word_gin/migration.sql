-- The lexicon's trigram index becomes GIN (lib/data/search.ts, misspellings). GiST's signatures of
-- 28,000 short words overlap so much that a `%` lookup read the whole index: 6 ms a misspelt word.
-- GIN intersects the posting lists of the word's trigrams: 0.1 ms. Candidates are then sorted by
-- similarity, which is cheap for the few that pass `%`.

-- DropIndex
DROP INDEX "SearchWord_word_trgm_idx";

-- CreateIndex
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);
