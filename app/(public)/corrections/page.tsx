import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import { RatingBadge } from '@/components/rating-badge'
import { listCorrections } from '@/lib/data/corrections'
import { PUBLIC_VIEWER } from '@/lib/data/viewer'
import { formatDay, isoDay } from '@/lib/format'

export const metadata: Metadata = {
  title: 'Corrections',
  description: 'Every correction to a published Claimtrail verdict, newest first, with the date and what changed.',
  alternates: { canonical: '/corrections' },
}

export default async function CorrectionsPage() {
  await connection()
  const corrections = await listCorrections(PUBLIC_VIEWER)
  return (
    <>
      <header className="intro">
        <h1>Corrections</h1>
        <p>
          When we get something wrong we publish a new revision of the verdict with a dated note. Every correction is here,
          newest first. <Link href="/methodology#corrections-heading">How corrections work</Link>.
        </p>
      </header>
      {corrections.length === 0 ? (
        <p className="empty">No corrections have been published.</p>
      ) : (
        <ol className="correction-list" aria-label="Corrections, newest first">
          {corrections.map((correction) => (
            <li key={correction.id} className="correction-list__item">
              <p className="meta">
                <time dateTime={isoDay(correction.publishedAt!)}>{formatDay(correction.publishedAt!)}</time> · revision {correction.revision} · now rated{' '}
                <RatingBadge rating={correction.rating} />
              </p>
              <h2 className="correction-list__title">
                <Link href={`/claims/${correction.claim.slug}`}>{correction.claim.text}</Link>
              </h2>
              <p>{correction.correctionNote}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
