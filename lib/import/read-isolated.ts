// Reads an untrusted upload or paste (HTML, Markdown, text) in a child process of its own, never on
// the server's request thread: article extraction slows down steeply with nesting depth (a 55 KB
// page of 5,000 nested elements once kept the whole site waiting for 22 minutes), and deep
// Markdown can overflow the stack. The child gets a time limit and a memory limit; past either it is
// killed and the import refused with a clear message, while the server goes on answering.
import { spawn } from 'node:child_process'
import path from 'node:path'
import pLimit from 'p-limit'
import { ImportError, type ImportFailure } from './import-error'
import type { SourceText, SourceUpload } from './read-upload'

export const READ_TIME_LIMIT_MS = 20_000
const MEMORY_LIMIT_MB = 768
/** Reads at once per server: more wait their turn, so many uploads cannot exhaust its memory. */
const reads = pLimit(2)

export type ChildAnswer = { ok: true; source: SourceText } | { ok: false; reason: ImportFailure; message: string }

const tooComplex = (why: string) =>
  new ImportError('TOO_COMPLEX', `This file ${why}, so it was not imported: it is not an ordinary article. Save the article's text as .txt or .md, or paste it.`)

/** sourceTextFrom, run in `lib/cli/read-source.ts`; the same result, or the same ImportError. */
export function readIsolated(upload: SourceUpload, options: { timeLimitMs?: number } = {}): Promise<SourceText> {
  return reads(() => readInChild(upload, options.timeLimitMs ?? READ_TIME_LIMIT_MS))
}

function readInChild(upload: SourceUpload, timeLimitMs: number): Promise<SourceText> {
  const script = path.join(process.cwd(), 'lib', 'cli', 'read-source.ts')
  const child = spawn(process.execPath, [`--max-old-space-size=${MEMORY_LIMIT_MB}`, '--stack-size=4000', '--import', 'tsx', script], {
    cwd: process.cwd(),
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, NODE_ENV: process.env.NODE_ENV },
  })
  return new Promise((resolve, reject) => {
    const out: Buffer[] = []
    const err: Buffer[] = []
    let isTimedOut = false
    const timer = setTimeout(() => {
      isTimedOut = true
      child.kill('SIGKILL')
    }, timeLimitMs)
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      if (isTimedOut) return reject(tooComplex(`took longer than ${Math.round(timeLimitMs / 1000)} seconds to read`))
      const answer = code === 0 ? (JSON.parse(Buffer.concat(out).toString('utf8')) as ChildAnswer) : null
      if (!answer) {
        const log = Buffer.concat(err).toString('utf8')
        // Out of memory or out of stack: the document, not the server, is at fault.
        if (/heap out of memory|Maximum call stack|RangeError/.test(log)) return reject(tooComplex('is nested too deeply or too large to read'))
        return reject(new Error(`reading the source failed (exit ${code}): ${log.slice(0, 2000)}`))
      }
      if (answer.ok) return resolve(answer.source)
      reject(new ImportError(answer.reason, answer.message))
    })
    child.stdin.on('error', () => {})
    child.stdin.end(JSON.stringify(upload))
  })
}
