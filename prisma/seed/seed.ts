// Loads the demo corpus (prisma/seed/corpus.ts) into a database. Idempotent and never destructive:
// accounts are found by email, sources by content hash, quantities and claims by slug, and anything
// that already exists is left exactly as it is, so a re-run never overwrites an edit.
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describeQuote, findUniqueQuote } from '../../lib/anchoring'
import type { Db, DbTransaction } from '../../lib/db'
import type { Role } from '../../lib/generated/prisma/enums'
import { contentHash } from '../../lib/import'
import { createSource } from '../../lib/server/sources/store-snapshot'
import { hashPassword } from '../../lib/auth/password'
import { audit } from '../../lib/server/audit/audit-log'
import { refreshFigureRelations } from '../../lib/server/figures/figure-relations'
import { approveVerdict } from '../../lib/server/verdicts/approve-verdict'
import { publicationDigest, readPublicationManifest } from '../../lib/server/verdicts/publication-manifest'
import { publishVerdict } from '../../lib/server/verdicts/publish-verdict'
import { replaceInclusions, type Inclusions } from '../../lib/verdicts/inclusions'
import type { WorkflowUser } from '../../lib/verdicts/workflow'
import { corpus } from './corpus'
import type { SeedClaim, SeedPassage, SeedVerdict, SeedVerdictRevision } from './corpus-types'

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: 'reviewer@claimtrail.test', name: 'Riley Reviewer', role: 'REVIEWER' },
  { email: 'editor@claimtrail.test', name: 'Eden Editor', role: 'EDITOR' },
  { email: 'admin@claimtrail.test', name: 'Ada Admin', role: 'ADMIN' },
]

export type SeedOptions = {
  /** Usable demo accounts with `demoPassword`; otherwise they exist only as the corpus's authors, disabled. */
  demoAccounts: boolean
  demoPassword: string
  log?: (line: string) => void
}

export type SeedReport = { accounts: number; sources: number; claims: number; figures: number; verdicts: number }

type Accounts = Record<Role, string>
type Snapshots = Map<string, { id: string; text: string }>

const SOURCES_DIR = path.join(import.meta.dirname, 'sources')

export function readSeedSourceText(file: string): string {
  return readFileSync(path.join(SOURCES_DIR, file), 'utf8')
}

export async function seed(db: Db, options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? (() => {})
  const report: SeedReport = { accounts: 0, sources: 0, claims: 0, figures: 0, verdicts: 0 }
  const accounts = await seedAccounts(db, options, report)
  const snapshots = await seedSources(db, accounts, report)
  const quantityIds = await seedQuantities(db)
  for (const claim of corpus.claims) {
    const exists = await db.claim.findUnique({ where: { slug: claim.slug }, select: { id: true } })
    if (exists) continue
    await db.$transaction((tx) => seedClaim(tx, claim, { accounts, snapshots, quantityIds }, report))
  }
  log(
    `seeded ${report.accounts} accounts, ${report.sources} sources, ${report.claims} claims, ` +
      `${report.figures} figures, ${report.verdicts} verdict revisions`,
  )
  return report
}

async function seedAccounts(db: Db, options: SeedOptions, report: SeedReport): Promise<Accounts> {
  const ids: Partial<Accounts> = {}
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } })
    if (existing) {
      ids[account.role] = existing.id
      continue
    }
    const password = options.demoAccounts ? options.demoPassword : randomBytes(32).toString('base64url')
    const user = await db.user.create({
      data: {
        ...account,
        passwordHash: await hashPassword(password),
        disabledAt: options.demoAccounts ? null : new Date(),
      },
      select: { id: true },
    })
    ids[account.role] = user.id
    report.accounts++
  }
  return ids as Accounts
}

async function seedSources(db: Db, accounts: Accounts, report: SeedReport): Promise<Snapshots> {
  const snapshots: Snapshots = new Map()
  for (const source of corpus.sources) {
    const text = readSeedSourceText(source.file)
    const hash = contentHash(text)
    let snapshot = await db.sourceSnapshot.findFirst({ where: { contentHash: hash }, select: { id: true } })
    if (!snapshot) {
      const details = {
        title: source.title,
        kind: source.kind,
        publisher: source.publisher,
        author: source.author,
        url: source.url,
        publishedOn: source.publishedOn ? day(source.publishedOn) : null,
      }
      // The same path as the import form: snapshot, suggestions, audit entry.
      const created = await db.$transaction((tx) => createSource(tx, details, text, accounts.REVIEWER))
      snapshot = { id: created.snapshotId }
      report.sources++
    }
    snapshots.set(source.key, { id: snapshot.id, text })
  }
  return snapshots
}

async function seedQuantities(db: Db): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const quantity of corpus.quantities) {
    const row = await db.quantity.upsert({ where: { slug: quantity.slug }, create: quantity, update: {}, select: { id: true } })
    ids.set(quantity.slug, row.id)
  }
  return ids
}

type ClaimContext = { accounts: Accounts; snapshots: Snapshots; quantityIds: Map<string, string> }

async function seedClaim(tx: DbTransaction, claim: SeedClaim, context: ClaimContext, report: SeedReport) {
  const { accounts } = context
  const quoteIds = new Map<string, string>()
  const quote = async (passage: SeedPassage) => {
    const snapshot = context.snapshots.get(passage.source)
    if (!snapshot) throw new Error(`claim ${claim.slug}: unknown source ${passage.source}`)
    const { start, end } = findUniqueQuote(snapshot.text, passage.exact, passage.occurrence)
    const key = `${snapshot.id}:${start}:${end}`
    let id = quoteIds.get(key)
    if (!id) {
      const existing = await tx.quote.findFirst({ where: { snapshotId: snapshot.id, start, end }, select: { id: true } })
      id = existing?.id ?? (await tx.quote.create({ data: { snapshotId: snapshot.id, ...describeQuote(snapshot.text, start, end), createdById: accounts.REVIEWER }, select: { id: true } })).id
      quoteIds.set(key, id)
    }
    return id
  }

  const created = await tx.claim.create({
    data: { slug: claim.slug, text: claim.text, claimant: claim.claimant, createdById: accounts.REVIEWER },
    select: { id: true },
  })
  const appearanceIds: string[] = []
  for (const appearance of claim.appearances) {
    const row = await tx.appearance.create({ data: { claimId: created.id, quoteId: await quote(appearance), stance: appearance.stance }, select: { id: true } })
    appearanceIds.push(row.id)
  }
  const figureIds: string[] = []
  for (const figure of claim.figures) {
    const quantityId = context.quantityIds.get(figure.quantity)
    if (!quantityId) throw new Error(`claim ${claim.slug}: unknown quantity ${figure.quantity}`)
    const saved = await tx.figure.create({
      select: { id: true },
      data: {
        quantityId,
        quoteId: await quote(figure.passage),
        claimId: created.id,
        qualifier: figure.qualifier,
        value: figure.value,
        low: figure.low,
        high: figure.high,
        unit: figure.unit,
        derivation: figure.derivation,
        periodStart: figure.period ? day(figure.period.start) : null,
        periodEnd: figure.period ? day(figure.period.end) : null,
        periodLabel: figure.period?.label,
        rank: figure.rank,
        rankReason: figure.rankReason,
        createdById: accounts.REVIEWER,
      },
    })
    await refreshFigureRelations(tx, saved.id, { isNew: true })
    figureIds.push(saved.id)
    report.figures++
  }
  if (claim.verdict) {
    const evidence = async (revision: SeedVerdictRevision) =>
      Promise.all(revision.evidence.map(async (passage, position) => ({ quoteId: await quote(passage), note: passage.note, position })))
    // The corpus's authors chose every passage and figure of a seeded claim for its verdict.
    await seedVerdict(tx, created.id, claim.verdict, { figureIds, appearanceIds }, evidence, accounts)
    report.verdicts += claim.verdict.correction ? 2 : 1
  }
  await audit(tx, { actorId: accounts.REVIEWER, action: 'claim.create', entityType: 'Claim', entityId: created.id, after: { slug: claim.slug, text: claim.text } })
  report.claims++
}

type SeedEvidence = (revision: SeedVerdictRevision) => Promise<Array<{ quoteId: string; note?: string; position: number }>>

/**
 * A claim's verdict in its corpus state, taken through the same steps as in the workspace: the
 * reviewer drafts and submits, an editor approves and publishes through the approve and publish
 * writes (lib/server/verdicts), with the list of what becomes public computed as the screens do.
 */
async function seedVerdict(tx: DbTransaction, claimId: string, verdict: SeedVerdict, includes: Inclusions, evidence: SeedEvidence, accounts: Accounts) {
  const publishedAt = verdict.publishedOn ? day(verdict.publishedOn) : new Date()
  const first = await tx.verdict.create({
    data: {
      claimId,
      revision: 1,
      rating: verdict.rating,
      summary: verdict.summary,
      rationale: verdict.rationale,
      authorId: accounts.REVIEWER,
      lastEditedById: accounts.REVIEWER,
      evidence: { create: await evidence(verdict) },
      contributors: { create: contributor(accounts.REVIEWER) },
    },
    select: { id: true },
  })
  await replaceInclusions(tx, first.id, includes)
  if (verdict.status === 'DRAFT') return
  const submitted = verdict.status === 'CHANGES_REQUESTED' ? { status: 'CHANGES_REQUESTED' as const, reviewComment: verdict.reviewComment } : { status: 'SUBMITTED' as const }
  await tx.verdict.update({ where: { id: first.id }, data: { ...submitted, submittedAt: publishedAt, lockVersion: 1 } })
  if (verdict.status === 'SUBMITTED' || verdict.status === 'CHANGES_REQUESTED') return
  const editor = { id: accounts.EDITOR, role: 'EDITOR' as const }
  await approveAndPublish(tx, first.id, editor, publishedAt, verdict.status === 'PUBLISHED')
  const correction = verdict.correction
  if (!correction || verdict.status !== 'PUBLISHED') return
  // Corrections are issued by an editor; another person (here the admin) approves and publishes them.
  const correctedAt = day(correction.publishedOn)
  const second = await tx.verdict.create({
    data: {
      claimId,
      revision: 2,
      status: 'SUBMITTED',
      rating: correction.rating,
      summary: correction.summary,
      rationale: correction.rationale,
      correctionNote: correction.note,
      authorId: accounts.EDITOR,
      lastEditedById: accounts.EDITOR,
      submittedAt: correctedAt,
      evidence: { create: await evidence(correction) },
      contributors: { create: contributor(accounts.EDITOR) },
    },
    select: { id: true },
  })
  await approveAndPublish(tx, second.id, { id: accounts.ADMIN, role: 'ADMIN' }, correctedAt, true)
}

async function approveAndPublish(tx: DbTransaction, verdictId: string, editor: WorkflowUser, at: Date, isPublished: boolean) {
  const step = async () => {
    const { lockVersion } = await tx.verdict.findUniqueOrThrow({ where: { id: verdictId }, select: { lockVersion: true } })
    return { verdictId, lockVersion, digest: publicationDigest(await readPublicationManifest(tx, verdictId)), heldBack: [], at }
  }
  await approveVerdict(tx, editor, await step())
  if (isPublished) await publishVerdict(tx, editor, await step())
}

/** A calendar day (YYYY-MM-DD) as midnight UTC, the way Prisma stores @db.Date. */
function day(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`)
}

/** A revision's author as its one contributor (see VerdictContributor), as the actions record it. */
function contributor(userId: string) {
  const now = new Date()
  return { userId, firstChangedAt: now, lastChangedAt: now }
}
