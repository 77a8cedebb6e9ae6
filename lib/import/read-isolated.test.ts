// Reading untrusted documents never blocks the server: it happens in a child process with limits.
import { describe, expect, it } from 'vitest'
import { ImportError } from './import-error'
import { readIsolated } from './read-isolated'
import { sourceTextFrom } from './read-upload'

const article = `<!doctype html><html><head><title>Shelter count</title></head><body><nav>Home · News</nav><article><h1>Shelter count</h1>${'<p>The county shelter counted about 1,200 families in March 2019, its director said, more than in any month before.</p>'.repeat(12)}</article></body></html>`

/** The longest gap between ticks of a 20 ms timer while `work` runs: how long the thread was blocked. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ stall: number; outcome: PromiseSettledResult<T> }> {
  let last = Date.now()
  let stall = 0
  const timer = setInterval(() => {
    const now = Date.now()
    stall = Math.max(stall, now - last)
    last = now
  }, 20)
  const [outcome] = await Promise.allSettled([work()])
  clearInterval(timer)
  return { stall, outcome: outcome! }
}

describe('reading a source in a child process', () => {
  it('gives what reading it in-process gives', async () => {
    const upload = { fileName: 'shelter.html', mediaType: 'text/html', content: article }
    expect(await readIsolated(upload)).toEqual(sourceTextFrom(upload))
    expect(await readIsolated({ pasted: 'Plain words, pasted.' })).toMatchObject({ text: 'Plain words, pasted.', format: 'text' })
  })

  it('passes an import error on as it is', async () => {
    await expect(readIsolated({ fileName: 'report.pdf', mediaType: 'application/pdf', content: 'x' })).rejects.toMatchObject({ reason: 'UNSUPPORTED_FORMAT' })
  })

  it('refuses a page of 5,000 nested elements within its time limit, and the thread stays free meanwhile', async () => {
    const nested = `<!doctype html><html><body>${'<div>'.repeat(5000)}<p>${'Deep words here. '.repeat(30)}</p>${'</div>'.repeat(5000)}</body></html>`
    const { stall, outcome } = await longestStall(() => readIsolated({ fileName: 'deep.html', mediaType: 'text/html', content: nested }, { timeLimitMs: 3000 }))
    if (outcome.status === 'rejected') {
      expect(outcome.reason).toBeInstanceOf(ImportError)
      expect(outcome.reason).toMatchObject({ reason: 'TOO_COMPLEX' })
    }
    expect(stall).toBeLessThan(500)
  }, 15_000)

  it('refuses Markdown nested past the stack without taking the server down', async () => {
    const quotes = `${'>'.repeat(10_000)} deep\n`
    const brackets = `${'['.repeat(30_000)}x${']'.repeat(30_000)}\n`
    for (const content of [quotes, brackets]) {
      const { stall, outcome } = await longestStall(() => readIsolated({ fileName: 'deep.md', mediaType: 'text/markdown', content }, { timeLimitMs: 3000 }))
      if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(ImportError)
      expect(stall).toBeLessThan(500)
    }
  }, 20_000)
})
