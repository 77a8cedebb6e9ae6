// Running heads, running footers and page numbers: the lines a page repeats from its neighbours,
// which would otherwise interrupt the text at every page break ("... the number of / Page 12 /
// Annual Report / prosecutions rose").
import type { Line, PageLayout } from './layout'

// Only a page's first and last few lines are looked at, those set apart from the text by a gap
// wider than a paragraph's (in ems of their size), and only near the page's top or bottom edge.
const EDGE_LINES = 3
const MARGIN_GAP = 3
const EDGE_ZONE = 0.15
// Repeated on at least this many pages. Not "most pages": a book's running head changes with
// its chapter, and the same words at the same height at the edge of three pages are not prose.
const MIN_PAGES = 3

const ROMAN = /^(?=[mdclxvi])m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i

/** The line's words with every number (arabic, or a roman numeral standing alone) as '#'. */
export function furnitureKey(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => (ROMAN.test(word) ? '#' : word.replace(/\d+/g, '#')))
    .join(' ')
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 }

function romanValue(numeral: string): number {
  const values = [...numeral.toLowerCase()].map((letter) => ROMAN_VALUES[letter]!)
  return values.reduce((sum, value, i) => sum + (value < (values[i + 1] ?? 0) ? -value : value), 0)
}

/** The numbers of a line in order, each with its kind: 'Page xiv' is [{ 14, roman }]. */
type PrintedNumber = { value: number; isRoman: boolean }

function numbersIn(text: string): PrintedNumber[] {
  return text.split(/\s+/).flatMap((word): PrintedNumber[] =>
    ROMAN.test(word) ? [{ value: romanValue(word), isRoman: true }] : [...word.matchAll(/\d+/g)].map((match) => ({ value: Number(match[0]), isRoman: false })),
  )
}

const pageCount = (lines: Array<{ page: number }>) => new Set(lines.map((line) => line.page)).size

/** Items by key, in their order (Map.groupBy is Node 21+). */
function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}

/**
 * Of lines that differ only in their numbers, those whose number counts the pages: it goes up
 * with the page from whatever it starts at, roman and arabic numbering each on its own ("Page ii",
 * "Page 1"). A line that does not fit (a misread number) is left out, not the rest with it; "Table
 * 4" and "Table 9" at the top of two pages count nothing and are text.
 */
function pageNumbered<T extends { page: number; text: string }>(lines: T[]): T[] {
  const numbers = lines.map((line) => numbersIn(line.text))
  let best: T[] = []
  const positions = Math.max(0, ...numbers.map((found) => found.length))
  for (let at = 0; at < positions; at++) {
    const numbered = lines.flatMap((line, i) => {
      const number = numbers[i]![at]
      return number ? [{ line, key: `${number.isRoman}:${number.value - line.page}` }] : []
    })
    const byOffset = new Map([...groupBy(numbered, (entry) => entry.key)].map(([key, entries]) => [key, entries.map((entry) => entry.line)]))
    // The largest run of each kind of numbering, if it spans two pages or more.
    const chosen = [true, false].flatMap((isRoman) => {
      const runs = [...byOffset].filter(([key]) => key.startsWith(`${isRoman}:`)).map(([, found]) => found)
      const largest = runs.sort((a, b) => pageCount(b) - pageCount(a))[0] ?? []
      return pageCount(largest) >= 2 ? largest : []
    })
    if (pageCount(chosen) > pageCount(best)) best = chosen
  }
  return pageCount(best) >= MIN_PAGES ? best : []
}

// "3", "Page 3", "page 3 of 40", "- 3 -", "iv": a page number standing alone.
const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*(\S+?)\s*[-–—]?(?:\s+of\s+\d+)?$/i

/** The line is nothing but this page's own number or label, however the page is numbered. */
function isOwnPageNumber(text: string, index: number, label: string | null): boolean {
  const number = PAGE_NUMBER.exec(text)?.[1]?.toLowerCase()
  return number !== undefined && (number === String(index) || number === label?.toLowerCase())
}

type Candidate = { page: number; line: number; key: string; text: string; y: number }

/**
 * The lines in the page's top and bottom margins: from the edge inwards, at most EDGE_LINES lines
 * up to a gap wider than MARGIN_GAP, in the edge zone. A page whose text starts at its top edge
 * with no such gap has none there, however its first lines read.
 */
function marginLines(layout: PageLayout): number[] {
  const byHeight = layout.lines.map((line, i) => ({ y: line.y, size: line.size, i })).sort((a, b) => a.y - b.y)
  const margin = (lines: typeof byHeight) => {
    for (let k = 0; k < Math.min(EDGE_LINES, lines.length - 1); k++) {
      const [line, next] = [lines[k]!, lines[k + 1]!]
      if (Math.abs(next.y - line.y) > MARGIN_GAP * Math.max(line.size, next.size)) return lines.slice(0, k + 1)
    }
    // A page with a line or two and nothing else: all of it is at the edge.
    return lines.length <= EDGE_LINES ? lines : []
  }
  const found = new Set([...margin(byHeight), ...margin([...byHeight].reverse())])
  return [...found].filter(({ y }) => y < layout.height * EDGE_ZONE || y > layout.height * (1 - EDGE_ZONE)).map(({ i }) => i)
}

/**
 * For each page, which of its lines are furniture: the same line at the same height near the top
 * or bottom edge of at least three pages (the same but for a number that counts the pages:
 * "Page 3", "Annual Report | 17"), or the page's own number alone at an edge. Returned as a set
 * of line indexes per page.
 */
export function findFurniture(pages: PageLayout[], labels: Array<string | null>): Array<Set<number>> {
  const found = pages.map(() => new Set<number>())
  const candidates: Candidate[] = []
  pages.forEach((layout, page) => {
    for (const line of marginLines(layout)) {
      const text = layout.lines[line]!.text
      if (isOwnPageNumber(text, page + 1, labels[page] ?? null)) found[page]!.add(line)
      candidates.push({ page, line, key: furnitureKey(text), text, y: layout.lines[line]!.y })
    }
  })
  const byKey = groupBy(candidates, (candidate) => candidate.key)
  for (const group of byKey.values()) {
    group.sort((a, b) => a.y - b.y)
    // Runs of candidates at (nearly) the same height: a scan's lines wander by a point or two.
    let run: Candidate[] = []
    const settle = () => {
      if (pageCount(run) < MIN_PAGES) return
      const same = [...groupBy(run, (candidate) => candidate.text).values()].filter((lines) => pageCount(lines) >= MIN_PAGES).flat()
      for (const candidate of [...same, ...pageNumbered(run)]) found[candidate.page]!.add(candidate.line)
    }
    for (const candidate of group) {
      const tolerance = 2 + 0.01 * (pages[candidate.page]?.height ?? 0)
      if (run.length > 0 && candidate.y - run.at(-1)!.y > tolerance) {
        settle()
        run = []
      }
      run.push(candidate)
    }
    settle()
  }
  // A document whose every line repeats at its pages' edges (three one-paragraph pages that share a
  // closing line, a deck of slides with one caption) has no running text beside its furniture: its
  // lines are its text, not heads and footers to keep out of it.
  const keepsText = pages.some((layout, page) => layout.lines.length > found[page]!.size)
  return keepsText ? found : pages.map(() => new Set<number>())
}

/** A page's lines split into running text and furniture, each in page order. */
export function separateFurniture(layout: PageLayout, furniture: Set<number>): { lines: Line[]; furniture: string[] } {
  return {
    lines: layout.lines.filter((_, i) => !furniture.has(i)),
    furniture: layout.lines.filter((_, i) => furniture.has(i)).map((line) => line.text),
  }
}
