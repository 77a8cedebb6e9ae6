// For the watching tests and the capture benchmark: article pages a local web server serves, and a
// source made from one the way a reviewer's capture by address makes it.
import type { ServerResponse } from 'node:http'
import type { AddressPolicy } from '../capture'
import type { Db } from '../db'
import { runImportCapture } from '../server/captures/run-import-capture'

/** What the tests' local web server may be fetched under: loopback, any port. */
export const LOCAL_PAGES: AddressPolicy = { allowPrivateAddresses: true, allowAnyPort: true }

/** An article page with its furniture; `extra` goes in a comment (a timestamp, say): other bytes, the same text. */
export function articlePage(title: string, paragraphs: string[], extra = ''): string {
  const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')
  return `<!doctype html><html><head><title>${title}</title><meta name="author" content="Desk Writer"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1>${body}</article></main>
<footer><a href="/about">About us</a><!-- ${extra} --></footer></body></html>`
}

/** Answers 200 with `html` as UTF-8. */
export const sendHtml = (response: ServerResponse, html: string) => void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)

/** Captures `url` as a new source in `askerId`'s name, as the capture job does; returns the capture with its source. */
export async function importByAddress(db: Db, url: string, askerId: string, policy = LOCAL_PAGES) {
  const capture = await db.capture.create({ data: { purpose: 'IMPORT', requestedUrl: url, requestedById: askerId }, select: { id: true } })
  await runImportCapture({ id: `import-${capture.id}`, data: { captureId: capture.id }, isLastTry: true }, { policy })
  const done = await db.capture.findUniqueOrThrow({ where: { id: capture.id }, select: { status: true, error: true, sourceId: true, snapshotId: true } })
  if (done.status !== 'STORED' || !done.sourceId || !done.snapshotId) throw new Error(`the capture of ${url} ended ${done.status}: ${done.error}`)
  return { captureId: capture.id, sourceId: done.sourceId, snapshotId: done.snapshotId }
}
