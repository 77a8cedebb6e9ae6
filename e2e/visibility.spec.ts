import { expect, test } from './fixtures'

test('A visitor cannot open a draft claim, and does not see it listed', async ({ page, db }) => {
  const draft = await db.claim.findFirstOrThrow({
    where: { publishedAt: null, verdicts: { some: { status: 'DRAFT' } } },
    select: { slug: true, text: true },
  })
  const response = await page.goto(`/claims/${draft.slug}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await expect(page.getByText(draft.text)).toHaveCount(0)

  await page.goto('/')
  await expect(page.getByRole('link', { name: draft.text })).toHaveCount(0)
})

test('A verdict awaiting approval is not public', async ({ page, db }) => {
  const submitted = await db.claim.findFirstOrThrow({
    where: { publishedAt: null, verdicts: { some: { status: 'SUBMITTED' } } },
    select: { slug: true },
  })
  const response = await page.goto(`/claims/${submitted.slug}`)
  expect(response?.status()).toBe(404)
})

test('Unknown and malformed addresses get a clear "not found", never an error page', async ({ page }) => {
  for (const path of ['/claims/no-such-claim', '/claims/NOT%20a%20slug', '/sources/not-an-id', '/sources/c0000000000000000000000000', '/nowhere']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  }
})

test('The health check reports the database', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(await response.json()).toMatchObject({ status: 'ok', database: { state: 'up' } })
})
