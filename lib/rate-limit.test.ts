// Sign-in limits, counted in the real database as every app instance would count them.
import { afterAll, describe, expect, it } from 'vitest'
import { getPool } from './db'
import { clientAddress, recordFailedSignIn, recordSuccessfulSignIn, signInRetryAfter } from './rate-limit'

describe.skipIf(!process.env.DATABASE_URL)('sign-in rate limits', () => {
  const stamp = `${Date.now()}-${process.pid}`
  afterAll(async () => {
    await getPool().query(`DELETE FROM rate_limit WHERE key LIKE $1`, [`%${stamp}%`])
    await getPool().end()
  })

  it('blocks an account after 10 failures from any mix of addresses, and only that account', async () => {
    const email = `victim-${stamp}@example.org`
    for (let i = 0; i < 9; i++) await recordFailedSignIn({ email, address: `10.0.${i}.1-${stamp}` })
    expect(await signInRetryAfter({ email, address: `10.9.9.9-${stamp}` })).toBe(0)
    await recordFailedSignIn({ email: email.toUpperCase(), address: `10.0.10.1-${stamp}` })
    const wait = await signInRetryAfter({ email, address: `10.9.9.9-${stamp}` })
    expect(wait).toBeGreaterThan(14 * 60)
    expect(wait).toBeLessThanOrEqual(15 * 60)
    expect(await signInRetryAfter({ email: `bystander-${stamp}@example.org`, address: `10.9.9.9-${stamp}` })).toBe(0)
  })

  it('blocks an address after 30 failures across accounts', async () => {
    const address = `192.0.2.1-${stamp}`
    for (let i = 0; i < 30; i++) await recordFailedSignIn({ email: `guess-${i}-${stamp}@example.org`, address })
    expect(await signInRetryAfter({ email: `fresh-${stamp}@example.org`, address })).toBeGreaterThan(0)
    expect(await signInRetryAfter({ email: `fresh-${stamp}@example.org`, address: `192.0.2.2-${stamp}` })).toBe(0)
  })

  it('forgets an account’s failures after a successful sign-in', async () => {
    const email = `forgetful-${stamp}@example.org`
    for (let i = 0; i < 9; i++) await recordFailedSignIn({ email, address: null })
    await recordSuccessfulSignIn({ email, address: null })
    await recordFailedSignIn({ email, address: null })
    expect(await signInRetryAfter({ email, address: null })).toBe(0)
  })

  it('takes the address the nearest proxy saw', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7' }))).toBe('198.51.100.7')
    expect(clientAddress(new Headers())).toBeNull()
  })
})
