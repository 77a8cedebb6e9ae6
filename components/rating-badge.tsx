import type { Rating } from '@/lib/generated/prisma/enums'
import { RATINGS } from '@/lib/verdicts/ratings'
import styles from './rating-badge.module.css'

const RATING_CLASS: Record<Rating, string | undefined> = {
  TRUE: styles.ratingTrue,
  MOSTLY_TRUE: styles.ratingMostlyTrue,
  MIXED: styles.ratingMixed,
  MOSTLY_FALSE: styles.ratingMostlyFalse,
  FALSE: styles.ratingFalse,
  UNPROVEN: styles.ratingUnproven,
}

export function RatingBadge({ rating, className }: { rating: Rating; className?: string }) {
  return <span data-rating={rating} className={[styles.rating, RATING_CLASS[rating], className].filter(Boolean).join(' ')}>{RATINGS[rating].label}</span>
}
