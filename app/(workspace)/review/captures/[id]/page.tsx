import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CaptureProgress } from '@/components/capture-progress'
import { requirePermission } from '@/lib/auth/session'
import { getCaptureProgress } from '@/lib/data/workspace/captures'
import { AppError } from '@/lib/errors'
import { captureHeading } from '@/lib/labels/capture'
import { idSchema } from '@/lib/validations/params'

export const metadata: Metadata = { title: 'Capture' }

type Props = { params: Promise<{ id: string }> }

export default async function CapturePage({ params }: Props) {
  const { id: rawId } = await params
  await requirePermission('workspace.view', `/review/captures/${encodeURIComponent(rawId)}`)
  const id = idSchema.safeParse(rawId)
  if (!id.success) notFound()
  const capture = await getCaptureProgress(id.data).catch((error) => {
    if (error instanceof AppError && error.code === 'not-found') return null
    throw error
  })
  if (capture === null) notFound()
  return (
    <article>
      <p className="eyebrow">
        <Link href="/review/sources">Sources</Link>
        {capture.source ? (
          <>
            {' · '}
            <Link href={`/review/sources/${capture.source.id}`}>{capture.source.title}</Link>
          </>
        ) : null}
      </p>
      <h1>{captureHeading(capture)}</h1>
      <CaptureProgress initial={capture} />
      <p className="meta">
        <Link href="/review/sources/new">Import another source</Link>
      </p>
    </article>
  )
}
