// `npm run bench:import`: how long importing a long article takes, phase by phase, on a throwaway
// embedded PostgreSQL. The article is a 20,000-word web page built from the seed sources, with
// page furniture around it; the same code path as the import form (minus the HTTP request).
import { findSuggestions, pastedOriginal, sourceTextFrom, UPLOAD_MEDIA_TYPES } from '../import'
import { createAccount } from '../server/accounts/create-account'
import { quoteForRange } from '../server/annotations/quote-for-range'
import { addSourceVersion } from '../server/sources/add-source-version'
import { createSource } from '../server/sources/create-source'
import { log, median, ms, time, withThrowawayDatabase } from './bench-helpers'
import { seedParagraphs } from './bench-long-article'
import { formatNumber } from '../format'

const WORDS = 20_000
const RUNS = 5
const QUOTES = 200

/** A web page of at least `words` words of article text; `run` makes every page's text unique. */
function longArticle(words: number, run: number): string {
  const seeds = seedParagraphs()
  const body: string[] = []
  let count = 0
  for (let i = 0; count < words; i++) {
    const paragraph = `${seeds[i % seeds.length]} (Part ${run}.${i + 1}.)`
    body.push(i % 25 === 0 ? `<h2>Section ${i / 25 + 1}</h2><p>${paragraph}</p>` : `<p>${paragraph}</p>`)
    count += paragraph.split(' ').length
  }
  const nav = Array.from({ length: 40 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('')
  return `<!doctype html><html><head><title>Long report ${run}</title><meta name="author" content="Bench Writer"></head><body>
<header><nav><ul>${nav}</ul></nav><div class="cookie-banner">We use cookies. <button>Accept</button></div></header>
<main><article><h1>Long report ${run}</h1>${body.join('\n')}</article>
<aside class="newsletter">Subscribe to our newsletter</aside><aside><h2>Related stories</h2><ul>${nav}</ul></aside></main>
<footer><ul>${nav}</ul></footer></body></html>`
}

async function main() {
  await withThrowawayDatabase(async ({ db }) => {
    const actor = await db.$transaction((tx) => createAccount(tx, null, { email: 'bench@example.org', name: 'Bench', role: 'REVIEWER', passwordHash: 'unusable' }, 'bench'))
    const phases = { read: [] as number[], suggest: [] as number[], store: [] as number[], total: [] as number[], version: [] as number[] }
    let sample = { words: 0, characters: 0, suggestions: 0, anchored: 0, fuzzy: 0, orphaned: 0 }
    for (let run = 1; run <= RUNS; run++) {
      const html = longArticle(WORDS, run)
      const [content, read] = await time(() => sourceTextFrom({ fileName: 'long-report.html', mediaType: 'text/html', content: html }))
      const [suggestions, suggest] = await time(() => findSuggestions(content.text))
      const original = { bytes: new TextEncoder().encode(html), mediaType: UPLOAD_MEDIA_TYPES.html, fileName: 'long-report.html' }
      const details = { title: content.title ?? 'Long report', kind: 'NEWS_ARTICLE' as const, publisher: null, author: content.author ?? null, url: null, publishedOn: null }
      const [created, store] = await time(() => db.$transaction((tx) => createSource(tx, details, { text: content.text, original }, actor.id), { timeout: 120_000 }))
      phases.read.push(read)
      phases.suggest.push(suggest)
      phases.store.push(store)
      phases.total.push(read + store)
      // A new version with a paragraph added at the top and a word changed in every tenth paragraph,
      // with QUOTES quotes to re-anchor.
      const every = Math.floor(content.text.length / QUOTES)
      await db.$transaction(async (tx) => {
        for (let i = 0; i < QUOTES; i++) {
          const start = content.text.indexOf(' ', i * every) + 1
          await quoteForRange(tx, { snapshotId: created.snapshotId, start, end: start + 60 }, actor.id)
        }
      }, { timeout: 120_000 })
      const edited = `A correction was added at the top.\n\n${content.text.split('\n\n').map((p, i) => (i % 10 === 0 ? p.replace(' the ', ' a ') : p)).join('\n\n')}`
      const [version, versionTime] = await time(() => db.$transaction((tx) => addSourceVersion(tx, created.sourceId, { text: edited, original: pastedOriginal(edited) }, actor.id), { timeout: 120_000 }))
      phases.version.push(versionTime)
      if (version.status === 'created') {
        sample = { words: content.text.split(/\s+/).length, characters: content.text.length, suggestions: suggestions.length, anchored: version.anchored, fuzzy: version.fuzzy, orphaned: version.orphaned }
      }
      log(`run ${run}: read ${ms(read)}, suggestions ${ms(suggest)}, store ${ms(store)}, new version ${ms(versionTime)}`)
    }
    console.log(`\nImport of a ${formatNumber(sample.words)}-word web page (${formatNumber(sample.characters)} characters of text, ${sample.suggestions} suggestions), median of ${RUNS}:`)
    console.log(`  extract article + normalise   ${ms(median(phases.read))}`)
    console.log(`  find suggestions (alone)      ${ms(median(phases.suggest))}`)
    console.log(`  store: snapshot + suggestions ${ms(median(phases.store))}  (includes finding suggestions)`)
    console.log(`  whole import                  ${ms(median(phases.total))}`)
    console.log(`  new version, ${QUOTES} quotes re-anchored ${ms(median(phases.version))}  (${sample.anchored} anchored, ${sample.fuzzy} fuzzy, ${sample.orphaned} orphaned)`)
  })
}

await main()
