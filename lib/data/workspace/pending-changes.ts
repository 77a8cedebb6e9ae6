// Team reads of pending changes (docs/decisions/016): the queue, one change's approve screen, and
// the changes waiting on one source or figure, for the notices on their pages.
import type { CurrentUser } from '../../auth/session'
import { CHANGE_KIND_LABELS } from '../../changes/pending-change'
import { getDb, readConsistently, type DbTransaction } from '../../db'
import { changedParagraphs } from '../../changes/text-changes'
import { changeDigest, changeSubject, readChangeScreen, SUBJECT_FIELDS } from '../../server/changes/read-change'
import { currentSnapshot } from '../../server/sources/adopt-version'
import { readableBy } from './access'

const listFields = {
  id: true,
  kind: true,
  status: true,
  figureId: true,
  sourceId: true,
  appearanceId: true,
  createdAt: true,
  decidedAt: true,
  proposedBy: { select: { id: true, name: true } },
  decidedBy: { select: { name: true } },
  ...SUBJECT_FIELDS,
} as const

type ListRow = Awaited<ReturnType<typeof readList>>[number]

const readList = (asker: CurrentUser, where: { status: 'PENDING' } | { status: { not: 'PENDING' } }, take: number) =>
  getDb().pendingChange.findMany({
    where: readableBy(asker, 'workspace.view', where),
    orderBy: { createdAt: where.status === 'PENDING' ? 'asc' : 'desc' },
    take,
    select: listFields,
  })

function present({ figure, source, appearance, ...row }: ListRow) {
  return { ...row, label: CHANGE_KIND_LABELS[row.kind], subject: changeSubject({ figure, source, appearance }).words }
}

export type ChangeListItem = ReturnType<typeof present>

/** Changes waiting for an editor, oldest first, and the latest ones decided. */
export async function listChanges(asker: CurrentUser) {
  const [pending, decided] = await Promise.all([readList(asker, { status: 'PENDING' }, 200), readList(asker, { status: { not: 'PENDING' } }, 20)])
  return { pending: pending.map(present), decided: decided.map(present) }
}

/** One change as its approve screen shows it, with the digest the publish form carries back. */
export async function getChangeScreen(asker: CurrentUser, id: string) {
  const exists = await getDb().pendingChange.count({ where: readableBy(asker, 'workspace.view', { id }) })
  if (exists === 0) return null
  return readConsistently(async (tx) => {
    const screen = await readChangeScreen(tx, id)
    return { screen, digest: changeDigest(screen), text: screen.status === 'PENDING' ? await versionText(tx, id) : null }
  })
}

/** SOURCE_VERSION: the paragraphs the new version changes, against the version read now. */
async function versionText(tx: DbTransaction, changeId: string) {
  const change = await tx.pendingChange.findUniqueOrThrow({ where: { id: changeId }, select: { sourceId: true, snapshot: { select: { text: true } } } })
  if (!change.snapshot || !change.sourceId) return null
  const current = await currentSnapshot(tx, change.sourceId)
  const before = current ? (await tx.sourceSnapshot.findUniqueOrThrow({ where: { id: current.id }, select: { text: true } })).text : ''
  return changedParagraphs(before, change.snapshot.text)
}

/** The changes waiting on one source, some figures, or the passages of one claim, for a notice on their page. */
export async function listWaitingChanges(asker: CurrentUser, on: { sourceId: string } | { figureIds: string[] } | { claimId: string }) {
  const where = 'sourceId' in on ? { sourceId: on.sourceId } : 'figureIds' in on ? { figureId: { in: on.figureIds } } : { appearance: { claimId: on.claimId } }
  const rows = await getDb().pendingChange.findMany({
    where: readableBy(asker, 'workspace.view', { status: 'PENDING' as const, ...where }),
    orderBy: { createdAt: 'asc' },
    select: listFields,
  })
  return rows.map(present)
}
