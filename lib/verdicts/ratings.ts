// The fixed rating scale. The methodology page shows it; ClaimReview JSON-LD uses `value`
// (1 = worst, 5 = best). UNPROVEN has no place on the numeric scale.
import type { Rating } from '../generated/prisma/enums'

export type RatingInfo = { label: string; value: number | null; meaning: string }

export const RATINGS: Record<Rating, RatingInfo> = {
  TRUE: { label: 'True', value: 5, meaning: 'Accurate, and nothing significant is missing.' },
  MOSTLY_TRUE: { label: 'Mostly true', value: 4, meaning: 'Accurate, but needs a clarification or added context.' },
  MIXED: { label: 'Mixed', value: 3, meaning: 'Partly accurate: leaves out important details or takes things out of context.' },
  MOSTLY_FALSE: { label: 'Mostly false', value: 2, meaning: 'Contains an element of truth but ignores facts that would give a different impression.' },
  FALSE: { label: 'False', value: 1, meaning: 'Not accurate: the evidence contradicts it.' },
  UNPROVEN: { label: 'Unproven', value: null, meaning: 'The evidence available does not settle it either way.' },
}
