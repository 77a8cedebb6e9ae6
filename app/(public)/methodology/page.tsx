import type { Metadata } from 'next'
import Link from 'next/link'
import { RatingBadge } from '@/components/rating-badge'
import { ABOUT_TOLERANCE } from '@/lib/figures'
import type { Rating } from '@/lib/generated/prisma/enums'
import { RATINGS } from '@/lib/verdicts/ratings'
import styles from './page.module.css'

export const metadata: Metadata = {
  title: 'Methodology',
  description: 'Claimtrail’s rating scale and how claims are chosen, checked, approved and corrected.',
  alternates: { canonical: '/methodology' },
}

/** What a reviewer must be able to show for each rating. */
const RUBRIC: Record<Rating, string> = {
  TRUE: 'Every part of the claim is supported by a quoted passage of a preserved source, and no source we hold contradicts it.',
  MOSTLY_TRUE: 'The substance is supported, but a qualifier, a date, a unit or a count needs correcting or adding (for example a count of children reported as a count of parents).',
  MIXED: 'Some parts are supported and others are not, or the claim is accurate only with context it leaves out.',
  MOSTLY_FALSE: 'A piece of it is accurate, but the claim as a whole gives an impression the evidence contradicts.',
  FALSE: 'Quoted evidence contradicts the claim, and no source we hold supports it.',
  UNPROVEN: 'The sources we can quote neither confirm nor refute it; we say what evidence would settle it.',
}

export default function MethodologyPage() {
  return (
    <article className={`prose ${styles.methodology}`}>
      <h1>Methodology</h1>
      <p>Every verdict on Claimtrail rests on quoted passages of preserved sources, and says which passage supports which part of it.</p>

      <section aria-labelledby="scale-heading">
        <h2 id="scale-heading">The rating scale</h2>
        <p>One fixed scale for every claim. In our ClaimReview data, 1 is the worst and 5 the best rating; Unproven has no number.</p>
        <dl className={styles.ratingScale}>
          {(Object.keys(RATINGS) as Rating[]).map((rating) => (
            <div key={rating} className={`${styles.ratingScaleItem} card`}>
              <dt>
                <RatingBadge rating={rating} />
                {RATINGS[rating].value === null ? null : <span className="meta"> {RATINGS[rating].value} of 5</span>}
              </dt>
              <dd>
                <p>{RATINGS[rating].meaning}</p>
                <p className="meta">To give it: {RUBRIC[rating]}</p>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="choosing-heading">
        <h2 id="choosing-heading">How claims are chosen</h2>
        <p>
          We check statements of fact that can be settled with evidence: numbers, dates, who did what, what a document says.
          We do not rate opinions or predictions. We choose claims that are widely repeated, consequential, or that readers ask
          about through <Link href="/suggest">our request form</Link>, and we check a claim whoever made it.
        </p>
      </section>

      <section aria-labelledby="checking-heading">
        <h2 id="checking-heading">How claims are checked</h2>
        <ul>
          <li>Each source is preserved as an unchangeable copy of its text with a SHA-256 fingerprint. A later version of a source is a new copy; it never silently replaces the one we quoted.</li>
          <li>Every quote points at the exact words of that copy, with the text around them. If a new version moves or changes the words, the quote is found again or marked as lost, never pointed at other words.</li>
          <li>A claim is linked to every source we hold that makes, supports or disputes it.</li>
          <li>
            Figures are kept with what the source actually says: “at least 545” is a lower bound, “three to seven days” a range,
            and “about” allows {Math.round(ABOUT_TOLERANCE * 100)}% either way. Figures for one quantity are compared only in the
            same kind of unit (hours and days compare; a count of children is not a count of parents), and we show where sources
            agree, where a later figure updates an earlier one, and where they disagree about the same date.
          </li>
          <li>When figures disagree, a reviewer ranks them (preferred, normal, or deprecated with a reason such as “superseded” or “error in source”), notes that they measure different things, or records a real disagreement. Deprecated figures stay visible.</li>
        </ul>
      </section>

      <section aria-labelledby="approval-heading">
        <h2 id="approval-heading">Review and approval</h2>
        <p>
          A reviewer drafts the verdict, with its rating, a one-line summary, the reasoning and the quoted evidence, and submits it.
          An editor who did not write or last edit it approves it or returns it with comments; only then can it be published. No
          one approves or publishes their own work.
        </p>
      </section>

      <section aria-labelledby="corrections-heading">
        <h2 id="corrections-heading">Corrections</h2>
        <p>
          A published verdict is never edited in place. A correction is a new revision that goes through the same review, and is
          published with a dated note saying what changed and why. Every correction is listed on the{' '}
          <Link href="/corrections">corrections page</Link>, and earlier revisions stay on record.
        </p>
      </section>
    </article>
  )
}
