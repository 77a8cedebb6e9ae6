'use server'

import { revalidatePath } from 'next/cache'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { AppError } from '../errors'
import { alreadyImported, readSourceContent } from '../server/sources/read-source-content'
import { createSource, findSnapshotByText } from '../server/sources/create-source'
import { sourceImportSchema } from '../validations/source'

/** Imports a new source from pasted text or a .txt, .md or .html file. */
export const importSource = authedAction({ permission: 'source.import', schema: sourceImportSchema }, async (input, { user }) => {
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
