// Figures and relations in words for the workspace: pure, so the pages, the preview and the tests
// share one wording. Built on lib/figures/compare.
import { figureInterval, formatInterval, normalisedInterval, type ComparableFigure, type Relation } from './compare'

/** "3 to 7 days", with "72 to 168 hours" when the dimension's base unit says it differently. */
export function figureWords(figure: ComparableFigure, quantityUnit: string | null): { words: string; normalised: string | null } {
  const words = formatInterval(figureInterval(figure), figure.unit)
  const { dimension, interval } = normalisedInterval(figure, quantityUnit)
  const isSameUnit = dimension.factor === 1 && dimension.baseUnit.trim().toLowerCase() === figure.unit.trim().toLowerCase()
  const normalised = isSameUnit ? null : formatInterval(interval, dimension.baseUnit)
  return { words, normalised: normalised === words ? null : normalised }
}

/** "3 to 7 days (72 to 168 hours)". */
export function figureWithBase(figure: ComparableFigure, quantityUnit: string | null): string {
  const { words, normalised } = figureWords(figure, quantityUnit)
  return normalised ? `${words} (${normalised})` : words
}


/** The order relations are listed in: what needs a person first. */
export const KIND_ORDER: Record<Relation['kind'], number> = { CONFLICT: 0, UPDATE: 1, CONSISTENT: 2, INCOMPARABLE: 3 }

export const KIND_LABELS: Record<Relation['kind'], string> = {
  CONFLICT: 'Conflict',
  UPDATE: 'Update',
  CONSISTENT: 'Consistent',
  INCOMPARABLE: 'Not compared',
}

/** How a figure being written relates to another, as the start of a line: "Conflicts with". */
export function relationLead(relation: Relation, figureId: string): string {
  switch (relation.kind) {
    case 'CONFLICT':
      return 'Conflicts with'
    case 'CONSISTENT':
      return 'Consistent with'
    case 'INCOMPARABLE':
      return 'Counted differently from, so not compared with'
    case 'UPDATE': {
      const order = relation.earlierId === figureId ? 'An earlier figure' : 'A later figure'
      return relation.isComparable ? `${order} than` : `${order}, counted differently from`
    }
  }
}
