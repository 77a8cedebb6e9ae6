// `npm run bench:pdf`: how long reading a PDF takes, and how much memory at its peak, for a
// 300-page report with a text layer (extractPdfText) and a 10-page scan (ocrPdfText). Both PDFs
// are made here, in a temporary directory, from the seed sources' paragraphs: running head,
// numbered footer, words split at line ends, paragraphs across page breaks. Each reading runs in a
// process of its own, so its peak resident memory (maxRSS) is its own, twice: under tsx, as the
// app's command-line processes (the worker, the isolated reader) load TypeScript, and as plain
// Node on a bundle of this file (esbuild, packages left to Node), as compiled code would run.
// tsx transforms pdf.js's 2 MB modules and keeps their source maps, which costs memory.
// Options: --runs N (text PDF readings in each mode, default 3), --ocr-pages N (default 10).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { formatNumber } from '../format'
import { extractPdfText } from '../pdf/extract-text'
import { type FixtureBlock, type FixturePage, scannedPdf, textPdf } from '../pdf/fixtures/generate'
import { ocrPdfText } from '../pdf/ocr'
import { longArticleText } from './bench-long-article'
import { PROJECT_DIR } from './database'

const log = (line: string) => console.log(`[bench] ${line}`)
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(process.argv[at + 1])
}

const LINE_CHARACTERS = 80
const LINES_A_PAGE = 44

/** Words to lines of at most LINE_CHARACTERS, splitting a long word with a hyphen as a typesetter would. */
function wrap(paragraph: string): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of paragraph.split(' ')) {
    const room = LINE_CHARACTERS - line.length - 1
    if (line === '' || word.length <= room) {
      line = line === '' ? word : `${line} ${word}`
      continue
    }
    if (/^[a-z]{9,}$/.test(word) && room >= 5) {
      const cut = Math.min(room - 1, Math.ceil(word.length / 2))
      lines.push(`${line} ${word.slice(0, cut)}-`)
      line = word.slice(cut)
    } else {
      lines.push(line)
      line = word
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

// The standard fonts' encoding (WinAnsi) has no other characters.
const winAnsi = (text: string) => text.replace(/[^\x20-\x7E\u00A0-\u00FF‘’“”–—…•€]/g, '?')

/** `count` pages of the seed paragraphs, with a running head and a numbered footer. */
function reportPages(count: number): FixturePage[] {
  const paragraphs = longArticleText(count * LINES_A_PAGE * LINE_CHARACTERS).split('\n\n')
  const pages: FixturePage[] = []
  let blocks: FixtureBlock[] = []
  let used = 0
  const newPage = () => {
    pages.push({ head: 'Benchmark report', foot: `Page ${pages.length + 1}`, blocks })
    blocks = []
    used = 0
  }
  for (const paragraph of paragraphs) {
    if (pages.length === count) break
    let lines = wrap(winAnsi(paragraph))
    const size = paragraph.startsWith('Section ') ? 14 : undefined
    while (lines.length > 0 && pages.length < count) {
      const fits = Math.max(0, LINES_A_PAGE - used)
      // A paragraph goes on over the page break (but a heading moves to the next page whole).
      if (fits === 0 || (size && fits < 3)) {
        newPage()
        continue
      }
      blocks.push({ lines: lines.slice(0, fits), size })
      used += Math.min(fits, lines.length) + 1
      lines = lines.slice(fits)
    }
  }
  if (pages.length < count) newPage()
  return pages
}

type Measured = { ms: number; maxRssMb: number; peakHeapMb: number; pages: number; characters: number; ocrPages: number }

/**
 * This process's peak resident memory in kB. On Linux, VmHWM: resourceUsage().maxRSS of a process
 * started by another carries the parent's size at the fork over the exec (the kernel keeps the
 * larger), so a child of the bench would report the bench's own memory.
 */
function peakRssKb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))
    if (hwm) return Number(hwm[1])
  } catch {
    // Not Linux: maxRSS, which is right for a process started by a small one.
  }
  return process.resourceUsage().maxRSS
}

/** One reading in this process (the child's side): time, peak RSS and heap, what was read. */
async function measure(kind: 'text' | 'ocr', file: string): Promise<Measured> {
  const bytes = new Uint8Array(readFileSync(file))
  let peakHeap = process.memoryUsage().heapUsed
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20)
  const started = performance.now()
  const result = kind === 'text' ? await extractPdfText(bytes) : await ocrPdfText(bytes)
  const ms = performance.now() - started
  clearInterval(sampler)
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
  return {
    ms,
    maxRssMb: peakRssKb() / 1024,
    peakHeapMb: peakHeap / 1024 / 1024,
    pages: result.pages.length,
    characters: result.text.length,
    ocrPages: result.pages.filter((page) => page.ocr).length,
  }
}

const SCRIPT = fileURLToPath(import.meta.url)

type Mode = { name: string; args: string[] }

/** This file bundled for plain Node, beside node_modules so that its packages resolve. */
async function bundled(): Promise<string> {
  const outfile = path.join(PROJECT_DIR, 'node_modules', '.cache', 'claimtrail', 'bench-pdf.mjs')
  mkdirSync(path.dirname(outfile), { recursive: true })
  await build({ entryPoints: [SCRIPT], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'warning' })
  return outfile
}

function inChild(mode: Mode, kind: 'text' | 'ocr', file: string): Measured {
  const output = execFileSync(process.execPath, [...mode.args, '--measure', kind, file], { encoding: 'utf8', maxBuffer: 1024 * 1024 })
  return JSON.parse(output.trim().split('\n').at(-1)!) as Measured
}

const mb = (value: number) => `${value.toFixed(0)} MB`
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

async function main() {
  const runs = option('runs', 3)
  const ocrPages = option('ocr-pages', 10)
  const dir = mkdtempSync(path.join(tmpdir(), 'claimtrail-bench-pdf-'))
  try {
    const report = await textPdf({ pages: reportPages(300) })
    const reportFile = path.join(dir, 'report-300.pdf')
    writeFileSync(reportFile, report)
    const scan = await scannedPdf(await textPdf({ pages: reportPages(ocrPages) }))
    const scanFile = path.join(dir, `scan-${ocrPages}.pdf`)
    writeFileSync(scanFile, scan)
    log(`made a 300-page text PDF (${formatNumber(report.length)} bytes) and a ${ocrPages}-page scan at 200 dpi (${formatNumber(scan.length)} bytes)`)
    const modes: Mode[] = [
      { name: 'plain Node', args: [await bundled()] },
      { name: 'under tsx', args: ['--import', 'tsx', SCRIPT] },
    ]
    log(`Node ${process.version}, one process per reading`)
    for (const mode of modes) {
      for (let run = 1; run <= runs; run++) {
        const text = inChild(mode, 'text', reportFile)
        log(`${mode.name}, text layer, run ${run}: ${seconds(text.ms)} (${(text.ms / text.pages).toFixed(1)} ms a page), peak RSS ${mb(text.maxRssMb)}, peak heap ${mb(text.peakHeapMb)}; ${text.pages} pages, ${formatNumber(text.characters)} characters`)
      }
      const ocr = inChild(mode, 'ocr', scanFile)
      log(`${mode.name}, OCR at 300 dpi: ${seconds(ocr.ms)} (${seconds(ocr.ms / Math.max(1, ocr.ocrPages))} a page), peak RSS ${mb(ocr.maxRssMb)}, peak heap ${mb(ocr.peakHeapMb)}; ${ocr.ocrPages} of ${ocr.pages} pages by OCR, ${formatNumber(ocr.characters)} characters`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const measuring = process.argv.indexOf('--measure')
if (measuring !== -1) {
  const result = await measure(process.argv[measuring + 1] as 'text' | 'ocr', process.argv[measuring + 2]!)
  console.log(JSON.stringify(result))
} else await main()
