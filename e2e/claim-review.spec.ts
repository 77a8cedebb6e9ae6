// Every published claim carries one complete schema.org ClaimReview block and sharing metadata.
import { expect, test } from './fixtures'

test('Every published claim page has exactly one ClaimReview JSON-LD block with all its fields', async ({ page, db }) => {
  test.setTimeout(180_000)
  const claims = await db.claim.findMany({ where: { publishedAt: { not: null } }, select: { slug: true, text: true }, orderBy: { slug: 'asc' } })
  expect(claims.length).toBeGreaterThan(10)
  for (const claim of claims) {
    await page.goto(`/claims/${claim.slug}`)
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    expect(blocks, claim.slug).toHaveLength(1)
    const review = JSON.parse(blocks[0]!)
    expect(review, claim.slug).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: claim.text,
      url: expect.stringMatching(new RegExp(`/claims/${claim.slug}$`)),
      author: { '@type': 'Organization', name: 'Claimtrail' },
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      reviewRating: { '@type': 'Rating', bestRating: 5, worstRating: 1, alternateName: expect.any(String) },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: expect.any(String) },
        datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        firstAppearance: { '@type': 'CreativeWork', url: expect.any(String) },
      },
    })
    expect(review.reviewRating.ratingValue, claim.slug).toBeDefined()
    expect(review.itemReviewed.appearance.length, claim.slug).toBeGreaterThan(0)
  }
})

test('A claim page has a canonical address and Open Graph and Twitter card metadata', async ({ page }) => {
  await page.goto('/claims/at-least-545-parents-not-located-october-2020')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/claims\/at-least-545-parents-not-located-october-2020$/)
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /545 parents/)
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /^Mostly true: /)
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/social-card\.png$/)
  await expect(page.getByRole('banner').or(page.locator('main header')).getByText(/Checked and published/)).toBeVisible()
})

test('An unpublished claim has no ClaimReview: its address is not found', async ({ page, db }) => {
  const draft = await db.claim.findFirstOrThrow({ where: { publishedAt: null }, select: { slug: true } })
  const response = await page.goto(`/claims/${draft.slug}`)
  expect(response?.status()).toBe(404)
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0)
})
