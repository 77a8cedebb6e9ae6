import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { SourceVersionForm } from '@/components/source-version-form'
import { requirePermission } from '@/lib/auth/session'
import { getSourceDetails } from '@/lib/data/workspace/sources'
import { idSchema } from '@/lib/validations/params'

export const metadata: Metadata = { title: 'Import a new version' }

type Props = { params: Promise<{ id: string }> }

export default async function NewSourceVersionPage({ params }: Props) {
  const { id: rawId } = await params
  const user = await requirePermission('source.import', `/review/sources/${rawId}/versions/new`)
  const id = idSchema.safeParse(rawId)
  const source = id.success ? await getSourceDetails(user, id.data) : null
  if (!source) notFound()
  return (
    <>
      <p className="eyebrow">
        <Link href={`/review/sources/${source.id}`}>{source.title}</Link>
      </p>
      <h1>Import a new version</h1>
      <p className="meta">
        The earlier versions stay as they are. Each existing quote moves to the new text where its words are found again
        (exactly, or approximately for a reviewer to confirm), or is marked orphaned and stays on the version it quotes.
      </p>
      <SourceVersionForm sourceId={source.id} />
    </>
  )
}
