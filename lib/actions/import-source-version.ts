'use server'

import { revalidatePath } from 'next/cache'
import { revalidatePublicSite } from '../public-site'
import { authedAction } from '../authed-action'
import { getDb } from '../db'
import { AppError, notFound } from '../errors'
import { alreadyImported, readSourceContent } from '../sources/read-source-content'
import { addSourceVersion, findSnapshotByText } from '../sources/store-snapshot'
import { sourceVersionSchema } from '../validations/source'

/** Imports a new version of a known source; its quotes re-anchor to it or are marked orphaned. */
export const importSourceVersion = authedAction({ permission: 'source.import', schema: sourceVersionSchema }, async (input, { user }) => {
  const content = await readSourceContent(input)
  const field = input.file ? 'file' : 'text'
  const result = await getDb().$transaction(
    async (tx) => {
      // Lock the source row: two versions imported at once must not both become version N+1.
      const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Source" WHERE id = ${input.sourceId} FOR UPDATE`
      if (locked.length === 0) throw notFound('source')
      const existing = await findSnapshotByText(tx, content.text)
      if (existing && existing.source.id !== input.sourceId) throw alreadyImported(field, existing)
      return addSourceVersion(tx, input.sourceId, content.text, user.id)
    },
    { timeout: 60_000 },
  )
  if (result.status === 'unchanged') {
    const message = `Nothing imported: this text is identical to version ${result.version}.`
    throw new AppError('invalid', message, { [field]: [message] })
  }
  revalidatePath(`/review/sources/${input.sourceId}`)
  revalidatePublicSite()
  const summary = `version=${result.version}&anchored=${result.anchored}&fuzzy=${result.fuzzy}&orphaned=${result.orphaned}`
  return { redirectTo: `/review/sources/${input.sourceId}?${summary}` }
})
