// Data for the verdict workflow stories: people with known passwords and a claim of their own with
// a verdict in a chosen state, so each story is independent of the seed and of the other stories;
// and the steps those stories share.
import type { Page, TestInfo } from '@playwright/test'
import type { Db } from '../lib/db'
import type { Role, VerdictStatus } from '../lib/generated/prisma/enums'
import { hashPassword } from '../lib/auth/password'
import { apiLogin, expect, test as base } from './fixtures'

export const PASSWORD = 'a long enough test password'

export type Person = { id: string; email: string; name: string }

export type StoryData = {
  stamp: string
  person: (role: Role, name: string) => Promise<Person>
  /** A claim quoted by two seeded passages, stating one (unpublished) figure. */
  claim: () => Promise<{ id: string; slug: string; text: string; quoteIds: string[] }>
  verdict: (claimId: string, fields: VerdictFields) => Promise<{ id: string }>
  cleanUp: () => Promise<void>
}

type VerdictFields = { status: VerdictStatus; authorId: string; revision?: number; summary?: string; quoteIds: string[]; publishedById?: string }

export function storyData(db: Db, testInfo: TestInfo): StoryData {
  const stamp = `${testInfo.project.name}-${testInfo.workerIndex}-${Date.now()}`
  const people: string[] = []
  const claims: string[] = []
  return {
    stamp,
    async person(role, name) {
      const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${stamp}@claimtrail.test`
      const user = await db.user.create({ data: { email, name: `${name} ${stamp}`, role, passwordHash: await hashPassword(PASSWORD) } })
      people.push(user.id)
      return { id: user.id, email, name: user.name }
    },
    async claim() {
      const quotes = await db.quote.findMany({ where: { appearances: { some: {} } }, orderBy: { id: 'asc' }, take: 2, select: { id: true } })
      const quantity = await db.quantity.findFirstOrThrow({ select: { id: true } })
      const claim = await db.claim.create({
        data: {
          slug: `verdict-story-${stamp}`,
          text: `Claim for the verdict story ${stamp}`,
          appearances: { create: quotes.map((quote) => ({ quoteId: quote.id })) },
          figures: { create: { quantityId: quantity.id, quoteId: quotes[0]!.id, unit: 'people', value: 545, low: 545 } },
        },
        select: { id: true, slug: true, text: true },
      })
      claims.push(claim.id)
      return { ...claim, quoteIds: quotes.map((quote) => quote.id) }
    },
    async verdict(claimId, fields) {
      const isPublished = fields.status === 'PUBLISHED'
      const publishedAt = isPublished ? new Date(Date.now() - 86_400_000) : null
      if (isPublished) {
        await db.claim.update({ where: { id: claimId }, data: { publishedAt } })
        await db.figure.updateMany({ where: { claimId }, data: { publishedAt } })
        await db.appearance.updateMany({ where: { claimId }, data: { publishedAt } })
      }
      return db.verdict.create({
        data: {
          claimId,
          revision: fields.revision ?? 1,
          status: fields.status,
          rating: 'MOSTLY_TRUE',
          summary: fields.summary ?? `Summary of the story verdict ${stamp}`,
          rationale: 'The passages agree on the **count**.',
          authorId: fields.authorId,
          lastEditedById: fields.authorId,
          submittedAt: fields.status === 'DRAFT' ? null : new Date(),
          approvedById: fields.status === 'APPROVED' || isPublished ? fields.publishedById : null,
          approvedAt: fields.status === 'APPROVED' || isPublished ? new Date() : null,
          publishedById: isPublished ? fields.publishedById : null,
          publishedAt,
          evidence: { create: fields.quoteIds.map((quoteId, position) => ({ quoteId, position })) },
          contributors: { create: { userId: fields.authorId, firstChangedAt: new Date(), lastChangedAt: new Date() } },
        },
        select: { id: true },
      })
    },
    async cleanUp() {
      // Figures outlive their claim (SetNull). People stay, disabled: the audit log still names them.
      await db.figure.deleteMany({ where: { claimId: { in: claims } } })
      await db.claim.deleteMany({ where: { id: { in: claims } } })
      await db.user.updateMany({ where: { id: { in: people } }, data: { disabledAt: new Date() } })
    },
  }
}

/** The stories' test: each gets its own data, cleaned up after it. */
export const test = base.extend<{ story: StoryData }>({
  story: async ({ db }, provide, testInfo) => {
    const story = storyData(db, testInfo)
    await provide(story)
    await story.cleanUp()
  },
})

export async function signInAs(page: Page, person: Person) {
  await page.context().clearCookies()
  await apiLogin(page, person.email, PASSWORD)
}

// Next.js adds a route announcer with role=alert of its own, so look inside the page's content.
export const alertIn = (page: Page) => page.getByRole('main').getByRole('alert')
export const statusIn = (page: Page) => page.getByRole('main').getByRole('status')
/** Opens a pending change from the queue of changes waiting for an editor (docs/decisions/016). */
export async function openChange(page: Page, label: string, subject: string) {
  await page.goto('/review/changes')
  const waiting = page.getByRole('region', { name: /Waiting for an editor/ })
  await waiting.getByRole('link', { name: new RegExp(`^${label}: .*${subject}`) }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(label)
}

/** Signs in as `editor` and publishes a pending change from its approve screen. */
export async function publishAs(page: Page, editor: Person, label: string, subject: string) {
  await signInAs(page, editor)
  await openChange(page, label, subject)
  await page.getByRole('button', { name: 'Publish this change' }).click()
  await expect(statusIn(page)).toContainText('The public pages now show it.')
}

export const currentRevision = (page: Page) => page.getByRole('heading', { level: 2, name: /^Revision \d+/ }).first()

/** On a claim's verdict page: rates it, writes it, cites every passage offered, and submits the draft. */
export async function draftAndSubmit(page: Page, verdict: { rating: RegExp; summary: string; rationale: string }) {
  await page.getByRole('radio', { name: verdict.rating }).check()
  await page.getByLabel('Summary').fill(verdict.summary)
  await page.getByLabel('Rationale').fill(verdict.rationale)
  for (const box of await page.getByRole('checkbox').all()) await box.check()
  await page.getByRole('button', { name: 'Create draft' }).click()
  await expect(currentRevision(page)).toContainText('Draft')
  await page.getByRole('button', { name: 'Submit for approval' }).click()
  await expect(currentRevision(page)).toContainText('Submitted for approval')
}

/** Signs in as `editor`, then approves and publishes the claim's submitted verdict. */
export async function approveAndPublish(page: Page, editor: Person, claimId: string) {
  await signInAs(page, editor)
  await page.goto(`/review/claims/${claimId}/verdict`)
  await page.getByRole('button', { name: 'Approve' }).click()
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(currentRevision(page)).toContainText('Published')
}

/** On the verdict page: starts a correction with `note`, rates it Mixed, saves and submits it. */
export async function correctToMixed(page: Page, note: string) {
  await page.getByLabel('Correction note').fill(note)
  await page.getByRole('button', { name: 'Start correction' }).click()
  await expect(currentRevision(page)).toContainText('Revision 2')
  await expect(currentRevision(page)).toContainText('Draft')
  await page.getByRole('radio', { name: /^Mixed/ }).check()
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(statusIn(page)).toHaveText('Draft saved.')
  await page.getByRole('button', { name: 'Submit for approval' }).click()
  await expect(currentRevision(page)).toContainText('Submitted for approval')
}
