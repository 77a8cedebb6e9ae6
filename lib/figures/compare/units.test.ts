import { describe, expect, it } from 'vitest'

import { toBaseUnit, unitDimension } from './units'

const key = (unit: string, quantityUnit?: string | null) => unitDimension(unit, quantityUnit).key

describe('unitDimension: durations', () => {
  it.each([
    ['seconds', 1 / 3600], ['sec', 1 / 3600], ['minute', 1 / 60], ['min', 1 / 60],
    ['hours', 1], ['hr', 1], ['hrs', 1], ['day', 24], ['days', 24], ['weeks', 168],
    ['month', 730.5], ['years', 8766],
  ])('puts %s in hours (×%d)', (unit, factor) => {
    expect(unitDimension(unit)).toEqual({ key: 'duration', baseUnit: 'hours', factor })
  })

  it('matches case-insensitively and trimmed', () => {
    expect(unitDimension('  Days ')).toEqual({ key: 'duration', baseUnit: 'hours', factor: 24 })
  })

  it('converts to hours without floating-point dust', () => {
    expect(toBaseUnit(180, unitDimension('minutes'))).toBe(3)
    expect(toBaseUnit(7, unitDimension('days'))).toBe(168)
  })
})

describe('unitDimension: percentages', () => {
  it('keeps changes, shares and "percent of X" apart', () => {
    expect(unitDimension('percent change')).toEqual({ key: 'percent-change', baseUnit: 'percent', factor: 1 })
    expect(key('percent share')).toBe('percent-share')
    expect(key('percent of 2016 staff')).toBe('percent:of 2016 staff')
    expect(key('Percent  of 2016 Staff')).toBe('percent:of 2016 staff')
    expect(key('% change')).toBe('percent-change')
  })

  it('lets a bare percent take its kind from the quantity', () => {
    expect(key('percent', 'percent change')).toBe('percent-change')
    expect(key('%', 'percent share')).toBe('percent-share')
    expect(key('per cent', 'percent of 2016 staff')).toBe('percent:of 2016 staff')
    expect(key('percent', 'parents')).toBe('percent')
    expect(key('percent')).toBe('percent')
  })

  it('treats a fraction as a share and percentage points as their own dimension', () => {
    expect(unitDimension('fraction')).toEqual({ key: 'percent-share', baseUnit: 'percent', factor: 100 })
    expect(unitDimension('percentage points')).toEqual({
      key: 'percentage-points', baseUnit: 'percentage points', factor: 1,
    })
    expect(key('percentage point')).toBe('percentage-points')
  })
})

describe('unitDimension: currency', () => {
  it.each(['USD', 'dollars', '$', 'usd'])('reads %s as US dollars', (unit) => {
    expect(unitDimension(unit)).toEqual({ key: 'currency:USD', baseUnit: 'USD', factor: 1 })
  })

  it('never exchanges one currency for another', () => {
    expect(key('EUR')).toBe('currency:EUR')
    expect(key('euros')).toBe('currency:EUR')
    expect(key('GBP')).toBe('currency:GBP')
  })
})

describe('unitDimension: counts', () => {
  it('singularises the noun phrase word by word', () => {
    expect(unitDimension('children')).toEqual({ key: 'count:child', baseUnit: 'children', factor: 1 })
    expect(key('parents')).toBe('count:parent')
    expect(key('people')).toBe('count:person')
    expect(unitDimension('cases referred')).toEqual({
      key: 'count:case referred', baseUnit: 'cases referred', factor: 1,
    })
    expect(key('Child')).toBe(key('children'))
  })

  it('never counts children as parents', () => {
    expect(key('children')).not.toBe(key('parents'))
  })

  it('reads an empty unit as the quantity unit', () => {
    expect(unitDimension('', 'days')).toEqual({ key: 'duration', baseUnit: 'hours', factor: 24 })
    expect(unitDimension(' ', 'parents')).toEqual({ key: 'count:parent', baseUnit: 'parents', factor: 1 })
    expect(key('')).toBe('count:')
  })
})
