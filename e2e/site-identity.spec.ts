// The site introduces itself: an icon in the tab, a web manifest whose icons load, and a social
// card on every page that a shared link shows.
import { expect, test } from './fixtures'

test('Every page has the site’s icon and social card, and the manifest’s icons load', async ({ page, request }) => {
  const icon = await request.get('/favicon.ico')
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toMatch(/image\//)

  const manifest = await request.get('/manifest.webmanifest')
  expect(manifest.status()).toBe(200)
  const { name, icons } = (await manifest.json()) as { name: string; icons: Array<{ src: string }> }
  expect(name).toBe('Claimtrail')
  expect(icons.length).toBeGreaterThanOrEqual(3)
  for (const { src } of icons) expect((await request.get(src)).status(), src).toBe(200)

  await page.goto('/')
  const claimLink = page.getByRole('list', { name: 'Latest published claims' }).getByRole('link').first()
  for (const path of ['/', '/about']) {
    await page.goto(path)
    const card = await page.locator('meta[property="og:image"]').getAttribute('content')
    expect(card, path).toMatch(/\/social-card\.png$/)
    expect((await request.get(new URL(card!).pathname)).status()).toBe(200)
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest')
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/apple-touch-icon.png')
  }
  await page.goto('/')
  await claimLink.click()
  await expect(page).toHaveURL(/\/claims\//)
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/social-card\.png$/)
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
})
