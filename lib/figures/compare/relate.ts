import {
  intervalsEqual,
  intervalsOverlap,
  normalisedInterval,
  type ComparableFigure,
  type Interval,
} from './interval'
import { toBaseUnit, type Dimension } from './units'

/** Mirrors the Prisma `FigureRelationKind` enum; keep the names identical. */
export type RelationKind = 'CONSISTENT' | 'UPDATE' | 'CONFLICT' | 'INCOMPARABLE'

export type Relation = {
  kind: RelationKind
  /** Whether the two values were compared at all (false when the dimensions differ). */
  isComparable: boolean
  /** The id of the figure whose period comes first; null when the periods coincide or a date is missing. */
  earlierId: string | null
  /** For an UPDATE of comparable figures: which way the later stated value went. */
  change: 'ROSE' | 'FELL' | 'SAME' | null
}

type Period = { start: number; end: number }

// A figure with only one end of its period stored is taken to be about that one day.
function periodOf(figure: ComparableFigure): Period | null {
  const start = (figure.periodStart ?? figure.periodEnd)?.getTime()
  const end = (figure.periodEnd ?? figure.periodStart)?.getTime()
  if (start === undefined || end === undefined || Number.isNaN(start) || Number.isNaN(end)) return null
  return { start: Math.min(start, end), end: Math.max(start, end) }
}

/**
 * 'a' or 'b' for the figure whose period comes first, null when the periods coincide: both or
 * either undated, or dated with day ranges that overlap (days are inclusive). Of two disjoint
 * periods the earlier is the one that ends first (equal ends: the one that starts first).
 */
function earlierSide(a: ComparableFigure, b: ComparableFigure): 'a' | 'b' | null {
  const pa = periodOf(a)
  const pb = periodOf(b)
  if (pa === null || pb === null) return null
  if (pa.start <= pb.end && pb.start <= pa.end) return null
  if (pa.end !== pb.end) return pa.end < pb.end ? 'a' : 'b'
  return pa.start <= pb.start ? 'a' : 'b'
}

/** The value the figure states, in base unit; without one, its midpoint or its finite bound. */
function statedValue(figure: ComparableFigure, interval: Interval, dimension: Dimension): number | null {
  if (figure.value !== null) return toBaseUnit(figure.value, dimension)
  const isLowFinite = Number.isFinite(interval.low)
  const isHighFinite = Number.isFinite(interval.high)
  if (isLowFinite && isHighFinite) return (interval.low + interval.high) / 2
  if (isLowFinite) return interval.low
  if (isHighFinite) return interval.high
  return null
}

function changeBetween(earlier: number | null, later: number | null): Relation['change'] {
  if (earlier === null || later === null) return null
  if (later > earlier) return 'ROSE'
  if (later < earlier) return 'FELL'
  return 'SAME'
}

/**
 * How two figures of one quantity relate, decided in this order:
 * 1. Periods coincide (see `earlierSide`) or are disjoint, one of them earlier.
 * 2. Different dimensions are never compared: disjoint periods make the later one an UPDATE
 *    counted differently (change null), coinciding ones are INCOMPARABLE.
 * 3. Same dimension, periods coincide: CONSISTENT when the normalised intervals overlap, else
 *    CONFLICT; earlierId is null.
 * 4. Same dimension, periods disjoint: CONSISTENT when the normalised intervals are identical,
 *    else an UPDATE whose change compares the later stated value with the earlier one.
 * The result does not depend on the order of a and b.
 */
export function relateFigures(
  a: ComparableFigure,
  b: ComparableFigure,
  quantityUnit?: string | null,
): Relation {
  const side = earlierSide(a, b)
  const earlierId = side === null ? null : side === 'a' ? a.id : b.id
  const na = normalisedInterval(a, quantityUnit)
  const nb = normalisedInterval(b, quantityUnit)

  if (na.dimension.key !== nb.dimension.key) {
    return side === null
      ? { kind: 'INCOMPARABLE', isComparable: false, earlierId: null, change: null }
      : { kind: 'UPDATE', isComparable: false, earlierId, change: null }
  }
  if (side === null) {
    const kind = intervalsOverlap(na.interval, nb.interval) ? 'CONSISTENT' : 'CONFLICT'
    return { kind, isComparable: true, earlierId: null, change: null }
  }
  if (intervalsEqual(na.interval, nb.interval)) {
    return { kind: 'CONSISTENT', isComparable: true, earlierId, change: null }
  }
  const valueA = statedValue(a, na.interval, na.dimension)
  const valueB = statedValue(b, nb.interval, nb.dimension)
  const change = side === 'a' ? changeBetween(valueA, valueB) : changeBetween(valueB, valueA)
  return { kind: 'UPDATE', isComparable: true, earlierId, change }
}

/** The relations of one (new or edited) figure with each of the others, skipping itself (same id). */
export function relationsOf(
  figure: ComparableFigure,
  others: readonly ComparableFigure[],
  quantityUnit?: string | null,
): Array<Relation & { otherId: string }> {
  return others
    .filter((other) => other.id !== figure.id)
    .map((other) => ({ ...relateFigures(figure, other, quantityUnit), otherId: other.id }))
}
