// From positioned runs of text (pdf.js text items, or the words OCR found) to a page's lines in
// reading order. Coordinates are points with y growing down the page; a run's y is its baseline.
import { normalizeLine } from '../import/normalize-text'

export type TextRun = { text: string; x: number; y: number; width: number; size: number }

export type Line = {
  /** The line's words, normalised (normalizeLine) with ligatures expanded. */
  text: string
  x: number
  right: number
  /** Baseline. */
  y: number
  /** Font size (OCR: the row's height). */
  size: number
  /** Cells set apart by wide gaps, as in a table's row: kept one row to a line. */
  isTableRow: boolean
  /** The line ended in a soft hyphen (U+00AD), which is always mended. */
  hasSoftHyphen: boolean
}

export type PageLayout = { width: number; height: number; lines: Line[] }

// A gap between runs wider than this (in ems) is a space; wider than CELL_GAP, a table's cell
// boundary (a justified line's widest word space stays well under it) or a column's gutter.
const SPACE_GAP = 0.12
const CELL_GAP = 2
// Runs whose baselines differ by less than this (in ems) are on one line: superscripts and
// subscripts sit about a third of an em off the baseline.
const SAME_LINE = 0.45

// The ligatures Unicode encodes for Latin (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), which NFKC spells out. Only these:
// NFKC of the whole text would also turn ½ into 1⁄2 and ² into 2, changing a figure.
const LIGATURE = /[\uFB00-\uFB06]/g

export const expandLigatures = (text: string) => text.replace(LIGATURE, (ligature) => ligature.normalize('NFKC'))

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** The size most of a line's characters are set in. */
function mainSize(runs: TextRun[]): number {
  const counts = new Map<number, number>()
  for (const run of runs) counts.set(run.size, (counts.get(run.size) ?? 0) + run.text.length)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
}

/** Splits a line's runs (left to right) where a gap is wide enough to be a cell boundary. */
export function splitAtWideGaps(runs: TextRun[]): TextRun[][] {
  const parts: TextRun[][] = []
  let end = -Infinity
  for (const run of runs) {
    const size = Math.max(run.size, 1)
    if (parts.length === 0 || run.x - end > CELL_GAP * size) parts.push([run])
    else parts.at(-1)!.push(run)
    end = Math.max(end, run.x + run.width)
  }
  return parts
}

/**
 * One line from its runs, left to right. Runs are joined with a space where the gap between them
 * (or a space at either side) says so, and run together where it does not: a word drawn in pieces
 * (kerning, a change of font) stays one word. `areWords`: the runs are words (OCR), always spaced.
 */
export function lineFromRuns(runs: TextRun[], areWords = false): Line | null {
  const sorted = [...runs].sort((a, b) => a.x - b.x)
  const parts = splitAtWideGaps(sorted)
  let raw = ''
  let end = -Infinity
  let previous: TextRun | null = null
  for (const run of sorted) {
    // The same text drawn twice at the same place is a fake bold; keep one.
    if (previous && run.text === previous.text && Math.abs(run.x - previous.x) < 0.1 * run.size) continue
    const gap = run.x - end
    const spaced = areWords || gap > SPACE_GAP * Math.max(run.size, 1) || /\s$/.test(raw) || /^\s/.test(run.text)
    raw += raw === '' || !spaced ? run.text : ` ${run.text}`
    end = Math.max(end, run.x + run.width)
    previous = run
  }
  const hasSoftHyphen = /\u00AD\s*$/.test(raw)
  const normalized = normalizeLine(expandLigatures(raw))
  if (normalized === null) return null
  const first = sorted[0]!
  const size = mainSize(sorted)
  const y = median(sorted.filter((run) => run.size === size).map((run) => run.y))
  return {
    text: hasSoftHyphen ? `${normalized}-` : normalized,
    x: first.x,
    right: end,
    y,
    size,
    isTableRow: parts.length > 1,
    hasSoftHyphen,
  }
}

/** Runs grouped into lines by baseline: top to bottom, each left to right. */
export function groupIntoLines(runs: TextRun[]): TextRun[][] {
  const visible = runs.filter((run) => run.text.trim() !== '' && run.size > 0)
  const byBaseline = [...visible].sort((a, b) => a.y - b.y || a.x - b.x)
  const lines: Array<{ y: number; size: number; runs: TextRun[] }> = []
  for (const run of byBaseline) {
    const line = lines.at(-1)
    if (line && Math.abs(run.y - line.y) <= SAME_LINE * Math.max(line.size, run.size)) {
      line.runs.push(run)
      // The line's baseline is its largest text's: a superscript does not move it.
      if (run.size > line.size) Object.assign(line, { y: run.y, size: run.size })
    } else lines.push({ y: run.y, size: run.size, runs: [run] })
  }
  return lines.map((line) => line.runs.sort((a, b) => a.x - b.x))
}

/** A page's lines in reading order (see orderColumns for two-column pages); `areWords` as for lineFromRuns. */
export function layOutPage(runs: TextRun[], width: number, height: number, areWords = false): PageLayout {
  const grouped = orderColumns(groupIntoLines(runs), width)
  const lines = grouped.map((line) => lineFromRuns(line, areWords)).filter((line): line is Line => line !== null)
  return { width, height, lines }
}

// A page is read as two columns when at least this many lines have a gap of at least COLUMN_GAP
// (in ems) at the same place, with running text (a few words) on both sides of it: a table's
// columns of figures are not.
const MIN_COLUMN_LINES = 4
const MIN_COLUMN_WORDS = 3
const COLUMN_GAP = 1

const wordCount = (runs: TextRun[]) => runs.map((run) => run.text).join(' ').split(/\s+/).filter(Boolean).length

/** The middle of each gap in a line that could be a gutter: wide, mid-page, words on both sides. */
function gutterCandidates(line: TextRun[], width: number): number[] {
  const found: number[] = []
  let end = -Infinity
  line.forEach((run, i) => {
    const gap = run.x - end
    const middle = (end + run.x) / 2
    if (i > 0 && gap > COLUMN_GAP * run.size && middle > width * 0.25 && middle < width * 0.75) {
      if (wordCount(line.slice(0, i)) >= MIN_COLUMN_WORDS && wordCount(line.slice(i)) >= MIN_COLUMN_WORDS) found.push(middle)
    }
    end = Math.max(end, run.x + run.width)
  })
  return found
}

/**
 * Two columns, when a page has them, read left column then right. A gutter is an x that several
 * lines have a wide gap at, in the middle half of the page, with words on each side. From the
 * first such line to the last (and on, up and down, to the nearest line that crosses the gutter),
 * a line that crosses it (a heading, a table, a full-width paragraph) cuts the columns into
 * bands, each read left column then right; lines above and below keep their place. Three or more columns are read as two (the right ones together); a page
 * without a gutter is read top to bottom.
 */
export function orderColumns(lines: TextRun[][], width: number): TextRun[][] {
  const candidates = lines.map((line) => gutterCandidates(line, width))
  const columned = candidates.flatMap((found, i) => (found.length > 0 ? [i] : []))
  if (columned.length < MIN_COLUMN_LINES) return lines
  const gutter = median(candidates.flat())
  const crosses = (run: TextRun) => run.x < gutter && run.x + run.width > gutter
  // The columns reach up and down to the nearest line across the gutter: a column's last line
  // may be too short to show the gap.
  let from = columned[0]!
  while (from > 0 && !lines[from - 1]!.some(crosses)) from--
  let to = columned.at(-1)!
  while (to + 1 < lines.length && !lines[to + 1]!.some(crosses)) to++
  const ordered: TextRun[][] = lines.slice(0, from)
  let left: TextRun[][] = []
  let right: TextRun[][] = []
  const flush = () => {
    ordered.push(...left, ...right)
    left = []
    right = []
  }
  for (const line of lines.slice(from, to + 1)) {
    if (line.some(crosses)) {
      flush()
      ordered.push(line)
      continue
    }
    const leftRuns = line.filter((run) => run.x + run.width <= gutter)
    const rightRuns = line.filter((run) => run.x >= gutter)
    if (leftRuns.length > 0) left.push(leftRuns)
    if (rightRuns.length > 0) right.push(rightRuns)
  }
  flush()
  ordered.push(...lines.slice(to + 1))
  return ordered
}
