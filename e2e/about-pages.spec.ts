import { apiLogin, DEMO, expect, test } from './fixtures'

test('A visitor reads the rating scale and how verdicts are checked on the methodology page', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Methodology' }).click()
  await expect(page).toHaveURL(/\/methodology$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Methodology' })).toBeVisible()
  const scale = page.getByRole('region', { name: 'The rating scale' })
  for (const label of ['True', 'Mostly true', 'Mixed', 'Mostly false', 'False', 'Unproven']) {
    await expect(scale.getByText(label, { exact: true })).toBeVisible()
  }
  await expect(page.getByRole('heading', { name: 'Review and approval' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Corrections' })).toBeVisible()
})

test('A visitor sees every published correction, newest first, each linking to its claim', async ({ page, db }) => {
  const corrections = await db.verdict.findMany({
    where: { status: 'PUBLISHED', revision: { gt: 1 }, correctionNote: { not: null }, claim: { publishedAt: { not: null } } },
    orderBy: { publishedAt: 'desc' },
    select: { correctionNote: true, claim: { select: { slug: true, text: true } } },
  })
  expect(corrections.length).toBeGreaterThan(0)
  await page.goto('/corrections')
  const items = page.getByRole('list', { name: 'Corrections, newest first' }).getByRole('listitem')
  await expect(items).toHaveCount(corrections.length)
  await expect(items.first()).toContainText(corrections[0]!.correctionNote!)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/corrections$/)
  // One page holds them all: no page links, and a page past the last (or no page at all) is not found.
  await expect(page.getByRole('navigation', { name: 'Pages of corrections' })).toHaveCount(0)
  for (const path of ['/corrections?page=2', '/corrections?page=0', '/corrections?page=two']) expect((await page.request.get(path)).status(), path).toBe(404)
  await items.first().getByRole('link', { name: corrections[0]!.claim.text }).click()
  await expect(page).toHaveURL(new RegExp(`/claims/${corrections[0]!.claim.slug}$`))
})

test('A visitor suggests a claim without an account, and a reviewer takes it up', async ({ page, db }, testInfo) => {
  const claimText = `The town's budget doubled in a year (${testInfo.project.name}-${Date.now()})`
  try {
    await page.goto('/about')
    await page.getByRole('main').getByRole('link', { name: 'request form' }).click()
    await expect(page).toHaveURL(/\/suggest$/)

    await page.getByRole('button', { name: 'Send request' }).click()
    await expect(page.getByText('Write the claim you would like us to check')).toBeVisible()
    await page.getByLabel('The claim you would like us to check').fill(claimText)
    await page.getByLabel('Your email').fill('not an address')
    await page.getByRole('button', { name: 'Send request' }).click()
    await expect(page.getByText('Enter an email address such as name@example.org, or leave it empty')).toBeVisible()
    await expect(page.getByLabel('The claim you would like us to check')).toHaveValue(claimText)
    expect(await db.checkRequest.count({ where: { claimText } })).toBe(0)

    await page.getByLabel('Your email').fill('')
    await page.getByLabel('Where you saw it').fill('A council leaflet, November')
    await page.getByRole('button', { name: 'Send request' }).click()
    await expect(page.getByRole('status')).toContainText('Your request is with our reviewers')
    await expect(page.getByLabel('The claim you would like us to check')).toHaveValue('')

    await apiLogin(page, DEMO.reviewer)
    await page.goto('/review/requests')
    const card = page.getByRole('list', { name: 'New requests, oldest first' }).getByRole('listitem').filter({ hasText: claimText })
    await expect(card).toContainText('A council leaflet, November')
    await card.getByRole('button', { name: 'Take up' }).click()
    await expect(page.getByRole('list', { name: 'Recently decided requests' }).getByRole('listitem').filter({ hasText: claimText })).toContainText('Taken up')
  } finally {
    await db.checkRequest.deleteMany({ where: { claimText } })
  }
})

test('A visitor cannot open the requests queue', async ({ page }) => {
  await page.goto('/review/requests')
  await expect(page).toHaveURL(/\/sign-in/)
})
