import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { SourceOriginalLink } from '@/components/source-original-link'
import { SourceChangeNotice } from '@/components/source-change-notice'
import { SourceOcrNotice } from '@/components/source-ocr-notice'
import { SourceText } from '@/components/source-text'
import { citePages, pagesOf } from '@/lib/pdf/page-range'
import { getSourcePage } from '@/lib/data/public/sources'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { formatDay, isoDay } from '@/lib/format'
import { idSchema } from '@/lib/validations/params'
import styles from './page.module.css'
import readerAnnotations from '@/components/reader-annotations.module.css'

type Props = { params: Promise<{ id: string }> }

// Cached: rendered on the first request, then served from Next's cache until a change to published
// data drops it (lib/server/public-cache.ts), or after a minute, which bounds staleness on other instances.
export const revalidate = 60

/** Nothing is rendered at build time (the build has no database); pages are cached on first visit. */
export function generateStaticParams() {
  return []
}

const loadSource = cache(async (rawId: string) => {
  const id = idSchema.safeParse(rawId)
  return id.success ? getSourcePage(PUBLIC_VIEWER, id.data) : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await loadSource((await params).id)
  return source ? { title: source.title, alternates: { canonical: `/sources/${source.id}` } } : { title: 'Source not found' }
}

export default async function SourcePage({ params }: Props) {
  const source = await loadSource((await params).id)
  if (!source) notFound()
  const { snapshot } = source
  return (
    <article>
      <header>
        <p className="eyebrow">Source</p>
        <h1>{source.title}</h1>
        <dl className={styles.sourceMeta}>
          <dt>Publisher</dt>
          <dd>{source.publisher ?? 'Not stated'}</dd>
          <dt>Author</dt>
          <dd>{source.author ?? 'Not stated'}</dd>
          <dt>Published</dt>
          <dd>{source.publishedOn ? <time dateTime={isoDay(source.publishedOn)}>{formatDay(source.publishedOn)}</time> : 'Not stated'}</dd>
          {source.url ? (
            <>
              <dt>Original</dt>
              <dd>
                <a href={source.url} rel="noopener noreferrer">
                  {source.url}
                </a>
              </dd>
            </>
          ) : null}
          <dt>Preserved copy</dt>
          <dd>
            Version {snapshot.version}, captured <time dateTime={isoDay(snapshot.capturedAt)}>{formatDay(snapshot.capturedAt)}</time>;
            SHA-256 <code className="hash">{snapshot.contentHash.slice(0, 12)}…</code>
          </dd>
        </dl>
        <SourceOriginalLink sourceId={source.id} snapshot={snapshot} />
      </header>
      <SourceChangeNotice viewer={PUBLIC_VIEWER} sourceId={source.id} shownVersion={snapshot.version} />
      <section aria-labelledby="quoted-heading" className={readerAnnotations.sourceQuoted}>
        <h2 id="quoted-heading">Passages quoted on Claimtrail</h2>
        <ul>
          {source.quotes.map((quote) => (
            <li key={quote.id}>
              <a href={`#q-${quote.id}`}>“{quote.exact}”</a>
              <QuotedPages pages={snapshot.pages} quote={quote} />
              {quote.claims.map((claim) => (
                <span key={claim.slug} className={readerAnnotations.sourceClaim}>
                  {' '}
                  Claim: <Link href={`/claims/${claim.slug}`}>{claim.text}</Link>
                </span>
              ))}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">Preserved text</h2>
        <SourceOcrNotice pages={snapshot.pages} originalHref={snapshot.original ? `/sources/${source.id}/original?version=${snapshot.version}` : null} />
        <SourceText text={snapshot.text} quotes={source.quotes} pages={snapshot.pages} />
      </section>
    </article>
  )
}

/** A PDF quote's pages after it in the list ("pp. 2–3"); nothing for other sources. */
function QuotedPages({ pages, quote }: { pages: Parameters<typeof pagesOf>[0]; quote: { start: number; end: number } }) {
  const range = pagesOf(pages, quote.start, quote.end)
  return range ? <span className="meta">, {citePages(range)}</span> : null
}
