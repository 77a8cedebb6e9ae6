import type { Rating } from '@/lib/generated/prisma/enums'
import { RATINGS } from '@/lib/verdicts/ratings'

export function RatingBadge({ rating }: { rating: Rating }) {
  return <span className={`rating rating--${rating.toLowerCase().replace('_', '-')}`}>{RATINGS[rating].label}</span>
}
