// A capture as the team follows it: where it is, what answered, and what came of it. Every team
// member may see every capture (workspace.view), as they may see every source in the workspace.
import { getDb } from '../../db'
import { notFound } from '../../errors'
import type { Prisma } from '../../generated/prisma/client'

export const CAPTURE_PROGRESS = {
  id: true,
  purpose: true,
  status: true,
  requestedUrl: true,
  finalUrl: true,
  httpStatus: true,
  mediaType: true,
  fetchedAt: true,
  error: true,
  createdAt: true,
  updatedAt: true,
  requestedBy: { select: { name: true } },
  source: { select: { id: true, title: true } },
  snapshot: { select: { version: true } },
} as const satisfies Prisma.CaptureSelect

export type CaptureProgress = Prisma.CaptureGetPayload<{ select: typeof CAPTURE_PROGRESS }>

export async function getCaptureProgress(id: string): Promise<CaptureProgress> {
  const capture = await getDb().capture.findUnique({ where: { id }, select: CAPTURE_PROGRESS })
  if (capture === null) throw notFound('capture')
  return capture
}
