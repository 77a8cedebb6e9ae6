import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import { RatingBadge } from '@/components/rating-badge'
import { SearchBox } from '@/components/search-box'
import { listLatestClaims } from '@/lib/data/public/claims'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { formatDay, isoDay } from '@/lib/format'
import claimList from '@/components/claim-list.module.css'

export const metadata: Metadata = { title: { absolute: 'Claimtrail: checked claims, traced to their sources' } }

export default async function HomePage() {
  await connection()
  const claims = await listLatestClaims(PUBLIC_VIEWER)
  return (
    <>
      <section className="intro">
        <h1>Checked claims</h1>
        <p>Every statement here is traced to the exact words of a preserved source, with the figures each source gives.</p>
        <SearchBox id="home-search" label="Search claims, sources and figures" />
      </section>
      {claims.length === 0 ? (
        <p className="empty">No claims have been published yet.</p>
      ) : (
        <ol className={claimList.claimList} aria-label="Latest published claims">
          {claims.map((claim) => {
            const verdict = claim.verdicts[0]
            return (
              <li key={claim.slug} className={`${claimList.item} card`}>
                {verdict ? <RatingBadge rating={verdict.rating} /> : null}
                <h2 className={claimList.title}>
                  <Link href={`/claims/${claim.slug}`}>{claim.text}</Link>
                </h2>
                {verdict ? <p className={claimList.summary}>{verdict.summary}</p> : null}
                {claim.publishedAt ? (
                  <p className="meta">
                    Published <time dateTime={isoDay(claim.publishedAt)}>{formatDay(claim.publishedAt)}</time>
                  </p>
                ) : null}
              </li>
            )
          })}
        </ol>
      )}
    </>
  )
}
