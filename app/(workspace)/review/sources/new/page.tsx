import type { Metadata } from 'next'
import Link from 'next/link'
import { SourceCaptureForm } from '@/components/source-capture-form'
import { SourceImportForm } from '@/components/source-import-form'
import { requirePermission } from '@/lib/auth/session'

export const metadata: Metadata = { title: 'Import a source' }

export default async function ImportSourcePage() {
  await requirePermission('source.import', '/review/sources/new')
  return (
    <>
      <p className="eyebrow">
        <Link href="/review/sources">Sources</Link>
      </p>
      <h1>Import a source</h1>
      <p className="meta">
        The text is kept as an unchangeable snapshot with its SHA-256 hash; quotes anchor to it. Figures and sentences
        worth checking are offered as suggestions once it is imported.
      </p>
      <SourceCaptureForm />
      <h2>Or paste the text, or upload a file</h2>
      <SourceImportForm />
    </>
  )
}
