import { apiLogin, DEMO, DEMO_PASSWORD, expect, test } from './fixtures'

test('A visitor who opens the workspace is sent to sign in, then comes back to it', async ({ page }) => {
  await page.goto('/review')
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Freview$/)

  await page.getByLabel('Email').fill(DEMO.reviewer)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()

  await expect(page).toHaveURL(/\/review$/)
  await expect(page.getByRole('heading', { name: /Hello,/ })).toBeVisible()
  await expect(page.getByText(`Signed in as ${DEMO.reviewer} (Reviewer)`)).toBeVisible()
  await expect(page.getByRole('heading', { name: /My drafts/ })).toBeVisible()
})

test('A wrong password gets a clear error that does not say whether the account exists', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(DEMO.reviewer)
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  const error = page.locator('form').getByRole('alert')
  await expect(error).toHaveText('That email and password do not match an active account.')

  await page.getByLabel('Email').fill('nobody@claimtrail.test')
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(error).toHaveText('That email and password do not match an active account.')
  await expect(page).toHaveURL(/\/sign-in/)
})

test('An empty form gets field errors', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText('Enter a valid email address')).toBeVisible()
  await expect(page.getByText('Enter your password')).toBeVisible()
})

test('An editor sees the verdicts awaiting their approval, and can sign out', async ({ page }) => {
  await apiLogin(page, DEMO.editor)
  await page.goto('/review')
  await expect(page.getByRole('heading', { name: /Awaiting my approval/ })).toBeVisible()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/$/)
  await page.goto('/review')
  await expect(page).toHaveURL(/\/sign-in/)
})

test('Repeated wrong passwords for one account are slowed down, with the same answer for an unknown email', async ({ page }, testInfo) => {
  // The limit that trips is the one for this account at this address; the email is this run's own.
  // (X-Forwarded-For would change nothing: the tests trust no proxy. e2e/security/accounts.spec.ts
  // replays that attack from an address of its own.)
  const email = `nobody-${testInfo.project.name}-${Date.now()}@claimtrail.test`
  await page.goto('/sign-in')
  const error = page.locator('form').getByRole('alert')
  const attempt = async (password: string) => {
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    // Wait for the server's answer each time: the alert text stays the same between attempts.
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/sign-in')), page.getByRole('button', { name: 'Sign in' }).click()])
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled()
  }
  for (let i = 1; i <= 10; i++) {
    await attempt(`wrong password ${i}`)
    await expect(error).toHaveText('That email and password do not match an active account.')
  }
  await attempt('wrong password 11')
  await expect(error).toHaveText(/Too many failed sign-ins/)
})
