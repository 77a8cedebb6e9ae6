import { describe, expect, it } from 'vitest'
import { claimListQuerySchema } from '../validations/api'
import { decodeCursor, encodeCursor } from './cursor'

describe('claim list cursor', () => {
  it('reads back what it wrote', () => {
    const cursor = { publishedAt: new Date('2021-01-14T10:20:30.456Z'), slug: 'at-least-545-parents' }
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor)
  })

  it('refuses anything it did not write', () => {
    for (const text of ['', 'abc', Buffer.from('[1,2]').toString('base64url'), Buffer.from('["not a date","x"]').toString('base64url'), Buffer.from('["2021-01-01T00:00:00Z","Not A Slug"]').toString('base64url'), ...['-271821-04-20T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', '2021-02-30T00:00:00.000Z', '2021-01-01'].map((at) => Buffer.from(JSON.stringify([at, 'a-slug'])).toString('base64url'))]) {
      expect(decodeCursor(text), text).toBeNull()
    }
  })
})

describe('claimListQuerySchema', () => {
  const parse = (query: string) => claimListQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(query)))

  it('defaults to 20 and allows up to 100', () => {
    expect(parse('')).toMatchObject({ success: true, data: { limit: 20 } })
    expect(parse('limit=100&utm_source=x')).toMatchObject({ success: true, data: { limit: 100 } })
  })

  it('refuses a limit out of range or not a whole number, and a forged cursor', () => {
    for (const query of ['limit=0', 'limit=101', 'limit=2.5', 'limit=ten', 'limit=', 'cursor=forged']) {
      expect(parse(query).success, query).toBe(false)
    }
  })
})
