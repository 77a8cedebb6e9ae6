// `npm run bench:check-worthy`: how well the importer ranks an article's check-worthy sentences,
// against the labelled articles in lib/import/check-worthy-evaluation/ (its README says how they
// are labelled). Prints, per article and overall, precision at 5 and 10, the recall of the picks
// among everything offered and how many sentences were offered, before issue 14 (every check-worthy
// sentence in text order) and now (ranked by score); then how long scoring a 1.5 MB article takes.
// `--explain <id>` lists one article's offered sentences as ranked, with their reasons.
import { readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { byCheckWorthiness, findSuggestions, scoreSentence } from '../import'
import { splitSentences, type Span } from '../import/split-sentences'
import { offeredBefore } from './check-worthy-before'
import { pickSpans, precisionAt, recallOfPicks, scoreArticle, type ArticleScore, type LabelledArticle } from './check-worthy-score'

const SET_DIR = path.join(import.meta.dirname, '..', 'import', 'check-worthy-evaluation')
const LARGE_ARTICLE = 1_500_000

/** The sentences the importer offers now, best first. */
function offeredNow(text: string) {
  return findSuggestions(text)
    .filter((s) => s.kind === 'CHECK_WORTHY')
    .map((s) => ({ start: s.start, end: s.end, score: s.score ?? 0 }))
    .sort(byCheckWorthiness)
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7)

function row(label: string, scores: ArticleScore[]): string {
  const offered = scores.reduce((n, s) => n + s.offered, 0)
  const sentences = scores.reduce((n, s) => n + s.sentences, 0)
  return `${label.padEnd(48)} ${percent(precisionAt(5, scores))} ${percent(precisionAt(10, scores))} ${percent(recallOfPicks(scores))} ${`${offered} of ${sentences}`.padStart(11)}`
}

function printTable(title: string, scores: ArticleScore[]) {
  console.log(`\n${title}`)
  console.log(`${'article'.padEnd(48)} ${'P@5'.padStart(7)} ${'P@10'.padStart(7)} ${'recall'.padStart(7)} ${'offered'.padStart(11)}`)
  for (const score of scores) console.log(row(`${score.id} (${score.picks} picks)`, [score]))
  console.log(row('all articles', scores))
}

function explain(article: LabelledArticle) {
  const { text } = article
  const picks = pickSpans(article)
  const isPick = (span: Span) => picks.some((pick) => pick.start < span.end && span.start < pick.end)
  const figures = findSuggestions(text).filter((s) => s.kind === 'FIGURE')
  const offered = offeredNow(text)
  console.log(`\n${article.id}: offered sentences, best first (* = a pick)`)
  for (const span of offered) {
    const sentence = text.slice(span.start, span.end)
    const context = {
      figures: figures.filter((f) => f.start < span.end && f.end > span.start).length,
      line: text.slice(text.lastIndexOf('\n', span.start) + 1, (text.indexOf('\n', span.end) + 1 || text.length + 1) - 1),
    }
    const { reasons } = scoreSentence(sentence, context)
    console.log(`${isPick(span) ? '*' : ' '} ${span.score.toFixed(2).padStart(6)}  ${sentence.slice(0, 100)}  [${reasons.join(', ')}]`)
  }
  for (const pick of picks.filter((pick) => !offered.some((span) => pick.start < span.end && span.start < pick.end))) {
    console.log(`  not offered: ${text.slice(pick.start, pick.end).slice(0, 100)}`)
  }
}

/** How long a 1.5 MB article takes: scoring its sentences, and all the suggestions, before and now. */
function timeLargeArticle(articles: LabelledArticle[]) {
  let text = ''
  while (text.length < LARGE_ARTICLE) text += articles.map((a) => a.text).join('\n\n') + '\n\n'
  const spans = splitSentences(text)
  const time = (work: () => unknown) => {
    const started = performance.now()
    work()
    return `${(performance.now() - started).toFixed(0)} ms`
  }
  const scoring = time(() => spans.forEach((span) => scoreSentence(text.slice(span.start, span.end), { figures: 1 })))
  const before = time(() => offeredBefore(text))
  const now = time(() => findSuggestions(text))
  console.log(`\nA ${(text.length / 1e6).toFixed(1)} MB article of ${spans.length} sentences (the set's articles over and over; 1-minute load average ${loadavg()[0]!.toFixed(2)}):`)
  console.log(`  scoring every sentence ${scoring}; figures and check-worthy sentences before ${before}, now (findSuggestions) ${now}`)
}

function main() {
  const { values } = parseArgs({ options: { explain: { type: 'string' } } })
  const files = readdirSync(SET_DIR).filter((name) => name.endsWith('.json')).sort()
  const articles = files.map((file) => JSON.parse(readFileSync(path.join(SET_DIR, file), 'utf8')) as LabelledArticle)
  if (articles.length === 0) throw new Error(`no labelled articles in ${SET_DIR}`)
  const sentences = (article: LabelledArticle) => splitSentences(article.text).length
  const before = articles.map((article) => scoreArticle(article, offeredBefore(article.text), sentences(article)))
  const now = articles.map((article) => scoreArticle(article, offeredNow(article.text), sentences(article)))
  const picks = now.reduce((n, s) => n + s.picks, 0)
  console.log(`npm run bench:check-worthy, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${articles.length} articles, ${picks} picks.`)
  printTable('Before (issue 14): every check-worthy sentence, in text order', before)
  printTable('Now: sentences ranked by check-worthiness', now)
  if (values.explain !== undefined) {
    const article = articles.find((a) => a.id === values.explain)
    if (!article) throw new Error(`no article ${values.explain}; the ids are ${articles.map((a) => a.id).join(', ')}`)
    explain(article)
  }
  timeLargeArticle(articles)
}

main()
