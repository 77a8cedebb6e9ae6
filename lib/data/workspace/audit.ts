// Reads for the audit view (editors): entries newest first, filtered by entity or by claim.
import { changedFields } from '../../audit/changed-fields'
import type { CurrentUser } from '../../auth/session'
import { getDb } from '../../db'
import type { Prisma } from '../../generated/prisma/client'
import { readableBy } from './access'

const AUDIT_PAGE_SIZE = 25

type AuditFilter = {
  /** One record, e.g. { type: 'Verdict', id }. */
  entity?: { type: string; id: string }
  /** Everything recorded about a claim: the claim, its verdict revisions, figures, appearances and notes. */
  claimId?: string
  /** 1-based. */
  page: number
}

async function claimEntities(claimId: string): Promise<Prisma.AuditEntryWhereInput> {
  const claim = await getDb().claim.findUnique({
    where: { id: claimId },
    select: { verdicts: { select: { id: true } }, figures: { select: { id: true } }, appearances: { select: { id: true } }, notes: { select: { id: true } } },
  })
  const ids = (rows: Array<{ id: string }> | undefined) => ({ in: (rows ?? []).map((row) => row.id) })
  return {
    OR: [
      { entityType: 'Claim', entityId: claimId },
      { entityType: 'Verdict', entityId: ids(claim?.verdicts) },
      { entityType: 'Figure', entityId: ids(claim?.figures) },
      { entityType: 'Appearance', entityId: ids(claim?.appearances) },
      { entityType: 'Note', entityId: ids(claim?.notes) },
    ],
  }
}

/** Where the team looks at the entity an entry is about, when there is such a page. */
async function entityLinks(entries: Array<{ entityType: string; entityId: string }>): Promise<Map<string, string>> {
  const idsOf = (type: string) => entries.filter((entry) => entry.entityType === type).map((entry) => entry.entityId)
  const db = getDb()
  const [verdicts, figures] = await Promise.all([
    db.verdict.findMany({ where: { id: { in: idsOf('Verdict') } }, select: { id: true, claimId: true } }),
    db.figure.findMany({ where: { id: { in: idsOf('Figure') }, claimId: { not: null } }, select: { id: true, claimId: true } }),
  ])
  const links = new Map<string, string>()
  for (const verdict of verdicts) links.set(`Verdict:${verdict.id}`, `/review/claims/${verdict.claimId}/verdict`)
  for (const figure of figures) links.set(`Figure:${figure.id}`, `/review/claims/${figure.claimId}`)
  for (const id of idsOf('Claim')) links.set(`Claim:${id}`, `/review/claims/${id}`)
  for (const id of idsOf('Source')) links.set(`Source:${id}`, `/review/sources/${id}`)
  return links
}

export async function listAuditEntries(asker: CurrentUser, filter: AuditFilter) {
  const where: Prisma.AuditEntryWhereInput = {
    ...(filter.entity ? { entityType: filter.entity.type, entityId: filter.entity.id } : {}),
    ...(filter.claimId ? await claimEntities(filter.claimId) : {}),
  }
  const rows = await getDb().auditEntry.findMany({
    where: readableBy(asker, 'audit.view', where),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
    // One more than a page tells whether there is an older page.
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, action: true, entityType: true, entityId: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
  })
  const page = rows.slice(0, AUDIT_PAGE_SIZE)
  const links = await entityLinks(page)
  return {
    hasOlder: rows.length > AUDIT_PAGE_SIZE,
    entries: page.map(({ before, after, ...entry }) => ({
      ...entry,
      isCreation: before === null,
      changes: changedFields(before, after),
      href: links.get(`${entry.entityType}:${entry.entityId}`) ?? null,
    })),
  }
}

export type AuditListEntry = Awaited<ReturnType<typeof listAuditEntries>>['entries'][number]

/** The claim a filter names, for the page heading. */
export async function getAuditClaim(asker: CurrentUser, claimId: string) {
  return getDb().claim.findUnique({ where: readableBy(asker, 'audit.view', { id: claimId }), select: { id: true, text: true } })
}
