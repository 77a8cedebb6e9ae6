import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { SourceComparison } from '@/components/source-comparison'
import { getPublicVersionPair } from '@/lib/data/public/source-versions'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { formatDay, isoDay } from '@/lib/format'
import { compareTexts } from '@/lib/text-diff/word-diff'
import { idSchema, versionParamSchema } from '@/lib/validations/params'

type Props = { params: Promise<{ id: string; from: string; to: string }> }

// Cached as the source page is (docs/decisions/012): rendered on the first request, dropped with
// the rest of the public cache when published data changes, and at most a minute old elsewhere.
export const revalidate = 60

/** Nothing is rendered at build time (the build has no database); pages are cached on first visit. */
export function generateStaticParams() {
  return []
}

/** Two versions the public may read (adopted ones: a version waiting for an editor is not found). */
const loadPair = cache(async (rawId: string, rawFrom: string, rawTo: string) => {
  const id = idSchema.safeParse(rawId)
  const from = versionParamSchema.safeParse(rawFrom)
  const to = versionParamSchema.safeParse(rawTo)
  if (!id.success || !from.data || !to.data || from.data === to.data) return null
  return getPublicVersionPair(PUBLIC_VIEWER, id.data, { from: from.data, to: to.data })
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, from, to } = await params
  const pair = await loadPair(id, from, to)
  return pair
    ? { title: `What changed: ${pair.source.title}`, alternates: { canonical: `/sources/${pair.source.id}/changes/${pair.from.version}/${pair.to.version}` } }
    : { title: 'Source not found' }
}

const captured = (version: { version: number; capturedAt: Date }) => (
  <>
    version {version.version}, captured <time dateTime={isoDay(version.capturedAt)}>{formatDay(version.capturedAt)}</time>
  </>
)

export default async function SourceChangesPage({ params }: Props) {
  const raw = await params
  const pair = await loadPair(raw.id, raw.from, raw.to)
  if (!pair) notFound()
  const { source, from, to } = pair
  return (
    <article>
      <header>
        <p className="eyebrow">
          <Link href={`/sources/${source.id}`}>Source</Link>
        </p>
        <h1>What changed in “{source.title}”</h1>
        <p className="meta">
          From {captured(from)}, to {captured(to)}. Claimtrail keeps every version of a source it captured.
        </p>
      </header>
      <SourceComparison comparison={compareTexts(from.text, to.text)} from={from.version} to={to.version} />
    </article>
  )
}
