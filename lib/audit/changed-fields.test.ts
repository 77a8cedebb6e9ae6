import { describe, expect, it } from 'vitest'
import { changedFields, fieldLabel, formatValue } from './changed-fields'

describe('audit entries as readable changes', () => {
  it('labels fields and formats values the way a person reads them', () => {
    expect(fieldLabel('correctionNote')).toBe('Correction note')
    expect(formatValue('2026-11-23T10:15:42.123Z')).toBe('2026-11-23 10:15 UTC')
    expect(formatValue('CHANGES_REQUESTED')).toBe('Changes requested')
    expect(formatValue('PUBLISHED')).toBe('Published')
    expect(formatValue(['“a passage”', '“another” (why)'])).toBe('• “a passage”\n• “another” (why)')
    expect(formatValue({ slug: 'a-claim', lockVersion: 2 })).toBe('Slug: a-claim\nLock version: 2')
    expect(formatValue(null)).toBe('')
  })

  it('lists only the fields that changed, with a word diff', () => {
    const changes = changedFields(
      { status: 'DRAFT', summary: 'At least 545 parents', rationale: 'Same.' },
      { status: 'SUBMITTED', summary: 'At least 611 parents', rationale: 'Same.' },
    )
    expect(changes.map((change) => [change.label, change.before, change.after])).toEqual([
      ['Status', 'Draft', 'Submitted'],
      ['Summary', 'At least 545 parents', 'At least 611 parents'],
    ])
    expect(changes[1]!.parts).toEqual([
      { text: 'At least ', kind: 'same' },
      { text: '545', kind: 'removed' },
      { text: '611', kind: 'added' },
      { text: ' parents', kind: 'same' },
    ])
  })

  it('shows every field of a creation, and fields that were removed', () => {
    expect(changedFields(null, { slug: 'x', text: 'A claim', claimant: null }).map((change) => change.field)).toEqual(['slug', 'text'])
    expect(changedFields({ reviewComment: 'Fix it' }, {}).map((change) => [change.field, change.after])).toEqual([['reviewComment', '']])
  })
})
