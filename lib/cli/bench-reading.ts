// `npm run bench:reading`: how well the importer's figure reader (lib/figures) reads what news and
// official reports say, against the labelled set in lib/figures/evaluation/ (its README says how
// each field is labelled). Prints precision and recall per field, overall and per file, against the
// targets; `--misses` lists every disagreement, `--misses unit` those of one field.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { findFigures } from '../figures'
import { emptyTallies, FIELDS, precision, recall, scoreCase, type EvaluationCase, type Field, type Miss, type Reading, type Tally } from './reading-score'

const SET_DIR = path.join(import.meta.dirname, '..', 'figures', 'evaluation')
/** The targets (issue 14): precision and recall each at least this. */
const TARGETS: Partial<Record<Field, number>> = { value: 0.95, qualifier: 0.95, unit: 0.9, period: 0.9 }

/** What the reader says of a text, as the scorer compares it. */
function read(item: EvaluationCase): Reading[] {
  return findFigures(item.text, { publishedOn: new Date(`${item.date}T00:00:00Z`) }).map((figure) => ({
    start: figure.start,
    end: figure.end,
    value: figure.value,
    qualifier: figure.qualifier,
    low: figure.low,
    high: figure.high,
    unit: figure.unit,
    period: figure.period && { start: figure.period.start, end: figure.period.end },
  }))
}

const percent = (value: number) => `${(value * 100).toFixed(1).padStart(5)}%`

function printTallies(title: string, tallies: Record<Field, Tally>) {
  console.log(`\n${title}`)
  console.log(`${'field'.padEnd(10)} ${'correct'.padStart(8)} ${'read'.padStart(6)} ${'labelled'.padStart(9)} ${'precision'.padStart(10)} ${'recall'.padStart(8)}  target`)
  for (const field of FIELDS) {
    const t = tallies[field]
    const target = TARGETS[field]
    const verdict = target === undefined ? '' : precision(t) >= target && recall(t) >= target ? `≥ ${target}: ok` : `≥ ${target}: MISSED`
    console.log(`${field.padEnd(10)} ${String(t.correct).padStart(8)} ${String(t.said).padStart(6)} ${String(t.labelled).padStart(9)} ${percent(precision(t)).padStart(10)} ${percent(recall(t)).padStart(8)}  ${verdict}`)
  }
}

function main() {
  const { values } = parseArgs({ options: { misses: { type: 'string' } }, strict: false })
  const showMisses = process.argv.includes('--misses')
  const files = readdirSync(SET_DIR).filter((name) => name.endsWith('.json')).sort()
  if (files.length === 0) throw new Error(`no evaluation files in ${SET_DIR}`)
  const overall = emptyTallies()
  const misses: Miss[] = []
  const perFile: Array<[string, Record<Field, Tally>]> = []
  let cases = 0
  for (const file of files) {
    const items = JSON.parse(readFileSync(path.join(SET_DIR, file), 'utf8')) as EvaluationCase[]
    const tallies = emptyTallies()
    for (const item of items) {
      const readings = read(item)
      scoreCase(item, readings, tallies, misses)
      scoreCase(item, readings, overall, [])
    }
    cases += items.length
    perFile.push([`${file}: ${items.length} cases, ${tallies.mention.labelled} labelled figures`, tallies])
  }
  console.log(`npm run bench:reading, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cases} cases, ${overall.mention.labelled} labelled figures in ${files.length} files.`)
  printTallies('All files', overall)
  for (const [title, tallies] of perFile) printTallies(title, tallies)
  if (showMisses) {
    const only = typeof values.misses === 'string' ? values.misses : undefined
    console.log('\nMisses (case, field, words: labelled / read)')
    for (const miss of misses.filter((m) => only === undefined || m.field === only)) console.log(`${miss.caseId}  ${miss.field.padEnd(9)} “${miss.words}”: ${miss.expected} / ${miss.read}`)
  }
}

main()
