import { describe, expect, it } from 'vitest'
import { pairRow, quantityRelationRows, toComparable, type ComparedRow } from './comparable'

/** A Decimal column as Prisma returns it: only toNumber() is read. */
const decimal = (n: number) => ({ toNumber: () => n }) as unknown as NonNullable<ComparedRow['value']>
const JANUARY = { periodStart: new Date('2021-01-01T00:00:00Z'), periodEnd: new Date('2021-01-31T00:00:00Z') }

function row(id: string, value: number): ComparedRow {
  return { id, qualifier: 'EXACT', value: decimal(value), low: decimal(value), high: decimal(value), unit: 'children', ...JANUARY }
}

describe('toComparable', () => {
  it('reads Decimal columns as numbers and keeps the rest', () => {
    expect(toComparable({ ...row('f1', 545), high: null })).toEqual({ id: 'f1', qualifier: 'EXACT', value: 545, low: 545, high: null, unit: 'children', ...JANUARY })
  })
})

describe('quantityRelationRows', () => {
  it('relates every pair once, the lower id first, and finds the figure that disagrees', () => {
    const figures = [row('a', 611), row('b', 611), row('c', 700)].map(toComparable)
    const rows = quantityRelationRows('q', figures, 'children')
    expect(rows.map(({ figureAId, figureBId, kind }) => [figureAId, figureBId, kind])).toEqual([
      ['a', 'b', 'CONSISTENT'],
      ['a', 'c', 'CONFLICT'],
      ['b', 'c', 'CONFLICT'],
    ])
    expect(rows.every((relation) => relation.quantityId === 'q')).toBe(true)
  })

  it('stores a pair in id order whichever figure it was computed from', () => {
    const relation = { otherId: 'a', kind: 'CONSISTENT', isComparable: true, earlierId: null, change: null } as const
    expect(pairRow('q', 'b', relation)).toMatchObject({ figureAId: 'a', figureBId: 'b' })
  })
})
