// Pathological documents uploaded as sources, through the import action as a reviewer's browser
// sends them: each is read off the request thread, within a time and memory limit, so every other
// request keeps its usual pace meanwhile; what cannot be read in time is refused with a message.
import { DEMO, DEMO_PASSWORD, expect, test } from '../fixtures'
import { actionNamed, actionResult, BASE_URL, encodeForm, figure, send, signIn, Tally, type Answer } from './attack'

const DOCUMENTS: Array<[string, string, string]> = [
  ['600 nested elements', 'nested-600.html', `<!doctype html><html><body>${'<div>'.repeat(600)}<p>${'Deep words here. '.repeat(30)}</p>${'</div>'.repeat(600)}</body></html>`],
  ['5,000 nested elements', 'nested-5000.html', `<!doctype html><html><body>${'<div>'.repeat(5000)}<p>${'Deep words here. '.repeat(30)}</p>${'</div>'.repeat(5000)}</body></html>`],
  ['30,000 nested brackets', 'brackets.md', `${'['.repeat(30_000)}words${']'.repeat(30_000)}\n\nSome ordinary words after the brackets.`],
  ['10,000 nested quotes', 'quotes.md', `${'>'.repeat(10_000)} a deeply quoted line\n\nSome ordinary words after the quotes.`],
]

test('Pathological documents are read without holding up the site', async ({ db }, testInfo) => {
  test.setTimeout(180_000)
  const { cookie } = await signIn(DEMO.reviewer, DEMO_PASSWORD)
  const importSource = actionNamed('importSource')
  const tally = new Tally()
  const stamp = `${testInfo.workerIndex}-${Date.now()}`
  for (const [what, fileName, content] of DOCUMENTS) {
    const form = new FormData()
    form.set('title', `Pathological ${what} ${stamp}`)
    form.set('kind', 'OTHER')
    for (const field of ['publisher', 'author', 'url', 'publishedOn']) form.set(field, '')
    form.set('text', '')
    form.set('file', new File([`${content}\n<!-- ${stamp} -->`], fileName, { type: fileName.endsWith('.html') ? 'text/html' : 'text/markdown' }))
    const { contentType, body } = await encodeForm(form)
    const health: Answer[] = []
    let isSending = true
    const probing = (async () => {
      while (isSending) {
        health.push(await send('/api/health'))
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    })()
    const answer = await send(importSource.pagePath, { headers: { 'next-action': importSource.id, origin: BASE_URL, 'content-type': contentType, cookie: cookie! }, body, timeoutMs: 60_000 })
    isSending = false
    await probing
    const slowest = Math.max(...health.map((probe) => probe.ms))
    const result = actionResult(answer)
    // Either imported (a redirect to the new source) or the file refused with a message saying why.
    const fileErrors = (result?.fieldErrors as Record<string, string[]> | undefined)?.file
    const isClear = answer.headers['x-action-redirect'] !== undefined || (result?.status === 'invalid' && fileErrors?.[0] === result.message)
    tally.count(answer.status >= 500 || !isClear, `${what}: ${answer.status} ${JSON.stringify(result)?.slice(0, 120)}`)
    tally.count(slowest > 2_000, `health while reading ${what}: slowest ${slowest} ms of ${health.length} over ${answer.ms} ms`)
  }
  await db.source.deleteMany({ where: { title: { startsWith: 'Pathological', endsWith: stamp } } })
  expect(tally.through).toEqual([])
  figure(testInfo, 'Pathological documents (deep HTML and Markdown)', tally, 'stalls or 5xx')
})
