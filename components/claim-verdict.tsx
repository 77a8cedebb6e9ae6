import { Markdown } from '@/components/markdown'
import { QuotedPassage } from '@/components/quoted-passage'
import { RatingBadge } from '@/components/rating-badge'
import type { ClaimPage } from '@/lib/data/claims'
import { formatDay, isoDay } from '@/lib/format'

type Props = { verdict: NonNullable<ClaimPage['verdict']>; corrections: ClaimPage['corrections'] }

export function ClaimVerdict({ verdict, corrections }: Props) {
  return (
    <>
      <section className="verdict" aria-labelledby="verdict-heading">
        <h2 id="verdict-heading" className="visually-hidden">
          Our verdict
        </h2>
        <p className="verdict__rating">
          <RatingBadge rating={verdict.rating} />
        </p>
        <p className="verdict__summary">{verdict.summary}</p>
        <Markdown>{verdict.rationale}</Markdown>
        {verdict.publishedAt ? (
          <p className="meta">
            {verdict.revision > 1 ? 'Updated' : 'Published'}{' '}
            <time dateTime={isoDay(verdict.publishedAt)}>{formatDay(verdict.publishedAt)}</time>
          </p>
        ) : null}
      </section>
      {verdict.evidence.length > 0 ? (
        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">Evidence</h2>
          {verdict.evidence.map((item) => (
            <QuotedPassage key={item.id} quote={item.quote} label={item.note ?? undefined} />
          ))}
        </section>
      ) : null}
      {corrections.length > 0 ? (
        <section aria-labelledby="corrections-heading" className="corrections">
          <h2 id="corrections-heading">Corrections</h2>
          <ul>
            {corrections.map((correction) => (
              <li key={correction.id}>
                <time dateTime={isoDay(correction.publishedAt!)}>{formatDay(correction.publishedAt!)}</time>: {correction.correctionNote}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
