// Issue 12: a session can be ended. A copied session cookie stops working after its owner signs
// out, after an admin disables the account (and re-enabling it does not bring the cookie back),
// and after an admin's "sign out everywhere".
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { apiLogin, DEMO, expect, test } from './fixtures'
import { PASSWORD, storyData } from './verdict-data'

/** Opens /review with nothing but the copied cookies, as whoever copied them would. */
async function replay(browser: Browser, cookies: Awaited<ReturnType<BrowserContext['cookies']>>) {
  const context = await browser.newContext()
  await context.addCookies(cookies)
  const page = await context.newPage()
  await page.goto('/review')
  const url = page.url()
  await context.close()
  return url
}

const accountCard = (page: Page, name: string) => page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name }) })

test('A copied session cookie stops working once its owner signs out', async ({ page, db, browser }, testInfo) => {
  const story = storyData(db, testInfo)
  try {
    const person = await story.person('REVIEWER', 'Session Owner')
    await apiLogin(page, person.email, PASSWORD)
    await page.goto('/review')
    await expect(page.getByRole('heading', { name: `Hello, ${person.name}` })).toBeVisible()
    const copied = await page.context().cookies()
    expect(await replay(browser, copied)).toMatch(/\/review$/)

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/$/)
    expect(await replay(browser, copied)).toMatch(/\/sign-in\?callbackUrl=%2Freview$/)
  } finally {
    await story.cleanUp()
  }
})

test('Disabling an account ends its sessions for good; an admin can also sign an account out everywhere', async ({ page, db, browser }, testInfo) => {
  const story = storyData(db, testInfo)
  const other = await browser.newContext()
  try {
    const person = await story.person('REVIEWER', 'Session Victim')
    const theirs = await other.newPage()
    await apiLogin(theirs, person.email, PASSWORD)
    const copied = await other.cookies()
    expect(await replay(browser, copied)).toMatch(/\/review$/)

    await apiLogin(page, DEMO.admin)
    await page.goto('/admin/accounts')
    const card = accountCard(page, person.name)
    await card.getByText('Disable account…').click()
    await card.getByRole('button', { name: `Yes, disable ${person.name}` }).click()
    await expect(card).toContainText('Disabled since')
    await card.getByRole('button', { name: 'Re-enable account' }).click()
    await expect(card).toContainText('Enabled')
    expect(await replay(browser, copied)).toMatch(/\/sign-in/)

    // Signed in again in two browsers; "sign out everywhere" ends both.
    await apiLogin(theirs, person.email, PASSWORD)
    const again = await other.cookies()
    const second = await browser.newContext()
    await apiLogin(await second.newPage(), person.email, PASSWORD)
    const elsewhere = await second.cookies()
    await second.close()
    expect(await replay(browser, again)).toMatch(/\/review$/)
    await card.getByRole('button', { name: /^Sign out everywhere/ }).click()
    await expect(card.getByRole('status').filter({ hasText: 'Ended' })).toHaveText(`Ended 2 open sessions of ${person.name}: they must sign in again.`)
    expect(await replay(browser, again)).toMatch(/\/sign-in/)
    expect(await replay(browser, elsewhere)).toMatch(/\/sign-in/)
  } finally {
    await other.close()
    await story.cleanUp()
  }
})
