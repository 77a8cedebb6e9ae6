'use server'

import { revalidatePath } from 'next/cache'
import { authedAction } from '../auth/authed-action'
import { revalidateChangePages } from '../server/changes/revalidate'
import { getDb } from '../db'
import { AppError } from '../errors'
import { requireDatabaseUrl } from '../env'
import { notFound } from '../errors'
import { openQueue } from '../jobs/queue'
import { requestUpload } from '../server/captures/request-upload'
import { alreadyImported, isPdfUpload, readPdfUpload, readSourceContent } from '../server/sources/read-source-content'
import { findSnapshotByText } from '../server/sources/create-source'
import { saveSourceVersion } from '../server/sources/save-source-version'
import { sourceVersionSchema } from '../validations/source'

/**
 * Imports a new version of a known source; its quotes re-anchor to it or are marked orphaned. A
 * public source's new version is stored unread and proposed: the public keeps reading the version
 * its published quotes use until an editor other than the importer publishes it (docs/decisions/016).
 */
export const importSourceVersion = authedAction({ permission: 'source.import', schema: sourceVersionSchema }, async (input, { user }) => {
  // A PDF is read by a job, like a new source's (import-source.ts).
  if (isPdfUpload(input)) {
    const bytes = await readPdfUpload(input.file)
    const boss = await openQueue(requireDatabaseUrl())
    const capture = await getDb().$transaction(
      async (tx) => {
        if ((await tx.source.count({ where: { id: input.sourceId } })) === 0) throw notFound('source')
        return requestUpload(tx, boss, { bytes, fileName: input.file.name, sourceId: input.sourceId }, user.id)
      },
      { timeout: 60_000 },
    )
    return { redirectTo: `/review/captures/${capture.id}` }
  }
  const content = await readSourceContent(input)
  const field = input.file ? 'file' : 'text'
  const result = await getDb().$transaction(
    async (tx) => {
      const existing = await findSnapshotByText(tx, content.text)
      if (existing && existing.source.id !== input.sourceId) throw alreadyImported(field, existing)
      return saveSourceVersion(tx, input.sourceId, content, user.id)
    },
    { timeout: 60_000 },
  )
  if (result.status === 'unchanged') {
    const message = `Nothing imported: this text is identical to version ${result.version}.`
    throw new AppError('invalid', message, { [field]: [message] })
  }
  if (result.status === 'pending') {
    revalidateChangePages({ id: result.changeId, figureId: null, sourceId: input.sourceId }, false)
    return { redirectTo: `/review/sources/${input.sourceId}?saved=proposed` }
  }
  revalidatePath(`/review/sources/${input.sourceId}`)
  const summary = `version=${result.version}&anchored=${result.anchored}&fuzzy=${result.fuzzy}&orphaned=${result.orphaned}`
  return { redirectTo: `/review/sources/${input.sourceId}?${summary}` }
})
