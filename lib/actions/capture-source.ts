'use server'

import { authedAction } from '../auth/authed-action'
import { CaptureError, checkAddress } from '../capture'
import { getDb } from '../db'
import { requireDatabaseUrl } from '../env'
import { AppError } from '../errors'
import { openQueue } from '../jobs/queue'
import { requestCapture } from '../server/captures/request-capture'
import { captureRequestSchema } from '../validations/capture'

/**
 * Captures a web address as a new source: the address is checked now (scheme, port, a literal
 * private address), queued, and fetched by a worker, which checks every address it connects to;
 * the reviewer follows it on the capture's page.
 */
export const captureSource = authedAction({ permission: 'source.import', schema: captureRequestSchema }, async (input, { user }) => {
  let url: URL
  try {
    url = checkAddress(/^[a-z][a-z0-9+.-]*:/i.test(input.address) ? input.address : `https://${input.address}`)
  } catch (error) {
    if (error instanceof CaptureError) throw new AppError('invalid', error.message, { address: [error.message] })
    throw error
  }
  const boss = await openQueue(requireDatabaseUrl())
  const capture = await getDb().$transaction((tx) => requestCapture(tx, boss, { url: url.href, kind: input.kind }, user.id))
  return { redirectTo: `/review/captures/${capture.id}` }
})
