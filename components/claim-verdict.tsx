import { Markdown } from '@/components/markdown'
import { RatingBadge } from '@/components/rating-badge'
import type { ClaimPage } from '@/lib/data/public/claims'
import { formatDay, isoDay } from '@/lib/format'
import { isCorrection } from '@/lib/verdicts/workflow'
import styles from './claim-verdict.module.css'

export function ClaimVerdict({ verdict }: { verdict: NonNullable<ClaimPage['verdict']> }) {
  return (
    <section className={`${styles.verdict} card`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">Our verdict</h2>
      <p className={styles.verdictRating}>
        <RatingBadge rating={verdict.rating} />
      </p>
      <p className={styles.verdictSummary}>{verdict.summary}</p>
      <Markdown>{verdict.rationale}</Markdown>
      {verdict.publishedAt ? (
        <p className="meta">
          {isCorrection(verdict) ? 'Updated' : 'Published'} <time dateTime={isoDay(verdict.publishedAt)}>{formatDay(verdict.publishedAt)}</time>
        </p>
      ) : null}
    </section>
  )
}
