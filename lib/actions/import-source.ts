'use server'

import { revalidatePath } from 'next/cache'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { AppError } from '../errors'
import { requireDatabaseUrl } from '../env'
import { isoDay } from '../format'
import { openQueue } from '../jobs/queue'
import { requestUpload } from '../server/captures/request-upload'
import { alreadyImported, isPdfUpload, readPdfUpload, readSourceContent } from '../server/sources/read-source-content'
import { createSource, findSnapshotByText } from '../server/sources/create-source'
import { sourceImportSchema } from '../validations/source'

/**
 * Imports a new source from pasted text or a .txt, .md or .html file; a .pdf is queued to be read
 * by a job (OCR takes seconds a page), which the reviewer follows on the capture's page.
 */
export const importSource = authedAction({ permission: 'source.import', schema: sourceImportSchema }, async (input, { user }) => {
  if (isPdfUpload(input)) {
    const bytes = await readPdfUpload(input.file)
    const { title, kind, publisher, author, url, publishedOn } = input
    const details = { title, kind, publisher, author, url, publishedOn: publishedOn ? isoDay(publishedOn) : null }
    const boss = await openQueue(requireDatabaseUrl())
    const capture = await getDb().$transaction((tx) => requestUpload(tx, boss, { bytes, fileName: input.file.name, details }, user.id), { timeout: 60_000 })
    return { redirectTo: `/review/captures/${capture.id}` }
  }
  const content = await readSourceContent(input)
  // The form's details win; what the page or file says about itself fills the blanks.
  const title = input.title ?? content.title?.slice(0, 300)
  const details = {
    title: title ?? '',
    kind: input.kind,
    publisher: input.publisher ?? content.publisher?.slice(0, 200) ?? null,
    author: input.author ?? content.author?.slice(0, 200) ?? null,
    url: input.url,
    publishedOn: input.publishedOn ?? (content.publishedOn ? new Date(`${content.publishedOn}T00:00:00Z`) : null),
  }
  const { sourceId } = await getDb().$transaction(
    async (tx) => {
      const existing = await findSnapshotByText(tx, content.text)
      if (existing) throw alreadyImported(input.file ? 'file' : 'text', existing)
      if (!details.title) throw new AppError('invalid', 'Give the source a title: the text does not state one.', { title: ['Enter a title'] })
      return createSource(tx, details, content, user.id)
    },
    { timeout: 60_000 },
  )
  revalidatePath('/review/sources')
  return { redirectTo: `/review/sources/${sourceId}?imported=1` }
})
