import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { SourceDetailsForm } from '@/components/source-details-form'
import { requirePermission } from '@/lib/auth/session'
import { getSourceDetails } from '@/lib/data/workspace/sources'
import { isoDay } from '@/lib/format'
import { idSchema } from '@/lib/validations/params'

export const metadata: Metadata = { title: 'Edit source details' }

type Props = { params: Promise<{ id: string }> }

export default async function EditSourcePage({ params }: Props) {
  const { id: rawId } = await params
  const user = await requirePermission('source.import', `/review/sources/${rawId}/edit`)
  const id = idSchema.safeParse(rawId)
  const source = id.success ? await getSourceDetails(user, id.data) : null
  if (!source) notFound()
  return (
    <>
      <p className="eyebrow">
        <Link href={`/review/sources/${source.id}`}>{source.title}</Link>
      </p>
      <h1>Edit source details</h1>
      <SourceDetailsForm
        source={{
          id: source.id,
          title: source.title,
          kind: source.kind,
          publisher: source.publisher ?? '',
          author: source.author ?? '',
          url: source.url ?? '',
          publishedOn: source.publishedOn ? isoDay(source.publishedOn) : '',
          updatedAt: source.updatedAt.toISOString(),
        }}
      />
    </>
  )
}
