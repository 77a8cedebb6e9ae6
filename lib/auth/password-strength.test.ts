import { describe, expect, it } from 'vitest'
import { userCreateSchema } from '../validations/user'
import { passwordWeakness } from './password-strength'

const account = { email: 'ada.lovelace@example.org', name: 'Ada Lovelace', role: 'EDITOR' }

describe('new passwords', () => {
  it.each(['aaaaaaaaaaaa', 'password1234', '            ', 'qwertyuiop12', '123456789012'])('refuses %j, long enough but guessable', (password) => {
    expect(passwordWeakness(password)).toMatch(/too easy to guess/)
  })

  it('refuses a password made of the account’s own words', () => {
    const parsed = userCreateSchema.safeParse({ ...account, password: 'adalovelace1815' })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['password'], message: expect.stringMatching(/too easy to guess/) })
  })

  it('accepts a phrase of unrelated words', () => {
    expect(passwordWeakness('correct horse battery staple')).toBeNull()
    expect(userCreateSchema.safeParse({ ...account, password: 'violet engine harbour quietly' }).success).toBe(true)
  })
})
