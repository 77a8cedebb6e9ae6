import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { SourceComparison } from '@/components/source-comparison'
import { SourceVersionPicker } from '@/components/source-version-picker'
import { requirePermission } from '@/lib/auth/session'
import { getSourceVersionPair, listSourceVersions } from '@/lib/data/workspace/sources'
import { currentVersionOf } from '@/lib/labels/source'
import { compareTexts } from '@/lib/text-diff/word-diff'
import { idSchema, versionParamSchema } from '@/lib/validations/params'

export const metadata: Metadata = { title: 'Compare versions' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string | string[]; to?: string | string[] }> }

/** Any two versions of a source, word by word; by default the newest and the one before it. */
export default async function CompareSourceVersionsPage({ params, searchParams }: Props) {
  const { id: rawId } = await params
  const query = await searchParams
  const user = await requirePermission('workspace.view', `/review/sources/${encodeURIComponent(rawId)}/compare?${new URLSearchParams({ from: String(query.from ?? ''), to: String(query.to ?? '') })}`)
  const id = idSchema.safeParse(rawId)
  const from = versionParamSchema.safeParse(query.from)
  const to = versionParamSchema.safeParse(query.to)
  const versions = id.success && from.success && to.success ? await listSourceVersions(user, id.data) : []
  if (!id.success || !from.success || !to.success || versions.length === 0) notFound()
  const toVersion = to.data ?? versions.at(-1)!.version
  const fromVersion = from.data ?? versions.findLast((version) => version.version < toVersion)?.version ?? toVersion
  const pair = await getSourceVersionPair(user, id.data, { from: fromVersion, to: toVersion })
  if (!pair) notFound()
  return (
    <>
      <header>
        <p className="eyebrow">
          <Link href={`/review/sources/${pair.source.id}`}>{pair.source.title}</Link>
        </p>
        <h1>Compare versions</h1>
        {versions.length === 1 ? <p className="meta">This source has one version so far; import a new version to compare it with.</p> : null}
        <SourceVersionPicker sourceId={pair.source.id} versions={versions} current={currentVersionOf(versions)} from={fromVersion} to={toVersion} />
      </header>
      <SourceComparison comparison={compareTexts(pair.from.text, pair.to.text)} from={fromVersion} to={toVersion} />
    </>
  )
}
