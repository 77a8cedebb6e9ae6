import type { Browser, Page, TestInfo } from '@playwright/test'
import type { Db } from '../lib/db'
import type { Role } from '../lib/generated/prisma/enums'
import { hashPassword } from '../lib/auth/password'
import { apiLogin, DEMO, expect, test } from './fixtures'

const PASSWORD = 'a long enough test password'

const uniqueEmail = (label: string, testInfo: TestInfo) => `${label}-${testInfo.workerIndex}-${Date.now()}@claimtrail.test`

/** An account made straight in the database, for the stories that change one. */
async function makeAccount(db: Db, testInfo: TestInfo, role: Role) {
  const email = uniqueEmail(role.toLowerCase(), testInfo)
  const name = `Test ${role.toLowerCase()} ${Date.now()}`
  const { id } = await db.user.create({ data: { email, name, role, passwordHash: await hashPassword(PASSWORD) }, select: { id: true } })
  return { id, email, name }
}

/** A second browser, signed in as someone else, on its own workspace page. */
async function signedInElsewhere(browser: Browser, testInfo: TestInfo, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL })
  const page = await context.newPage()
  await apiLogin(page, email, PASSWORD)
  await page.goto('/review')
  return page
}

const accountCard = (page: Page, email: string) => page.getByRole('article').filter({ hasText: email })

async function openAccountsAsAdmin(page: Page) {
  await apiLogin(page, DEMO.admin)
  await page.goto('/admin/accounts')
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible()
}

test('An admin creates a reviewer account, who can then sign in', async ({ page, browser, db }, testInfo) => {
  const email = uniqueEmail('created', testInfo)
  const name = `New Reviewer ${Date.now()}`
  try {
    await openAccountsAsAdmin(page)
    await page.getByLabel('Email', { exact: true }).fill(email)
    await page.getByLabel('Name', { exact: true }).fill(name)
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Reviewer' })
    await page.getByLabel('Initial password', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Create account' }).click()

    await expect(page.getByRole('form', { name: 'Create an account' }).getByRole('status')).toHaveText(`Created a Reviewer account for ${email}. Give them the password privately; they can sign in now.`)
    await expect(accountCard(page, email)).toContainText('Reviewer')
    await expect(accountCard(page, email)).toContainText('Enabled')
    await expect(page.getByLabel('Email', { exact: true })).toHaveValue('')

    const theirs = await (await browser.newContext({ baseURL: testInfo.project.use.baseURL })).newPage()
    await theirs.goto('/sign-in')
    await theirs.getByLabel('Email', { exact: true }).fill(email)
    await theirs.getByLabel('Password', { exact: true }).fill(PASSWORD)
    await theirs.getByRole('button', { name: 'Sign in' }).click()
    await expect(theirs).toHaveURL(/\/review$/)
    await expect(theirs.getByRole('heading', { name: `Hello, ${name}` })).toBeVisible()
    await theirs.context().close()
  } finally {
    await db.user.deleteMany({ where: { email } })
  }
})

test('An admin disables an account and its open session is locked out on its next request', async ({ page, browser, db }, testInfo) => {
  const target = await makeAccount(db, testInfo, 'REVIEWER')
  try {
    const theirs = await signedInElsewhere(browser, testInfo, target.email)
    await expect(theirs.getByRole('heading', { name: `Hello, ${target.name}` })).toBeVisible()

    await openAccountsAsAdmin(page)
    const card = accountCard(page, target.email)
    await card.getByText('Disable account…').click()
    await card.getByRole('button', { name: `Yes, disable ${target.name}` }).click()
    await expect(card.getByRole('status')).toContainText(`${target.name} is disabled`)
    await expect(card).toContainText('Disabled since')

    await theirs.reload()
    await expect(theirs).toHaveURL(/\/sign-in\?callbackUrl=%2Freview$/)

    await card.getByRole('button', { name: 'Re-enable account' }).click()
    await expect(card).toContainText('Enabled')
    await apiLogin(theirs, target.email, PASSWORD)
    await theirs.goto('/review')
    await expect(theirs.getByRole('heading', { name: `Hello, ${target.name}` })).toBeVisible()
    await theirs.context().close()
  } finally {
    await db.user.delete({ where: { id: target.id } })
  }
})

test('Changing a reviewer to editor shows the approval queue on their next request', async ({ page, browser, db }, testInfo) => {
  const target = await makeAccount(db, testInfo, 'REVIEWER')
  try {
    const theirs = await signedInElsewhere(browser, testInfo, target.email)
    await expect(theirs.getByText(`Signed in as ${target.email} (Reviewer)`)).toBeVisible()
    await expect(theirs.getByRole('heading', { name: /Awaiting my approval/ })).toHaveCount(0)

    await openAccountsAsAdmin(page)
    const card = accountCard(page, target.email)
    await card.getByLabel(`Role of ${target.name}`).selectOption({ label: 'Editor' })
    await card.getByRole('button', { name: 'Change role' }).click()
    await expect(card.getByRole('status')).toHaveText(`${target.name} is now Editor, from their next request on.`)

    await theirs.reload()
    await expect(theirs.getByText(`Signed in as ${target.email} (Editor)`)).toBeVisible()
    await expect(theirs.getByRole('heading', { name: /Awaiting my approval/ })).toBeVisible()
    await theirs.context().close()
  } finally {
    await db.user.delete({ where: { id: target.id } })
  }
})

test('A reviewer or editor opening /admin/accounts gets a 403 page', async ({ page }) => {
  for (const email of [DEMO.reviewer, DEMO.editor]) {
    await page.context().clearCookies()
    await apiLogin(page, email)
    const response = await page.goto('/admin/accounts')
    expect(response?.status()).toBe(403)
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Accounts' })).toHaveCount(0)
  }
})

test('Wrong or oversized input (bad email, short or guessable password, 300-character name, duplicate email) gets field errors and creates nothing', async ({ page, db }, testInfo) => {
  const longName = `Oversized ${'n'.repeat(290)}`
  const existing = await makeAccount(db, testInfo, 'REVIEWER')
  try {
    await openAccountsAsAdmin(page)
    await page.getByLabel('Email', { exact: true }).fill('not-an-email')
    await page.getByLabel('Name', { exact: true }).fill(longName)
    await page.getByLabel('Initial password', { exact: true }).fill('short')
    await page.getByRole('button', { name: 'Create account' }).click()

    await expect(page.getByRole('form', { name: 'Create an account' }).getByRole('alert')).toHaveText('Check the highlighted fields; nothing was saved.')
    await expect(page.getByLabel('Email', { exact: true })).toHaveAccessibleDescription('Enter a valid email address')
    await expect(page.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(/Use at most 100 characters/)
    await expect(page.getByLabel('Initial password', { exact: true })).toHaveAccessibleDescription(/Use at least 12 characters/)
    // What was typed is still there to correct (the password is typed again).
    await expect(page.getByLabel('Email', { exact: true })).toHaveValue('not-an-email')
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(longName)

    // Long enough, but on every list of common passwords.
    await page.getByLabel('Email', { exact: true }).fill(`guessable-${testInfo.workerIndex}-${Date.now()}@claimtrail.test`)
    await page.getByLabel('Name', { exact: true }).fill('Someone Else')
    await page.getByLabel('Initial password', { exact: true }).fill('password1234')
    await page.getByRole('button', { name: 'Create account' }).click()
    await expect(page.getByLabel('Initial password', { exact: true })).toHaveAccessibleDescription(/This password is too easy to guess/)

    await page.getByLabel('Email', { exact: true }).fill(existing.email.toUpperCase())
    await page.getByLabel('Name', { exact: true }).fill('Someone Else')
    await page.getByLabel('Initial password', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Create account' }).click()
    await expect(page.getByLabel('Email', { exact: true })).toHaveAccessibleDescription('An account with this email already exists')
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Someone Else')

    expect(await db.user.count({ where: { name: { in: [longName, 'Someone Else'] } } })).toBe(0)
    expect(await db.user.findUnique({ where: { email: existing.email }, select: { name: true } })).toEqual({ name: existing.name })
  } finally {
    await db.user.delete({ where: { id: existing.id } })
  }
})
