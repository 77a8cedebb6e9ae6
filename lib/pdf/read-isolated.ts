// Reads an untrusted PDF in a child process of its own (lib/cli/read-pdf.ts), never on the calling
// thread: pdf.js parses on the thread that calls it, a 300-page report keeps it busy for over a
// second, and a scan's OCR for seconds a page. The child has a memory limit and a watchdog: when it
// neither finishes nor reports a page for STALL_LIMIT_MS, it is killed and the PDF refused.
import { spawn } from 'node:child_process'
import path from 'node:path'
import pLimit from 'p-limit'
import { ImportError, type ImportFailure } from '../import/import-error'
import type { PdfText } from './pdf-text'

/** How long the child may go without finishing or reading another page by OCR. */
export const STALL_LIMIT_MS = 120_000
// pdf.js and Tesseract under tsx peak near 900 MB for a scan (docs/decisions/025).
const MEMORY_LIMIT_MB = 2048
/** PDFs read at once per process: OCR keeps both cores busy on its own. */
const reads = pLimit(1)

export type PdfDetails = { title: string | null; author: string | null }
export type ReadPdf = PdfText & PdfDetails

/** What the child writes to standard output, one JSON object a line. */
export type ChildLine =
  | { progress: [done: number, total: number] }
  | { ok: true; pdf: ReadPdf }
  | { ok: false; reason: ImportFailure; message: string }

export type ReadPdfOptions = {
  /** Called when OCR starts, with (0, pages to read), then after each page it reads. */
  onProgress?: (done: number, total: number) => void
  stallLimitMs?: number
}

/**
 * The PDF's text with its pages (extractPdfText), read by OCR when its pages are scans
 * (ocrPdfText), and its own title and author, if it states them. Throws the same ImportErrors, and
 * TOO_COMPLEX when the child runs out of memory or stalls.
 */
export function readPdfIsolated(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<ReadPdf> {
  return reads(() => readInChild(bytes, options))
}

function readInChild(bytes: Uint8Array, { onProgress, stallLimitMs = STALL_LIMIT_MS }: ReadPdfOptions): Promise<ReadPdf> {
  const script = path.join(process.cwd(), 'lib', 'cli', 'read-pdf.ts')
  const child = spawn(process.execPath, [`--max-old-space-size=${MEMORY_LIMIT_MB}`, '--import', 'tsx', script], {
    cwd: process.cwd(),
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, NODE_ENV: process.env.NODE_ENV },
  })
  return new Promise((resolve, reject) => {
    let answer: ChildLine | null = null
    let pending = ''
    const err: Buffer[] = []
    let isStalled = false
    let watchdog: NodeJS.Timeout
    const watch = () => {
      clearTimeout(watchdog)
      watchdog = setTimeout(() => {
        isStalled = true
        child.kill('SIGKILL')
      }, stallLimitMs)
    }
    watch()
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      pending += chunk
      let newline: number
      while ((newline = pending.indexOf('\n')) >= 0) {
        const line = JSON.parse(pending.slice(0, newline)) as ChildLine
        pending = pending.slice(newline + 1)
        if ('progress' in line) {
          watch()
          onProgress?.(...line.progress)
        } else answer = line
      }
    })
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', (error) => {
      clearTimeout(watchdog)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(watchdog)
      if (isStalled) return reject(new ImportError('TOO_COMPLEX', `Reading this PDF stalled for ${Math.round(stallLimitMs / 1000)} seconds, so it was not imported.`))
      if (answer === null || 'progress' in answer || code !== 0) {
        const log = Buffer.concat(err).toString('utf8')
        if (/heap out of memory|RangeError/.test(log)) return reject(new ImportError('TOO_COMPLEX', 'This PDF needs more memory to read than a reader is given, so it was not imported.'))
        return reject(new Error(`reading the PDF failed (exit ${code}): ${log.slice(0, 2000)}`))
      }
      if (answer.ok) return resolve(answer.pdf)
      reject(new ImportError(answer.reason, answer.message))
    })
    child.stdin.on('error', () => {})
    child.stdin.end(bytes)
  })
}
