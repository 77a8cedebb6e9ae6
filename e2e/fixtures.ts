import { test as base, expect, type Browser, type Page } from '@playwright/test'
import { connectDb, type Db } from '../lib/db'

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'claimtrail-demo'

export const DEMO = {
  reviewer: 'reviewer@claimtrail.test',
  editor: 'editor@claimtrail.test',
  admin: 'admin@claimtrail.test',
} as const

/** Signs in through Auth.js' own endpoints, as the form would, without driving the form. */
export async function apiLogin(page: Page, email: string, password = DEMO_PASSWORD) {
  const csrf = await page.request.get('/api/auth/csrf')
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await page.request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, callbackUrl: '/review' },
  })
  expect(response.ok()).toBe(true)
}

/** A visitor's page in a context of its own, so the team's cookies never reach it. */
export async function visitor(browser: Browser) {
  const context = await browser.newContext()
  return { page: await context.newPage(), close: () => context.close() }
}

/**
 * Deletes the quotes a test made in the given sources since `since` that nothing uses any more.
 * Scoped to those sources so that parallel tests never lose a quote they are still working with.
 */
export async function removeUnusedQuotes(db: Db, sourceIds: string[], since: Date) {
  await db.quote.deleteMany({
    where: { createdAt: { gte: since }, snapshot: { sourceId: { in: sourceIds } }, appearances: { none: {} }, figures: { none: {} }, evidence: { none: {} } },
  })
}

type Fixtures = { db: Db }

export const test = base.extend<object, Fixtures>({
  db: [
    async ({}, use) => {
      const db = connectDb(process.env.DATABASE_URL!)
      await use(db)
      await db.$disconnect()
    },
    { scope: 'worker' },
  ],
})

export { expect }
