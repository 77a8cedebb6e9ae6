// Sign-in limits, counted in the real database as every app instance would count them.
import { afterAll, describe, expect, it } from 'vitest'
import { getPool } from '../db'
import { beginSignIn, signInSucceeded } from './rate-limit'

describe('sign-in rate limits', () => {
  const stamp = `${Date.now()}-${process.pid}`
  afterAll(async () => {
    await getPool().query(`DELETE FROM rate_limit WHERE key LIKE $1`, [`%${stamp}%`])
    await getPool().end()
  })

  it('allows 10 attempts per account from one address, then refuses that address only: the owner elsewhere still signs in', async () => {
    const email = `victim-${stamp}@example.org`
    const attacker = `10.0.0.1-${stamp}`
    for (let i = 0; i < 10; i++) expect(await beginSignIn({ email: i % 2 ? email.toUpperCase() : email, address: attacker })).toBe(true)
    expect(await beginSignIn({ email, address: attacker })).toBe(false)
    expect(await beginSignIn({ email, address: `10.9.9.9-${stamp}` })).toBe(true)
    expect(await beginSignIn({ email: `bystander-${stamp}@example.org`, address: attacker })).toBe(true)
  })

  it('slows a guesser with many addresses: 100 attempts an hour per account from anywhere', async () => {
    const email = `popular-${stamp}@example.org`
    const results = []
    for (let i = 0; i < 101; i++) results.push(await beginSignIn({ email, address: `10.2.${i}.1-${stamp}` }))
    expect(results.filter(Boolean)).toHaveLength(100)
    expect(results.at(-1)).toBe(false)
  })

  it('counts parallel attempts one by one, so a burst cannot slip past the limit', async () => {
    const email = `burst-${stamp}@example.org`
    const results = await Promise.all(Array.from({ length: 25 }, () => beginSignIn({ email, address: `10.1.0.1-${stamp}` })))
    expect(results.filter(Boolean)).toHaveLength(10)
  })

  it('allows 30 attempts per address across accounts, then refuses that address only', async () => {
    const address = `192.0.2.1-${stamp}`
    for (let i = 0; i < 30; i++) expect(await beginSignIn({ email: `guess-${i}-${stamp}@example.org`, address })).toBe(true)
    expect(await beginSignIn({ email: `fresh-${stamp}@example.org`, address })).toBe(false)
    expect(await beginSignIn({ email: `fresh2-${stamp}@example.org`, address: `192.0.2.2-${stamp}` })).toBe(true)
  })

  it('forgets an account’s failures after a successful sign-in', async () => {
    const email = `forgetful-${stamp}@example.org`
    for (let i = 0; i < 9; i++) await beginSignIn({ email, address: null })
    await signInSucceeded({ email, address: null })
    for (let i = 0; i < 10; i++) expect(await beginSignIn({ email, address: null })).toBe(true)
  })

})
