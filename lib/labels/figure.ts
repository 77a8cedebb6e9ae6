// The words for a figure's qualifier, its rank and the reason for its rank, wherever they are
// shown or chosen.
import type { FigureQualifier, FigureRank, RankReason } from '../generated/prisma/enums'

export const QUALIFIER_LABELS: Record<FigureQualifier, string> = {
  EXACT: 'Exactly',
  AT_LEAST: 'At least',
  MORE_THAN: 'More than',
  AT_MOST: 'At most',
  FEWER_THAN: 'Fewer than',
  ABOUT: 'About',
  RANGE: 'Range (low to high)',
}

export const RANK_LABELS: Record<FigureRank, string> = {
  PREFERRED: 'Preferred',
  NORMAL: 'Normal rank',
  DEPRECATED: 'Deprecated',
}

export const RANK_REASON_LABELS: Record<RankReason, string> = {
  MOST_RECENT: 'Most recent value',
  BEST_SOURCE: 'Best source',
  SUPERSEDED: 'Superseded by a later figure',
  DIFFERENT_SCOPE: 'Measures a different scope',
  ERROR_IN_SOURCE: 'Error in the source',
  OTHER: 'Other (say why)',
}
