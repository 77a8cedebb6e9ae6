import { Markdown } from '@/components/markdown'
import { QuotedPassage } from '@/components/quoted-passage'
import { RatingBadge } from '@/components/rating-badge'
import type { VerdictRevision } from '@/lib/data/workspace/verdicts'
import { citePages } from '@/lib/pdf/page-range'
import { RATINGS } from '@/lib/verdicts/ratings'
import styles from './verdict-revision.module.css'
import claimVerdict from './claim-verdict.module.css'

/** A revision's content as it reads, for revisions that can no longer be edited (or by this person). */
export function VerdictRevisionContent({ revision }: { revision: VerdictRevision }) {
  return (
    <div className={`${styles.verdictContent} card`}>
      <p className={claimVerdict.verdictRating}>
        <RatingBadge rating={revision.rating} /> <span className="meta">{RATINGS[revision.rating].meaning}</span>
      </p>
      <p className={claimVerdict.verdictSummary}>{revision.summary}</p>
      <Markdown>{revision.rationale}</Markdown>
      {revision.correctionNote ? (
        <p className={styles.verdictContentCorrection}>
          <strong>Correction note:</strong> {revision.correctionNote}
        </p>
      ) : null}
      <h3>Evidence</h3>
      {revision.evidence.length === 0 ? <p className="empty">No passage cited yet.</p> : null}
      {revision.evidence.map((item) => (
        <QuotedPassage key={item.id} quote={item.quote} label={item.note ?? undefined} pdf={item.quote.pages ? { pages: item.quote.pages, cite: citePages(item.quote.pages), originalAtPage: null } : null} />
      ))}
    </div>
  )
}
