import { describe, expect, it } from 'vitest'
import { safeReturnPath } from './return-path'

describe('safeReturnPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeReturnPath('/review/claims/abc?tab=notes#n1')).toBe('/review/claims/abc?tab=notes#n1')
    expect(safeReturnPath('/review/claims/%E2%80%9Cquoted%E2%80%9D')).toBe('/review/claims/%E2%80%9Cquoted%E2%80%9D')
  })

  it.each([
    ['//evil.example/x'],
    ['/\t/evil.example/x'],
    ['/\t\\evil.example'],
    ['/\\evil.example'],
    ['/\n/evil.example'],
    ['/\r\n/evil.example'],
    ['\t//evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['evil.example'],
    [''],
    [`/${'a'.repeat(2001)}`],
  ])('sends %j to the fallback, never off-site', (value) => {
    expect(safeReturnPath(value)).toBe('/review')
  })

  it('refuses what is not text', () => {
    expect(safeReturnPath(null)).toBe('/review')
    expect(safeReturnPath(['/review/claims'])).toBe('/review')
  })
})
