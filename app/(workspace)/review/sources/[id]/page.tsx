import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ReaderAnnotations } from '@/components/reader-annotations'
import { SourceImportNotice } from '@/components/source-import-notice'
import { SourceOcrNotice } from '@/components/source-ocr-notice'
import { SourceOriginalList } from '@/components/source-original-link'
import { SourceReader } from '@/components/source-reader'
import { SourceVersions } from '@/components/source-versions'
import { SourceWatchPanel } from '@/components/source-watch-panel'
import { requirePermission } from '@/lib/auth/session'
import { WaitingChanges } from '@/components/waiting-changes'
import { listWaitingChanges } from '@/lib/data/workspace/pending-changes'
import { getReaderNotice, getSource } from '@/lib/data/workspace/sources'
import { formatDay, isoDay } from '@/lib/format'
import { idSchema } from '@/lib/validations/params'
import styles from './page.module.css'
import sourceImportNotice from '@/components/source-import-notice.module.css'

export const metadata: Metadata = { title: 'Source reader' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const savedId = (value: string | string[] | undefined) => idSchema.safeParse(value).data

export default async function SourceReaderPage({ params, searchParams }: Props) {
  const { id: rawId } = await params
  const user = await requirePermission('workspace.view', `/review/sources/${encodeURIComponent(rawId)}`)
  const id = idSchema.safeParse(rawId)
  const reader = id.success ? await getSource(user, id.data) : null
  if (!reader) notFound()
  const { source, snapshot } = reader
  const saved = await searchParams
  const [notice, waiting] = await Promise.all([getReaderNotice(user, { claimId: savedId(saved.claim), figureId: savedId(saved.figure) }), listWaitingChanges(user, { sourceId: source.id })])
  return (
    <article>
      <header>
        <p className="eyebrow">Source · version {snapshot.version}</p>
        <h1>{source.title}</h1>
        <p className="meta">
          {[source.publisher, source.author].filter(Boolean).join(' · ') || 'Publisher and author not stated'} ·{' '}
          {source.publishedOn ? <time dateTime={isoDay(source.publishedOn)}>{formatDay(source.publishedOn)}</time> : 'date not stated'} · captured{' '}
          {formatDay(snapshot.capturedAt)} · SHA-256 <code className="hash">{snapshot.contentHash.slice(0, 12)}…</code>
          {source.url ? (
            <>
              {' · '}
              <a href={source.url} rel="noopener noreferrer">
                original
              </a>
            </>
          ) : null}
        </p>
        <p className={styles.sourceActions}>
          <Link href={`/review/sources/${source.id}/edit`}>Edit details</Link>
          <Link href={`/review/sources/${source.id}/versions/new`}>Import a new version</Link>
        </p>
        <SourceOriginalList sourceId={source.id} versions={reader.versions} />
      </header>
      <SourceImportNotice query={saved} suggestions={reader.suggestions.FIGURE.total + reader.suggestions.CHECK_WORTHY.total} />
      <WaitingChanges changes={waiting} />
      <SourceVersions asker={user} sourceId={source.id} />
      <SourceWatchPanel user={user} sourceId={source.id} />
      {notice ? (
        <p className={`form__success ${sourceImportNotice.readerNotice}`} role="status">
          {notice.kind === 'claim' ? (
            <>
              Saved to the claim <Link href={`/review/claims/${notice.claim.id}`}>“{notice.claim.text}”</Link>.
            </>
          ) : (
            <>
              Figure saved for “{notice.figure.quantity.name}”
              {notice.figure.claim ? (
                <>
                  {' '}
                  on the claim <Link href={`/review/claims/${notice.figure.claim.id}`}>“{notice.figure.claim.text}”</Link>
                </>
              ) : null}
              ; it stays unpublished until a verdict revision that includes it is published.
            </>
          )}
        </p>
      ) : null}
      <SourceOcrNotice pages={snapshot.pages} originalHref={snapshot.original ? `/review/sources/${source.id}/versions/${snapshot.version}/original` : null} />
      <SourceReader
        snapshot={{ id: snapshot.id, text: snapshot.text, pages: snapshot.pages }}
        publishedOn={source.publishedOn}
        quotes={reader.quotes.map((quote) => ({ id: quote.id, start: quote.start, end: quote.end, isFuzzy: quote.anchorStatus === 'FUZZY' }))}
        suggestions={reader.suggestions}
        quantities={reader.quantities}
      />
      <ReaderAnnotations quotes={reader.quotes} needsReview={reader.needsReview} pages={snapshot.pages} />
    </article>
  )
}
