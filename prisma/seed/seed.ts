// Loads the demo corpus (prisma/seed/corpus.ts) into a database. Idempotent and never destructive:
// accounts are found by email, sources by content hash, quantities and claims by slug, and anything
// that already exists is left exactly as it is, so a re-run never overwrites an edit. Every row is
// written by the same write as in the app (lib/server/<domain>/), each with its audit entry.
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { findUniqueQuote } from '../../lib/anchoring'
import type { Db, DbTransaction } from '../../lib/db'
import type { Role } from '../../lib/generated/prisma/enums'
import { contentHash, UPLOAD_MEDIA_TYPES } from '../../lib/import'
import { hashPassword } from '../../lib/auth/password'
import { createAccount } from '../../lib/server/accounts/create-account'
import { quoteForRange } from '../../lib/server/annotations/quote-for-range'
import { createClaim } from '../../lib/server/claims/create-claim'
import { addFigure } from '../../lib/server/figures/add-figure'
import { createQuantity } from '../../lib/server/figures/create-quantity'
import { rankFigure } from '../../lib/server/figures/rank-figure'
import { createSource } from '../../lib/server/sources/create-source'
import { approveVerdict } from '../../lib/server/verdicts/approve-verdict'
import { createDraft } from '../../lib/server/verdicts/create-draft'
import { publicationDigest, readPublicationManifest } from '../../lib/server/verdicts/publication-manifest'
import { publishVerdict } from '../../lib/server/verdicts/publish-verdict'
import { returnVerdict } from '../../lib/server/verdicts/return-verdict'
import { submitVerdict } from '../../lib/server/verdicts/submit-verdict'
import { createRevision, type CitedEvidence } from '../../lib/server/verdicts/verdict-store'
import type { Inclusions } from '../../lib/server/verdicts/inclusions'
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

/** A seed source's file as it is on disk: its snapshot's original (the text is stored as the file holds it). */
function readSeedSourceOriginal(file: string) {
  return { bytes: readFileSync(path.join(SOURCES_DIR, file)), mediaType: UPLOAD_MEDIA_TYPES.text, fileName: file }
}

export async function seed(db: Db, options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? (() => {})
  const report: SeedReport = { accounts: 0, sources: 0, claims: 0, figures: 0, verdicts: 0 }
  const accounts = await seedAccounts(db, options, report)
  const snapshots = await seedSources(db, accounts, report)
  const quantityIds = await seedQuantities(db, accounts)
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
    const passwordHash = await hashPassword(password)
    const disabledAt = options.demoAccounts ? null : new Date()
    const user = await db.$transaction((tx) => createAccount(tx, null, { ...account, passwordHash, disabledAt }, 'seed'))
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
      // The same path as the import form: snapshot, its original, suggestions, audit entry.
      const content = { text, original: readSeedSourceOriginal(source.file) }
      const created = await db.$transaction((tx) => createSource(tx, details, content, accounts.REVIEWER))
      snapshot = { id: created.snapshotId }
      report.sources++
    }
    snapshots.set(source.key, { id: snapshot.id, text })
  }
  return snapshots
}

async function seedQuantities(db: Db, accounts: Accounts): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const quantity of corpus.quantities) {
    const existing = await db.quantity.findUnique({ where: { slug: quantity.slug }, select: { id: true } })
    ids.set(quantity.slug, existing?.id ?? (await db.$transaction((tx) => createQuantity(tx, { id: accounts.REVIEWER }, quantity))))
  }
  return ids
}

type ClaimContext = { accounts: Accounts; snapshots: Snapshots; quantityIds: Map<string, string> }

async function seedClaim(tx: DbTransaction, claim: SeedClaim, context: ClaimContext, report: SeedReport) {
  const reviewer = { id: context.accounts.REVIEWER }
  // Passages are selected in their source as a reviewer selects them; the same words are one quote.
  const range = (passage: SeedPassage) => {
    const snapshot = context.snapshots.get(passage.source)
    if (!snapshot) throw new Error(`claim ${claim.slug}: unknown source ${passage.source}`)
    return { snapshotId: snapshot.id, ...findUniqueQuote(snapshot.text, passage.exact, passage.occurrence) }
  }
  const quote = (passage: SeedPassage) => quoteForRange(tx, range(passage), reviewer.id)

  const appearances = []
  for (const appearance of claim.appearances) appearances.push({ quoteId: (await quote(appearance)).quoteId, stance: appearance.stance })
  const created = await createClaim(tx, reviewer, { slug: claim.slug, text: claim.text, claimant: claim.claimant ?? null, appearances })
  const figureIds: string[] = []
  for (const figure of claim.figures) {
    const quantityId = context.quantityIds.get(figure.quantity)
    if (!quantityId) throw new Error(`claim ${claim.slug}: unknown quantity ${figure.quantity}`)
    const decimal = (n: number | null) => (n === null ? null : String(n))
    const added = await addFigure(
      tx,
      {
        ...range(figure.passage),
        quantityId,
        claimId: created.id,
        qualifier: figure.qualifier,
        value: decimal(figure.value),
        low: decimal(figure.low),
        high: decimal(figure.high),
        unit: figure.unit,
        derivation: figure.derivation,
        periodStart: figure.period ? day(figure.period.start) : null,
        periodEnd: figure.period ? day(figure.period.end) : null,
        periodLabel: figure.period?.label,
      },
      reviewer.id,
    )
    if ((figure.rank ?? 'NORMAL') !== 'NORMAL' || figure.rankReason) {
      await rankFigure(tx, reviewer, { id: added.figureId, updatedAt: added.updatedAt.toISOString(), rank: figure.rank ?? 'NORMAL', rankReason: figure.rankReason })
    }
    figureIds.push(added.figureId)
    report.figures++
  }
  if (claim.verdict) {
    const evidence = async (revision: SeedVerdictRevision): Promise<CitedEvidence> =>
      Promise.all(revision.evidence.map(async (passage) => {
        const { quoteId, exact } = await quote(passage)
        return { quoteId, note: passage.note ?? null, quote: { exact } }
      }))
    // The corpus's authors chose every passage and figure of a seeded claim for its verdict.
    const includes = { figureIds, appearanceIds: created.appearances.map((appearance) => appearance.id) }
    await seedVerdict(tx, created.id, claim.verdict, includes, evidence, context.accounts)
    report.verdicts += claim.verdict.correction ? 2 : 1
  }
  report.claims++
}

type SeedEvidence = (revision: SeedVerdictRevision) => Promise<CitedEvidence>

/**
 * A claim's verdict in its corpus state, taken through the same writes as in the workspace
 * (lib/server/verdicts): the reviewer drafts and submits, an editor returns it or approves and
 * publishes it, with the list of what becomes public computed as the screens do. A correction is
 * written as the revision it became (the corpus cites passages the claim does not quote, which the
 * correction screen would refuse), then submitted by its editor and published by the admin.
 */
async function seedVerdict(tx: DbTransaction, claimId: string, verdict: SeedVerdict, includes: Inclusions, evidence: SeedEvidence, accounts: Accounts) {
  const publishedAt = verdict.publishedOn ? day(verdict.publishedOn) : new Date()
  const reviewer = { id: accounts.REVIEWER, role: 'REVIEWER' as const }
  const editor = { id: accounts.EDITOR, role: 'EDITOR' as const }
  const { rating, summary, rationale } = verdict
  const first = await createDraft(tx, reviewer, { claimId, rating, summary, rationale, evidence: await evidence(verdict), includes })
  if (verdict.status === 'DRAFT') return
  await submitVerdict(tx, reviewer, { verdictId: first.id, lockVersion: await lockVersion(tx, first.id), at: publishedAt })
  if (verdict.status === 'SUBMITTED') return
  if (verdict.status === 'CHANGES_REQUESTED') {
    if (!verdict.reviewComment) throw new Error(`claim ${claimId}: a returned verdict needs its review comment`)
    await returnVerdict(tx, editor, { verdictId: first.id, lockVersion: await lockVersion(tx, first.id), comment: verdict.reviewComment })
    return
  }
  await approveAndPublish(tx, first.id, editor, publishedAt, verdict.status === 'PUBLISHED')
  const correction = verdict.correction
  if (!correction || verdict.status !== 'PUBLISHED') return
  // Corrections are issued by an editor; another person (here the admin) approves and publishes them.
  const correctedAt = day(correction.publishedOn)
  const content = { claimId, revision: 2, rating: correction.rating, summary: correction.summary, rationale: correction.rationale, correctionNote: correction.note }
  const second = await createRevision(tx, accounts.EDITOR, content, await evidence(correction))
  await submitVerdict(tx, editor, { verdictId: second.id, lockVersion: await lockVersion(tx, second.id), at: correctedAt })
  await approveAndPublish(tx, second.id, { id: accounts.ADMIN, role: 'ADMIN' }, correctedAt, true)
}

async function lockVersion(tx: DbTransaction, verdictId: string): Promise<number> {
  return (await tx.verdict.findUniqueOrThrow({ where: { id: verdictId }, select: { lockVersion: true } })).lockVersion
}

async function approveAndPublish(tx: DbTransaction, verdictId: string, editor: WorkflowUser, at: Date, isPublished: boolean) {
  const step = async () => ({ verdictId, lockVersion: await lockVersion(tx, verdictId), digest: publicationDigest(await readPublicationManifest(tx, verdictId)), heldBack: [], at })
  await approveVerdict(tx, editor, await step())
  if (isPublished) await publishVerdict(tx, editor, await step())
}

/** A calendar day (YYYY-MM-DD) as midnight UTC, the way Prisma stores @db.Date. */
function day(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`)
}
