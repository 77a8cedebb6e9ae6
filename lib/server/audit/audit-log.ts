// The audit log: every change writes one entry in the same transaction as the change itself.
import type { Db, DbTransaction } from '../../db'
import { conflictError, type AppError } from '../../errors'
import type { Prisma } from '../../generated/prisma/client'

export type AuditInput = {
  /** Null for what no signed-in person did: the command line and the seed. */
  actorId: string | null
  /** A verb such as "claim.create" or "verdict.publish". */
  action: string
  entityType: string
  entityId: string
  before?: unknown
  after?: unknown
}

/** Dates, Decimals and nested rows as plain JSON, the way they read in the audit view. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue
}

function toRow(entry: AuditInput) {
  return {
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: toJson(entry.before),
    after: toJson(entry.after),
  }
}

export async function audit(tx: DbTransaction, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({ data: toRow(entry), select: { id: true } })
}

/** Many entries in one statement, e.g. every quote a new source version moved. */
export async function auditAll(tx: DbTransaction, entries: AuditInput[]): Promise<void> {
  if (entries.length > 0) await tx.auditEntry.createMany({ data: entries.map(toRow) })
}

/** Who last changed an entity and when, from the audit log (optionally only some actions). */
/** The entries that save a claim's words: who saved a claim last is the author of the newest. */
export const CLAIM_SAVES = ['claim.create', 'claim.update']

export async function lastChange(db: Pick<Db, 'auditEntry'>, entityType: string, entityId: string, actions?: string[]) {
  const entry = await db.auditEntry.findFirst({
    where: { entityType, entityId, ...(actions ? { action: { in: actions } } : {}) },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true, actor: { select: { name: true } } },
  })
  return entry ? { by: entry.actor?.name ?? 'Someone', at: entry.createdAt } : null
}

/**
 * The refusal of a save based on a copy that someone has changed since it was opened: who saved
 * it last and when, from the audit log (`updatedAt`, the row's own, when nothing is logged).
 * `actions` narrows which entries count as saves (a claim's: CLAIM_SAVES).
 */
export async function staleSaveError(
  db: Pick<Db, 'auditEntry'>,
  subject: { entityType: string; id: string; what: string; updatedAt: Date; actions?: string[] },
): Promise<AppError> {
  const last = await lastChange(db, subject.entityType, subject.id, subject.actions)
  return conflictError(subject.what, last?.by ?? 'Someone', last?.at ?? subject.updatedAt)
}
