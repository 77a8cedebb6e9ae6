import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import { PageLinks } from '@/components/page-links'
import { RatingBadge } from '@/components/rating-badge'
import { listCorrections } from '@/lib/data/public/corrections'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { formatDay, isoDay } from '@/lib/format'
import { pageParamSchema } from '@/lib/validations/params'
import styles from './page.module.css'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const hrefOf = (page: number) => (page > 1 ? `/corrections?page=${page}` : '/corrections')

/** Each page is its own canonical address, so search engines keep the older pages too. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = pageParamSchema.safeParse((await searchParams).page).data ?? 1
  return {
    title: page > 1 ? `Corrections, page ${page}` : 'Corrections',
    description: 'Every correction to a published Claimtrail verdict, newest first, with the date and what changed.',
    alternates: { canonical: hrefOf(page) },
  }
}

export default async function CorrectionsPage({ searchParams }: Props) {
  await connection()
  const parsed = pageParamSchema.safeParse((await searchParams).page)
  if (!parsed.success) notFound()
  const page = parsed.data
  const { corrections, hasMore } = await listCorrections(PUBLIC_VIEWER, page)
  // Past the last page is a wrong address, not an empty list.
  if (page > 1 && corrections.length === 0) notFound()
  return (
    <>
      <header className="intro">
        <h1>Corrections</h1>
        <p>
          When we get something wrong we publish a new revision of the verdict with a dated note. Every correction is here,
          newest first{page > 1 ? `: page ${page}` : ''}. <Link href="/methodology#corrections-heading">How corrections work</Link>.
        </p>
      </header>
      {corrections.length === 0 ? (
        <p className="empty">No corrections have been published.</p>
      ) : (
        <ol className={styles.correctionList} aria-label="Corrections, newest first">
          {corrections.map((correction) => (
            <li key={correction.id} className={`${styles.correctionListItem} card`}>
              <p className="meta">
                <time dateTime={isoDay(correction.publishedAt!)}>{formatDay(correction.publishedAt!)}</time> · revision {correction.revision} · now rated{' '}
                <RatingBadge rating={correction.rating} />
              </p>
              <h2 className={styles.correctionListTitle}>
                <Link href={`/claims/${correction.claim.slug}`}>{correction.claim.text}</Link>
              </h2>
              <p>{correction.correctionNote}</p>
            </li>
          ))}
        </ol>
      )}
      <PageLinks label="Pages of corrections" page={page} hasMore={hasMore} hrefOf={hrefOf} previous="Newer corrections" next="Older corrections" />
    </>
  )
}
