import { startEmbeddedPostgres } from './embedded-postgres.ts'
import pg from 'pg'
import { KNOWN_ITEM_QUERIES } from '../search/evaluation/relevance.ts'
const db = await startEmbeddedPostgres('/work/corpus-1m', () => {})
const c = new pg.Client({ connectionString: db.url })
await c.connect()
try {
  for (const { q, slug } of KNOWN_ITEM_QUERIES) {
    const t0 = performance.now()
    const r = await c.query(`WITH query AS (SELECT websearch_to_tsquery('claimtrail_english', $1) q)
      SELECT count(*) AS n FROM "Claim" c, query WHERE c."searchVector" @@ query.q AND c."publishedAt" IS NOT NULL`, [q])
    const t1 = performance.now()
    const r2 = await c.query(`WITH query AS (SELECT websearch_to_tsquery('claimtrail_english', $1) q),
      m AS (SELECT c.slug, ts_rank_cd(c."searchVector", query.q) AS rank, c."publishedAt" FROM "Claim" c, query WHERE c."searchVector" @@ query.q AND c."publishedAt" IS NOT NULL)
      SELECT slug FROM m ORDER BY rank DESC, "publishedAt" DESC, slug LIMIT 10`, [q])
    const t2 = performance.now()
    const rank = r2.rows.findIndex((row) => row.slug === slug)
    console.log(String(r.rows[0].n).padStart(7), `count ${(t1 - t0).toFixed(0)} ms, rank all ${(t2 - t1).toFixed(0)} ms, seed at ${rank === -1 ? '-' : rank + 1}`, q)
  }
} finally { await c.end(); await db.stop() }
