// Requests an outsider can send without an account: inputs that once gave a 500, posts from other
// sites, forms big enough to stall a server, and SQL metacharacters in every parameter.
import { randomBytes } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { MAX_BODY_BYTES } from '../../lib/http/action-body'
import { DEMO, DEMO_PASSWORD, expect, test } from '../fixtures'
import { actionNamed, BASE_URL, builtActions, callAction, encodeForm, figure, send, sendForm, signIn, Tally, type Answer } from './attack'

const SUGGEST = () => actionNamed('sendCheckRequest')
const fetched = (contentType: string) => ({ 'next-action': SUGGEST().id, origin: BASE_URL, 'content-type': contentType })

/** A form the public check-request form would accept. */
function checkRequest(claimText: string) {
  const form = new FormData()
  form.set('claimText', claimText)
  form.set('seenAt', '')
  form.set('email', '')
  form.set('website', '')
  return form
}

test('Inputs that once gave a 500 are refused with a clear 4xx or a field error', async ({ db }, testInfo) => {
  const multipart = (body: string) => ({ headers: fetched('multipart/form-data; boundary=XYZ'), body })
  const text = (body: string) => ({ headers: fetched('text/plain;charset=UTF-8'), body })
  const inputs: Array<[string, string, Parameters<typeof send>[1]]> = [
    ['a body over the limit', '/suggest', { headers: { ...fetched('text/plain'), 'content-length': String(MAX_BODY_BYTES + 1) }, body: '' }],
    ['a cut-off multipart body', '/suggest', multipart('--XYZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]')],
    ['multipart without a boundary', '/suggest', { headers: fetched('multipart/form-data'), body: 'abc' }],
    ['multipart without arguments', '/suggest', multipart('--XYZ\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--XYZ--\r\n')],
    ['JSON that does not parse', '/suggest', text('[{"a":')],
    ['arguments that are not a list', '/suggest', text('{"a":1}')],
    ['a gzip body', '/suggest', { headers: { ...fetched('text/plain'), 'content-encoding': 'gzip' }, body: gzipSync('[{},"$K1"]') }],
    ['arguments that are not a form', '/suggest', text('["$undefined","x"]')],
    ['a null argument list', '/suggest', text('null')],
    ...['$@1', '$Q1', '$W1', '$B1', '$h1', '$F1', '$AB1', '$l1', '$i1', '$S1', '$Y1', '$1:a:b'].map(
      (reference): [string, string, Parameters<typeof send>[1]] => [`a missing part (${reference})`, '/suggest', text(JSON.stringify([{}, reference]))],
    ),
    ['a post without JavaScript naming the action', '/suggest', { headers: { 'content-type': 'multipart/form-data; boundary=XYZ', origin: BASE_URL }, body: `--XYZ\r\nContent-Disposition: form-data; name="$ACTION_ID_${SUGGEST().id}"\r\n\r\n\r\n--XYZ--\r\n` }],
    ['an unknown action', '/suggest', { headers: { ...fetched('text/plain'), 'next-action': '7f00000000000000000000000000000000000000aa' }, body: '[]' }],
    ['a newline in callbackUrl', '/sign-in?callbackUrl=%2F%0A%2Fevil.example', {}],
    ['an API cursor with an impossible date', `/api/v1/claims?cursor=${Buffer.from('["2026-02-30T00:00:00.000Z","x"]').toString('base64url')}`, {}],
    ['an API cursor of year -271821', `/api/v1/claims?cursor=${Buffer.from('["-271821-04-20T00:00:00.000Z","x"]').toString('base64url')}`, {}],
    ...['/claims/%ff', '/sources/%ff', '/quantities/%ff', '/api/v1/claims/%ff', '/api/v1/sources/%ff', '/api/v1/quantities/%ff', '/sitemaps/%ff', '/review/claims/%ff', '/review/sources/%E0%A4%A'].map(
      (path): [string, string, Parameters<typeof send>[1]] => [`invalid percent-encoding in ${path}`, path, {}],
    ),
  ]
  const tally = new Tally()
  for (const [what, path, sent] of inputs) {
    const answer = await send(path, sent)
    tally.count(answer.status >= 500, `${what}: ${answer.status} ${answer.text.slice(0, 80)}`)
  }
  // A NUL byte is a field error, with what was typed kept.
  const nul = await callAction(SUGGEST(), { form: checkRequest('A claim with a NUL \u0000 byte in it, long enough'), from: '127.0.0.41' })
  tally.count(nul.status >= 500 || !nul.text.includes('NUL character'), `a NUL byte: ${nul.status}`)
  // A forged session cookie is a visitor, not an error.
  const forged = await send('/review', { headers: { cookie: `authjs.session-token=${randomBytes(200).toString('base64url')}` } })
  tally.count(forged.status !== 307, `a forged session cookie: ${forged.status}`)
  expect(tally.through).toEqual([])
  figure(testInfo, 'Inputs that gave HTTP 500', tally, 'answered 5xx')
  expect(await db.checkRequest.count({ where: { claimText: { contains: 'NUL' } } })).toBe(0)
})

test('Posts from another site are refused and change nothing', async ({ db }, testInfo) => {
  const before = await db.checkRequest.count()
  const tally = new Tally()
  const evil = { origin: 'http://evil.example' }
  for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1.evil.example', `http://127.0.0.1:${Number(process.env.PORT ?? 3100) + 1}`]) {
    const answer = await sendForm('/suggest', checkRequest(`Cross-site request from ${origin} that must not be stored`), { from: '127.0.0.42', headers: { 'next-action': SUGGEST().id, origin } })
    tally.count(answer.status !== 403, `suggestion from ${origin}: ${answer.status}`)
  }
  // Every action refuses a post from another site before it runs, signed in or not.
  const { cookie } = await signIn(DEMO.admin, DEMO_PASSWORD)
  for (const action of builtActions()) {
    const form = new Response(new FormData())
    const answer = await send(action.pagePath, { headers: { 'next-action': action.id, ...evil, cookie: cookie!, 'content-type': form.headers.get('content-type')! }, body: Buffer.from(await form.arrayBuffer()) })
    tally.count(answer.status !== 403, `${action.name} from another site: ${answer.status}`)
  }
  // Auth.js: signing in or out from another page without its CSRF token does nothing.
  const credentials = await send('/api/auth/callback/credentials', { headers: { ...evil, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ email: DEMO.admin, password: DEMO_PASSWORD }).toString() })
  tally.count(credentials.headers['set-cookie']?.toString().includes('authjs.session-token=') ?? false, `sign-in without CSRF token: ${credentials.status}`)
  const signOut = await send('/api/auth/signout', { headers: { ...evil, cookie: cookie!, 'content-type': 'application/x-www-form-urlencoded' }, body: '' })
  tally.count(/authjs\.session-token=;/.test(String(signOut.headers['set-cookie'] ?? '')), `sign-out without CSRF token: ${signOut.status}`)
  expect(tally.through).toEqual([])
  figure(testInfo, 'Cross-origin posts', tally)
  expect(await db.checkRequest.count()).toBe(before)
})

test('A form of 130,000 fields is refused at once, and the site keeps answering meanwhile', async ({}, testInfo) => {
  test.setTimeout(120_000)
  const tally = new Tally()
  const { cookie } = await signIn(DEMO.reviewer, DEMO_PASSWORD)
  for (const [fields, target] of [
    [40_000, 'sendCheckRequest'],
    [130_000, 'sendCheckRequest'],
    [130_000, 'addNote'],
  ] as const) {
    const form = checkRequest('A claim sent with a great many extra fields')
    for (let i = 0; i < fields; i++) form.append(`f${i}`, 'x'.repeat(10))
    // Encoded first: the time this process spends encoding is not the server's.
    const { contentType, body } = await encodeForm(form)
    const action = actionNamed(target)
    const headers = { 'next-action': action.id, origin: BASE_URL, 'content-type': contentType, ...(target === 'addNote' ? { cookie: cookie! } : {}) }
    const health: Answer[] = []
    let isSending = true
    const probing = (async () => {
      while (isSending) health.push(await send('/api/health'))
    })()
    const answer = await send(action.pagePath, { headers, body, from: '127.0.0.43' })
    isSending = false
    await probing
    const slowest = Math.max(...health.map((probe) => probe.ms))
    tally.count(answer.status >= 500 || !answer.text.includes('more than 2,000 fields') || answer.ms > 10_000, `${fields} fields to ${target}: ${answer.status} in ${answer.ms} ms`)
    tally.count(slowest > 2_000, `health while ${fields} fields were refused: slowest ${slowest} ms of ${health.length}`)
  }
  expect(tally.through).toEqual([])
  figure(testInfo, 'Huge forms (40,000 and 130,000 fields)', tally, 'stalls or 5xx')
})

const SQL = ["'", "' OR '1'='1", "1; DROP TABLE \"Claim\";--", '" OR ""="', '\\', "1' AND pg_sleep(5)--", "' UNION SELECT NULL,NULL--", ')) OR 1=1--', '$1', '%_', "'||(SELECT version())||'"]
const DB_ERROR = /syntax error|SQLSTATE|prisma|postgres|relation "|unterminated/i

test('SQL metacharacters in every parameter change nothing and leak nothing', async ({ db }, testInfo) => {
  test.setTimeout(180_000)
  const { cookie } = await signIn(DEMO.editor, DEMO_PASSWORD)
  const claims = await db.claim.count()
  const tally = new Tally()
  const pathsFor = (value: string) => {
    const v = encodeURIComponent(value)
    return [
      `/search?q=${v}`, `/search?q=tax&rating=${v}`, `/search?q=tax&source=${v}`, `/search?q=tax&page=${v}`,
      `/claims/${v}`, `/sources/${v}`, `/quantities/${v}`, `/quantities?page=${v}`, `/corrections?page=${v}`,
      `/api/v1/claims?limit=${v}`, `/api/v1/claims?cursor=${v}`, `/api/v1/claims/${v}`, `/api/v1/sources/${v}`, `/api/v1/quantities/${v}`,
      `/sitemaps/${v}`, `/sign-in?callbackUrl=${v}`,
      `/review/claims?q=${v}`, `/review/claims?status=${v}`, `/review/claims/${v}`, `/review/claims/${v}/verdict`, `/review/claims/x/verdict/compare?revision=${v}`,
      `/review/sources/${v}`, `/review/sources/x?claim=${v}&figure=${v}`, `/review/quantities/${v}`, `/review/changes/${v}`,
      `/review/audit?claim=${v}`, `/review/audit?entity=${v}`, `/review/audit?page=${v}`,
    ]
  }
  for (const value of SQL) {
    for (const path of pathsFor(value)) {
      const answer = await send(path, { headers: path.startsWith('/review') ? { cookie: cookie! } : {} })
      tally.count(answer.status >= 500 || DB_ERROR.test(answer.text) || answer.ms > 4_500, `${path}: ${answer.status} in ${answer.ms} ms`)
    }
  }
  // In a form field the metacharacters are text, stored exactly as sent.
  const text = `${SQL.join(' ')} stored as text ${Date.now()}`
  const answer = await callAction(actionNamed('sendCheckRequest'), { form: checkRequest(text), from: '127.0.0.44' })
  const stored = await db.checkRequest.findFirst({ where: { claimText: text }, select: { id: true } })
  tally.count(answer.status >= 500 || !stored, `a form field of metacharacters: ${answer.status}, stored ${Boolean(stored)}`)
  if (stored) await db.checkRequest.delete({ where: { id: stored.id } })
  expect(tally.through).toEqual([])
  figure(testInfo, 'SQL metacharacters in every parameter', tally, 'errors, leaks or delays')
  expect(await db.claim.count()).toBe(claims)
})
