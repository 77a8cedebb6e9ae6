import { expect, test } from './fixtures'

test('A visitor searches for "545" from the home page and reaches the claim', async ({ page }) => {
  await page.goto('/')
  const box = page.getByRole('search', { name: 'Search claims, sources and figures' })
  await box.getByRole('searchbox').fill('545')
  await box.getByRole('button', { name: 'Search' }).click()

  await expect(page).toHaveURL(/\/search\?q=545$/)
  await expect(page.getByRole('status')).toContainText('for “545”')
  const claims = page.getByRole('list', { name: 'Claims found' })
  await expect(claims.locator('mark').first()).toHaveText('545')
  await expect(page.getByRole('list', { name: 'Sources found' })).toContainText('DOJ watchdog report')

  // Other stories publish claims about 545 parents of their own while this one runs.
  await claims.getByRole('link', { name: /^At least 545 parents separated from their children/ }).click()
  await expect(page).toHaveURL(/\/claims\/at-least-545-parents-not-located-october-2020$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('At least 545 parents')
})

test('A visitor can search from the header of any page', async ({ page }) => {
  await page.goto('/claims/at-least-545-parents-not-located-october-2020')
  const box = page.getByRole('search', { name: 'Search Claimtrail' })
  await box.getByRole('searchbox').fill('prosecutions')
  await box.getByRole('searchbox').press('Enter')
  await expect(page).toHaveURL(/\/search\?q=prosecutions$/)
  await expect(page.getByRole('heading', { name: 'Claims' })).toBeVisible()
})

test('A visitor who misspells "separated children" still finds those claims, and is told which words were used', async ({ page }) => {
  await page.goto('/search?q=separted+chidlren')
  await expect(page.getByRole('status')).toContainText('close spellings')
  await expect(page.getByRole('status')).toContainText('“chidlren” as “children”')
  await expect(page.getByRole('list', { name: 'Claims found' }).getByRole('link', { name: /parents of 611 separated children/ })).toBeVisible()
})

test('A visitor whose words differ from the claim\'s still finds it, and sees which word it lacks', async ({ page }) => {
  await page.goto('/search?q=CBP+referrals+grew+from+march+to+june')
  await expect(page.getByRole('status')).toContainText('None has every word: these have most of them.')
  const claim = page.getByRole('list', { name: 'Claims found' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: /CBP referrals for federal prosecution/ }) })
  await expect(claim).toContainText('Missing: “grew”')
})

test('A search that matches nothing says so, and offers a way on', async ({ page }) => {
  await page.goto('/search?q=xylophonic+zeppelins')
  await expect(page.getByRole('heading', { name: 'No results for “xylophonic zeppelins”' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'See the latest checked claims' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Claims found' })).toHaveCount(0)
})

test('A visitor narrows a search by rating, then by source', async ({ page }) => {
  await page.goto('/search?q=children')
  const claims = page.getByRole('list', { name: 'Claims found' }).getByRole('listitem')
  const everything = await claims.count()
  expect(everything).toBeGreaterThan(1)

  await page.getByLabel('Rating', { exact: true }).selectOption({ label: 'True' })
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/[?&]rating=TRUE(&|$)/)
  const rated = await claims.count()
  expect(rated).toBeGreaterThan(0)
  expect(rated).toBeLessThan(everything)
  for (const claim of await claims.all()) await expect(claim.locator('[data-rating]')).toHaveText('True')
  await expect(page.getByRole('heading', { name: 'Sources' })).toHaveCount(0)

  await page.getByLabel('Rating', { exact: true }).selectOption({ label: 'Any rating' })
  await page.getByLabel('Source', { exact: true }).selectOption({ label: 'The Spike in Immigration Prosecutions Is Causing Other Crimes to Go Unpunished' })
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/[?&]source=[a-z0-9]+(&|$)/)
  await expect(page.getByRole('list', { name: 'Sources found' }).getByRole('listitem')).toHaveCount(1)
  await expect(page.getByRole('list', { name: 'Sources found' })).toContainText('The Spike in Immigration Prosecutions')

  await page.getByRole('link', { name: 'Clear filters' }).click()
  await expect(page).toHaveURL(/\/search\?q=children$/)
  await expect(claims).toHaveCount(everything)
})
