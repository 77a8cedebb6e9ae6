// What the security suite's tests share: a raw HTTP client that can speak from any loopback
// address (so that a test's attempts count against an address of its own, not the one every other
// test signs in from), signing in as Auth.js' form does, the server actions as the build lists
// them, and the figure each finding ends with (attempts, and how many got through).
import { readFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'
import { expect, type TestInfo } from '@playwright/test'

export const BASE_URL = `http://127.0.0.1:${process.env.PORT ?? 3100}`

export type Answer = { status: number; headers: Record<string, string | string[] | undefined>; text: string; ms: number }

export type Sent = {
  method?: string
  headers?: Record<string, string>
  body?: string | Buffer
  /** The loopback address to send from (127.0.0.0/8); the server sees it as the client's. */
  from?: string
  timeoutMs?: number
}

/** One request, exactly as given: no cookies, no redirects followed, nothing added but Host. */
export function send(pathname: string, sent: Sent = {}): Promise<Answer> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const body = sent.body === undefined ? undefined : Buffer.from(sent.body)
    const request = httpRequest(
      `${BASE_URL}${pathname}`,
      {
        method: sent.method ?? (body ? 'POST' : 'GET'),
        headers: { ...(body ? { 'content-length': String(body.length) } : {}), ...sent.headers },
        localAddress: sent.from,
        timeout: sent.timeoutMs ?? 30_000,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8'), ms: Date.now() - started }))
        response.on('error', reject)
      },
    )
    request.on('timeout', () => request.destroy(new Error(`no answer to ${pathname} in ${sent.timeoutMs ?? 30_000} ms`)))
    request.on('error', reject)
    request.end(body)
  })
}

export const cookiesOf = (answer: Answer) => ([answer.headers['set-cookie'] ?? []].flat() as string[]).map((line) => line.split(';')[0]!)

export type SignInResult = { answer: Answer; cookie: string | null }

/** Signs in through Auth.js' credentials endpoint; `cookie` is the session cookie when it worked. */
export async function signIn(email: string, password: string, options: { from?: string; callbackUrl?: string } = {}): Promise<SignInResult> {
  const csrf = await send('/api/auth/csrf', { from: options.from })
  const csrfCookie = cookiesOf(csrf).join('; ')
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string }
  const answer = await send('/api/auth/callback/credentials', {
    from: options.from,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: options.callbackUrl ?? '/review' }).toString(),
  })
  const session = cookiesOf(answer).find((cookie) => cookie.startsWith('authjs.session-token=') && cookie !== 'authjs.session-token=')
  return { answer, cookie: session ?? null }
}

export type BuiltAction = { id: string; name: string; file: string; pagePath: string }

let built: BuiltAction[] | undefined

/** Every server action in the production build, with a page that can run it. */
export function builtActions(): BuiltAction[] {
  return (built ??= readBuiltActions())
}

/** The built action of that name (its export's name in lib/actions/). */
export function actionNamed(name: string): BuiltAction {
  const action = builtActions().find((candidate) => candidate.name === name)
  if (!action) throw new Error(`no action ${name} in the build`)
  return action
}

function readBuiltActions(): BuiltAction[] {
  const manifestFile = path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json')
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> }
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, name: entry.exportedName, file: entry.filename, pagePath: pagePathOf(Object.keys(entry.workers)[0]!) }))
}

/** `app/(workspace)/review/claims/[id]/page` → `/review/claims/x`: any value matches a dynamic segment. */
function pagePathOf(worker: string): string {
  const segments = worker.replace(/^app\//, '').replace(/\/page$/, '').split('/')
  return `/${segments.filter((segment) => !/^\(.*\)$/.test(segment)).map((segment) => (segment.startsWith('[') ? 'x' : segment)).join('/')}`
}

/** The result an action answered with (the second line of its Flight payload), or null for none. */
export function actionResult(answer: Answer): Record<string, unknown> | null {
  const line = answer.text.split('\n').find((row) => row.startsWith('1:{'))
  return line ? (JSON.parse(line.slice(2)) as Record<string, unknown>) : null
}

/** Calls an action as our pages do: a form's action with an empty form, a query with `input`. */
export function callAction(action: BuiltAction, options: { cookie?: string; from?: string; headers?: Record<string, string>; form?: FormData; input?: unknown } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'next-action': action.id, origin: BASE_URL, accept: 'text/x-component', ...options.headers }
  if (options.cookie) headers.cookie = options.cookie
  if (options.input !== undefined) {
    return send(action.pagePath, { from: options.from, headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, body: JSON.stringify([options.input]) })
  }
  return sendForm(action.pagePath, options.form ?? new FormData(), { ...options, headers })
}

// The encoder our pages use, as Next ships it.
const { encodeReply } = createRequire(import.meta.url)('next/dist/compiled/react-server-dom-webpack/client.node.js') as {
  encodeReply: (value: unknown) => Promise<string | FormData>
}

/** A form as React encodes a form action's arguments (the previous state, then the form), ready to send. */
export async function encodeForm(form: FormData): Promise<{ contentType: string; body: Buffer }> {
  const response = new Response(await encodeReply([{}, form]))
  return { contentType: response.headers.get('content-type')!, body: Buffer.from(await response.arrayBuffer()) }
}

export async function sendForm(pathname: string, form: FormData, options: { from?: string; headers: Record<string, string> }): Promise<Answer> {
  const { contentType, body } = await encodeForm(form)
  return send(pathname, { from: options.from, headers: { ...options.headers, 'content-type': contentType }, body })
}

/**
 * Records a finding's figure on the test: the security reporter (e2e/security/reporter.ts) prints
 * them all at the end of the run. The test also fails when anything got through.
 */
export function figure(testInfo: TestInfo, finding: string, tally: { attempts: number; successes: number }, unit = 'unauthorized successes') {
  testInfo.annotations.push({ type: 'security', description: `${finding}: ${tally.attempts} attempts, ${tally.successes} ${unit}` })
  expect(tally.attempts, finding).toBeGreaterThan(0)
  expect(tally.successes, `${finding}: ${unit}`).toBe(0)
}

/** Counts attempts and the ones that got through, with what got through, for the failure message. */
export class Tally {
  attempts = 0
  successes = 0
  readonly through: string[] = []

  /** Several attempts at once (payloads on one page, say), with whatever got through. */
  countAll(attempts: number, through: string[]) {
    this.attempts += attempts
    this.successes += through.length
    this.through.push(...through)
  }

  count(gotThrough: boolean, what: string) {
    this.attempts += 1
    if (gotThrough) {
      this.successes += 1
      this.through.push(what)
    }
  }
}
