import { hashPassword } from '../lib/auth/password'
import { apiLogin, expect, test } from './fixtures'

test('A disabled account is locked out at once, even with a session already open', async ({ page, db }, testInfo) => {
  const email = `disabled-${testInfo.workerIndex}-${Date.now()}@claimtrail.test`
  const password = 'a long enough test password'
  const user = await db.user.create({
    data: { email, name: 'Soon Disabled', role: 'REVIEWER', passwordHash: await hashPassword(password) },
    select: { id: true },
  })
  try {
    await apiLogin(page, email, password)
    await page.goto('/review')
    await expect(page.getByRole('heading', { name: 'Hello, Soon Disabled' })).toBeVisible()

    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } })
    await page.reload()
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Freview$/)
  } finally {
    await db.user.delete({ where: { id: user.id } })
  }
})
