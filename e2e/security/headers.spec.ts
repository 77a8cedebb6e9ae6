// Issue 12: every response carries a Content-Security-Policy that loads nothing from other hosts
// and forbids framing; team pages allow only scripts with that request's nonce. Pages still work
// under it: the browser reports no refused script, style or image. Google's CSP Evaluator grades
// each page's policy (MDN's HTTP Observatory cannot be installed here: an install script of one of
// its dependencies downloads certificates from the internet).
import type { Page } from '@playwright/test'
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js'
import { Severity } from 'csp_evaluator/dist/finding.js'
import { CspParser } from 'csp_evaluator/dist/parser.js'
import { apiLogin, DEMO, DEMO_PASSWORD, expect, test } from '../fixtures'
import { figure, send, signIn, Tally } from './attack'

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1]

/** Console messages in which Chromium says it refused something under the policy. */
function refusals(page: Page) {
  const seen: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text())
  })
  return seen
}

test('Public pages load nothing from elsewhere and cannot be framed; team pages run only their own nonce’s scripts', async ({ page, request }) => {
  const home = await request.get('/')
  const publicPolicy = home.headers()['content-security-policy']
  expect(publicPolicy).toContain("frame-ancestors 'none'")
  expect(publicPolicy).toContain("img-src 'self' data: blob:")
  expect(publicPolicy).toContain("object-src 'none'")
  expect(nonceOf(publicPolicy)).toBeUndefined()
  expect(home.headers()['permissions-policy']).toContain('camera=()')
  expect(home.headers()['x-content-type-options']).toBe('nosniff')

  const first = (await request.get('/sign-in')).headers()['content-security-policy']
  const second = (await request.get('/sign-in')).headers()['content-security-policy']
  expect(first).toContain("'strict-dynamic'")
  expect(first).not.toContain("'unsafe-inline' 'strict") // scripts: nonce only
  expect(nonceOf(first)).toBeTruthy()
  expect(nonceOf(first)).not.toBe(nonceOf(second))

  const refused = refusals(page)
  await page.goto('/')
  await expect(page.getByRole('list', { name: 'Latest published claims' })).toBeVisible()
  await apiLogin(page, DEMO.editor)
  const response = await page.goto('/review')
  const nonce = nonceOf(response?.headers()['content-security-policy'])
  expect(nonce).toBeTruthy()
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0)
  // Hydrated: a client-side control works.
  await page.getByRole('searchbox', { name: 'Search Claimtrail' }).fill('separated')
  await page.getByRole('searchbox', { name: 'Search Claimtrail' }).press('Enter')
  await expect(page).toHaveURL(/\/search\?q=separated/)
  expect(refused).toEqual([])
})

/** What CSP Evaluator finds wrong with a policy, worst first: high, syntax and medium findings. */
function weaknesses(policy: string) {
  const findings = new CspEvaluator(new CspParser(policy).csp).evaluate()
  return findings.filter((finding) => finding.severity <= Severity.MEDIUM).map((finding) => `${finding.directive}: ${finding.description}`)
}

/**
 * The one weakness public pages accept: cached pages are shared between readers, so they cannot
 * carry a nonce, and Next's inline bootstrap needs 'unsafe-inline' (docs/decisions/018). What they
 * show is escaped (e2e/security/injection.spec.ts); their policy still loads nothing from elsewhere.
 */
const PUBLIC_ACCEPTED = "script-src: 'unsafe-inline' allows the execution of unsafe in-page scripts and event handlers."

test('Every kind of page sends the security headers, and CSP Evaluator finds no weakness in team pages’ policy', async ({}, testInfo) => {
  const { cookie } = await signIn(DEMO.editor, DEMO_PASSWORD)
  const pages = [
    { path: '/', isTeam: false }, { path: '/search?q=tax', isTeam: false }, { path: '/quantities', isTeam: false }, { path: '/about', isTeam: false },
    { path: '/claims/no-such-claim', isTeam: false }, { path: '/api/v1/claims', isTeam: false }, { path: '/feed.xml', isTeam: false }, { path: '/api/health', isTeam: false },
    { path: '/sign-in', isTeam: true }, { path: '/review', isTeam: true }, { path: '/review/claims', isTeam: true }, { path: '/review/sources/new', isTeam: true }, { path: '/admin/accounts', isTeam: true },
  ]
  const tally = new Tally()
  for (const { path, isTeam } of pages) {
    const answer = await send(path, { headers: { cookie: cookie! } })
    const headers = answer.headers as Record<string, string>
    const policy = headers['content-security-policy'] ?? ''
    const found = weaknesses(policy).filter((weakness) => isTeam || weakness !== PUBLIC_ACCEPTED)
    tally.countAll(1, found.map((weakness) => `${path}: ${weakness}`))
    const missing = [
      policy.includes("frame-ancestors 'none'") ? null : 'frame-ancestors',
      policy.includes("img-src 'self' data: blob:") ? null : 'img-src',
      headers['x-content-type-options'] === 'nosniff' ? null : 'X-Content-Type-Options',
      headers['x-frame-options'] === 'DENY' ? null : 'X-Frame-Options',
      headers['referrer-policy'] === 'strict-origin-when-cross-origin' ? null : 'Referrer-Policy',
      headers['permissions-policy']?.includes('camera=()') ? null : 'Permissions-Policy',
      !isTeam || /'nonce-[A-Za-z0-9+/=]{16,}'/.test(policy) ? null : 'a nonce',
    ].filter((name) => name !== null)
    tally.countAll(1, missing.map((name) => `${path}: no ${name}`))
  }
  // The session cookie cannot be read by scripts nor sent by other sites' forms.
  const { answer } = await signIn(DEMO.reviewer, DEMO_PASSWORD)
  const sessionCookie = ([answer.headers['set-cookie'] ?? []].flat() as string[]).find((line) => line.startsWith('authjs.session-token='))!
  tally.count(!/HttpOnly/i.test(sessionCookie) || !/SameSite=Lax/i.test(sessionCookie), `session cookie: ${sessionCookie.replace(/=[^;]+/, '=…')}`)
  expect(tally.through).toEqual([])
  figure(testInfo, 'Security headers and CSP Evaluator (high and medium findings; public pages’ inline scripts accepted)', tally, 'weaknesses')
})
