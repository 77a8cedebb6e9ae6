// The workspace reads decide in their own where what the person asking may see (./access.ts):
// called for someone whose role lacks the permission, each finds nothing, and the same read finds
// the rows for someone whose role has it. On the seeded database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CurrentUser } from '../../auth/session'
import { connectDb } from '../../db'
import type { Role } from '../../generated/prisma/enums'
import { readableBy } from './access'
import { listAccounts } from './accounts'
import { getAuditClaim, listAuditEntries } from './audit'
import { listCheckRequests } from './check-requests'
import { getClaim, listClaims, listSimilarClaims } from './claims'
import { getChangeScreen, listChanges, listWaitingChanges } from './pending-changes'
import { countOpenConflicts, getComparisonFigures, getQuantity, listOpenConflicts, listQuantities } from './quantities'
import { getQueues } from './queues'
import { getReaderNotice, getSource, getSourceDetails, listSources } from './sources'
import { getRevisionPair, getVerdict } from './verdicts'

describe('workspace reads', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const asker = (role: Role): Promise<CurrentUser> =>
    db.user.findFirstOrThrow({ where: { role, disabledAt: null }, select: { id: true, email: true, name: true, role: true } })
  let reviewer: CurrentUser
  let editor: CurrentUser
  let admin: CurrentUser
  /** A role the permission map does not know (one added to the enum and forgotten there): it may read nothing. */
  let stranger: CurrentUser
  const ids = { claim: '', claimText: '', source: '', quantity: '', figure: '', revisedClaim: '', change: '' }

  beforeAll(async () => {
    ;[reviewer, editor, admin] = await Promise.all([asker('REVIEWER'), asker('EDITOR'), asker('ADMIN')])
    stranger = { ...reviewer, role: 'NOBODY' as Role }
    const claim = await db.claim.findFirstOrThrow({ where: { appearances: { some: {} } }, orderBy: { id: 'asc' }, select: { id: true, text: true } })
    const figure = await db.figure.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { id: true, quantityId: true } })
    const source = await db.source.findFirstOrThrow({ where: { snapshots: { some: { adoptedAt: { not: null } } } }, orderBy: { id: 'asc' }, select: { id: true } })
    const revised = await db.verdict.findFirstOrThrow({ where: { revision: 2 }, select: { claimId: true } })
    // The seed proposes no change to anything public; one waits here on the source, as proposed.
    const change = await db.pendingChange.create({ data: { kind: 'SOURCE_DETAILS', sourceId: source.id, before: {}, after: {}, proposedById: reviewer.id }, select: { id: true } })
    Object.assign(ids, { claim: claim.id, claimText: claim.text, source: source.id, quantity: figure.quantityId, figure: figure.id, revisedClaim: revised.claimId, change: change.id })
  })
  afterAll(async () => {
    await db.pendingChange.delete({ where: { id: ids.change } })
    await db.$disconnect()
  })

  it('refuse wherever the rule is nested, and never widen a where with an AND of its own', async () => {
    // Prisma drops an empty OR inside an AND, so the rule must not rely on one.
    expect(await db.claim.count({ where: { AND: [readableBy(stranger, 'workspace.view', {})] } })).toBe(0)
    expect(await db.claim.count({ where: { appearances: { some: { claim: readableBy(stranger, 'workspace.view', {}) } } } })).toBe(0)
    expect(await db.claim.count({ where: readableBy(stranger, 'workspace.view', { AND: [{ id: ids.claim }] }) })).toBe(0)
    expect(await db.claim.count({ where: { AND: [readableBy(reviewer, 'workspace.view', { id: ids.claim })] } })).toBe(1)
  })

  it('give someone whose role lacks the permission nothing', async () => {
    expect(await listAccounts(stranger)).toEqual([])
    expect(await listAuditEntries(stranger, { page: 1 })).toEqual({ hasOlder: false, entries: [] })
    expect(await listAuditEntries(stranger, { claimId: ids.claim, page: 1 })).toEqual({ hasOlder: false, entries: [] })
    expect(await getAuditClaim(stranger, ids.claim)).toBeNull()
    expect(await listCheckRequests(stranger)).toEqual({ open: [], decided: [] })
    expect(await listClaims(stranger, { status: 'all' })).toEqual([])
    expect(await listClaims(stranger, { q: ids.claimText, status: 'all' })).toEqual([])
    expect(await listSimilarClaims(stranger, ids.claimText)).toEqual([])
    expect(await getClaim(stranger, ids.claim)).toBeNull()
    expect(await listChanges(stranger)).toEqual({ pending: [], decided: [] })
    expect(await getChangeScreen(stranger, ids.change)).toBeNull()
    expect(await listWaitingChanges(stranger, { sourceId: ids.source })).toEqual([])
    expect(await listQuantities(stranger)).toEqual([])
    expect(await getQuantity(stranger, ids.quantity)).toBeNull()
    expect(await listOpenConflicts(stranger)).toEqual([])
    expect(await countOpenConflicts(stranger)).toBe(0)
    expect(await getComparisonFigures(stranger, ids.quantity)).toBeNull()
    expect(await getQueues(stranger)).toEqual({ drafts: [], returned: [], awaitingApproval: [], readyToPublish: [], recentlyPublished: [] })
    expect(await getSource(stranger, ids.source)).toBeNull()
    expect(await getReaderNotice(stranger, { claimId: ids.claim })).toBeNull()
    expect(await getReaderNotice(stranger, { figureId: ids.figure })).toBeNull()
    expect(await listSources(stranger)).toEqual([])
    expect(await getSourceDetails(stranger, ids.source)).toBeNull()
    expect(await getVerdict(stranger, ids.claim)).toBeNull()
    expect(await getRevisionPair(stranger, ids.revisedClaim, 2)).toBeNull()
  })

  it('give the team what their roles allow, and keep the editors’ and admins’ reads from reviewers', async () => {
    expect(await listAccounts(reviewer)).toEqual([])
    expect((await listAccounts(admin)).length).toBeGreaterThanOrEqual(3)
    expect((await listAuditEntries(reviewer, { page: 1 })).entries).toEqual([])
    expect((await listAuditEntries(editor, { page: 1 })).entries.length).toBeGreaterThan(0)
    expect(await getAuditClaim(reviewer, ids.claim)).toBeNull()
    expect(await getAuditClaim(editor, ids.claim)).toEqual({ id: ids.claim, text: ids.claimText })
    expect((await getQueues(reviewer)).awaitingApproval).toEqual([])
    expect((await listClaims(reviewer, { status: 'all' })).length).toBeGreaterThan(0)
    expect((await listSimilarClaims(reviewer, ids.claimText)).map((claim) => claim.id)).toContain(ids.claim)
    expect((await listClaims(reviewer, { q: ids.claimText, status: 'all' })).map((claim) => claim.id)).toContain(ids.claim)
    expect(await getClaim(reviewer, ids.claim)).toMatchObject({ id: ids.claim })
    expect((await listQuantities(reviewer)).length).toBeGreaterThan(0)
    expect(await getQuantity(reviewer, ids.quantity)).toMatchObject({ quantity: { id: ids.quantity } })
    expect(await getComparisonFigures(reviewer, ids.quantity)).toMatchObject({ quantity: { id: ids.quantity } })
    expect(await getSource(reviewer, ids.source)).toMatchObject({ source: { id: ids.source } })
    expect(await getSourceDetails(reviewer, ids.source)).toMatchObject({ id: ids.source })
    expect(await getReaderNotice(reviewer, { figureId: ids.figure })).toMatchObject({ kind: 'figure' })
    expect((await listSources(reviewer)).length).toBeGreaterThan(0)
    expect((await listChanges(reviewer)).pending.map((change) => change.id)).toContain(ids.change)
    expect((await listWaitingChanges(reviewer, { sourceId: ids.source })).map((change) => change.id)).toEqual([ids.change])
    expect(await getVerdict(reviewer, ids.claim)).toMatchObject({ claim: { id: ids.claim } })
    expect(await getRevisionPair(reviewer, ids.revisedClaim, 2)).toMatchObject({ older: { revision: 1 }, newer: { revision: 2 } })
  })
})
