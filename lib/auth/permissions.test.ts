import { describe, expect, it } from 'vitest'
import { can, PERMISSIONS } from './permissions'

describe('permissions', () => {
  it('lets reviewers draft and submit verdicts but not approve or publish them', () => {
    expect(can('REVIEWER', 'verdict.draft')).toBe(true)
    expect(can('REVIEWER', 'verdict.submit')).toBe(true)
    expect(can('REVIEWER', 'verdict.approve')).toBe(false)
    expect(can('REVIEWER', 'verdict.publish')).toBe(false)
  })

  it('gives editors everything reviewers have, plus approval and corrections, but not accounts', () => {
    for (const [permission, roles] of Object.entries(PERMISSIONS)) {
      if ((roles as readonly string[]).includes('REVIEWER')) expect(can('EDITOR', permission as keyof typeof PERMISSIONS)).toBe(true)
    }
    expect(can('EDITOR', 'verdict.correct')).toBe(true)
    expect(can('EDITOR', 'user.manage')).toBe(false)
  })

  it('gives admins every permission', () => {
    for (const permission of Object.keys(PERMISSIONS)) {
      expect(can('ADMIN', permission as keyof typeof PERMISSIONS)).toBe(true)
    }
  })
})
