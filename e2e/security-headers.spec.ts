// Issue 12: every response carries a Content-Security-Policy that loads nothing from other hosts
// and forbids framing; team pages allow only scripts with that request's nonce. Pages still work
// under it: the browser reports no refused script, style or image.
import type { Page } from '@playwright/test'
import { apiLogin, DEMO, expect, test } from './fixtures'

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
