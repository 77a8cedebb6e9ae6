// Reads for the verdict workspace and the compare view. Team members only: the pages that call
// these require a workspace permission first.
import type { CurrentUser } from '../../auth/session'
import { figureWords } from '../../figures/relation-words'
import { getDb } from '../../db'
import { COMPARED_FIELDS, toComparable as comparableFigure } from '../../figures/comparable'
import type { Prisma } from '../../generated/prisma/client'
import type { ComparableRevision } from '../../verdicts/compare'
import type { WorkflowRevision } from '../../verdicts/workflow'
import { STANCE_LABELS } from '../../labels/claim'
import type { QuotePages } from '../../pdf/page-range'
import { quotePages } from '../quote-pages'
import { CLAIM_HEADING, REVISION_CONTENT } from '../selects'
import { readableBy } from './access'

const quoteWithSource = {
  select: {
    id: true,
    exact: true,
    anchorStatus: true,
    // Where it is, for its pages in a PDF source (quotePages).
    snapshotId: true,
    start: true,
    end: true,
    snapshot: { select: { source: { select: { id: true, title: true, publisher: true, publishedOn: true } } } },
  },
} as const satisfies Prisma.QuoteDefaultArgs

const person = { select: { name: true } } as const

const revisionSelect = {
  ...REVISION_CONTENT,
  reviewComment: true,
  lockVersion: true,
  authorId: true,
  lastEditedById: true,
  author: person,
  lastEditedBy: person,
  approvedBy: person,
  publishedBy: person,
  contributors: { orderBy: { firstChangedAt: 'asc' }, select: { userId: true, lastChangedAt: true, user: person } },
  createdAt: true,
  lastEditedAt: true,
  submittedAt: true,
  approvedAt: true,
  publishedAt: true,
  supersededAt: true,
  evidence: { orderBy: { position: 'asc' }, select: { id: true, note: true, quote: quoteWithSource } },
  figures: { select: { figureId: true } },
  appearances: { select: { appearanceId: true } },
} as const satisfies Prisma.VerdictSelect

type RevisionRow = Prisma.VerdictGetPayload<{ select: typeof revisionSelect }>
type QuoteWithSource = Prisma.QuoteGetPayload<typeof quoteWithSource>
/** A passage a revision may cite, with why it is offered ("Disputes it", "Figure: …"). */
export type CitableQuote = QuoteWithSource & { context: string }

/** What the history says about the later revision that replaced a published one. */
type Superseder = { revision: number; authorName: string; publishedAt: Date }

/** A revision as the workspace shows it: the getVerdict read gives each cited passage its pages in a PDF source. */
export type VerdictRevision = Omit<RevisionRow, 'evidence'> & {
  evidence: Array<RevisionRow['evidence'][number] & { quote: { pages?: QuotePages | null } }>
  supersededBy: Superseder | null
}

const supersederSelect = { revision: true, publishedAt: true, author: person } as const satisfies Prisma.VerdictSelect

/**
 * Attaches to each superseded revision the one that replaced it: the first revision after it that
 * was published (one correction is in progress at a time, so nothing is published in between).
 */
function withSuperseders<T extends { revision: number; supersededAt: Date | null }>(
  rows: T[],
  published: ReadonlyArray<Prisma.VerdictGetPayload<{ select: typeof supersederSelect }>>,
): Array<T & { supersededBy: Superseder | null }> {
  const inOrder = [...published].sort((a, b) => a.revision - b.revision)
  return rows.map((row) => {
    const next = row.supersededAt ? inOrder.find((other) => other.revision > row.revision && other.publishedAt) : undefined
    return { ...row, supersededBy: next?.publishedAt ? { revision: next.revision, authorName: next.author.name, publishedAt: next.publishedAt } : null }
  })
}

/** A claim with every revision of its verdict (newest first) and the passages a revision may cite. */
export async function getVerdict(asker: CurrentUser, claimId: string) {
  const claim = await getDb().claim.findUnique({
    where: readableBy(asker, 'workspace.view', { id: claimId }),
    select: {
      ...CLAIM_HEADING,
      appearances: { orderBy: { createdAt: 'asc' }, select: { id: true, stance: true, publishedAt: true, quote: quoteWithSource } },
      figures: { orderBy: { createdAt: 'asc' }, select: { ...includableFigure, quantity: { select: { name: true, unit: true } }, quote: quoteWithSource } },
      verdicts: { orderBy: { revision: 'desc' }, select: revisionSelect },
    },
  })
  if (!claim) return null
  const { appearances, figures, verdicts: rows, ...rest } = claim
  const pages = await quotePages(getDb(), rows.flatMap((row) => row.evidence.map((item) => item.quote)))
  const verdicts = rows.map((row) => ({ ...row, evidence: row.evidence.map((item) => ({ ...item, quote: { ...item.quote, pages: pages.get(item.quote.id) ?? null } })) }))
  const includable = {
    appearances: appearances.filter((item) => item.publishedAt === null).map(({ id, stance, quote }) => ({ id, context: STANCE_LABELS[stance], quote })),
    figures: figures
      .filter((figure) => figure.publishedAt === null)
      .map((figure) => ({ id: figure.id, quantityName: figure.quantity.name, words: figureWords(comparableFigure(figure), figure.quantity.unit).words, quote: figure.quote })),
  }
  return { claim: rest, revisions: withSuperseders(verdicts, verdicts), citable: citableQuotes(appearances, figures, verdicts[0]), includable }
}

const includableFigure = { ...COMPARED_FIELDS, publishedAt: true } as const satisfies Prisma.FigureSelect

/** The claim's passages and figures, not public yet, that a revision may publish with it. */
export type Includable = NonNullable<Awaited<ReturnType<typeof getVerdict>>>['includable']

/** Appearances, then figures' passages, then anything the latest revision already cites; each passage once. */
function citableQuotes(
  appearances: Array<{ stance: keyof typeof STANCE_LABELS; quote: QuoteWithSource }>,
  figures: Array<{ quantity: { name: string }; quote: QuoteWithSource }>,
  latest: RevisionRow | undefined,
): CitableQuote[] {
  const byId = new Map<string, CitableQuote>()
  const add = (quote: QuoteWithSource, context: string) => {
    if (!byId.has(quote.id)) byId.set(quote.id, { ...quote, context })
  }
  for (const appearance of appearances) add(appearance.quote, STANCE_LABELS[appearance.stance])
  for (const figure of figures) add(figure.quote, `Figure: ${figure.quantity.name}`)
  for (const item of latest?.evidence ?? []) add(item.quote, 'Cited as evidence')
  return [...byId.values()]
}

type ComparedRevision = VerdictRevision & { claim: { id: string; text: string } }

/** Revision `revision` of the claim's verdict and the one before it, for the compare view. */
export async function getRevisionPair(asker: CurrentUser, claimId: string, revision: number) {
  const db = getDb()
  const [rows, published] = await Promise.all([
    db.verdict.findMany({
      where: readableBy(asker, 'workspace.view', { claimId, revision: { in: [revision - 1, revision] } }),
      orderBy: { revision: 'asc' },
      select: { ...revisionSelect, claim: { select: { id: true, text: true } } },
    }),
    // What replaced either of them: the first published revisions from the older one on.
    db.verdict.findMany({ where: { claimId, status: 'PUBLISHED', revision: { gte: revision } }, orderBy: { revision: 'asc' }, take: 2, select: supersederSelect }),
  ])
  if (rows.length !== 2) return null
  const [older, newer] = withSuperseders(rows, published) as [ComparedRevision, ComparedRevision]
  return { claim: newer.claim, older, newer }
}

export function toComparable(row: RevisionRow): ComparableRevision {
  return {
    ...row,
    evidence: row.evidence.map((item) => ({ quoteId: item.quote.id, exact: item.quote.exact, sourceTitle: item.quote.snapshot.source.title, note: item.note })),
  }
}

export function toWorkflowRevision(row: RevisionRow): WorkflowRevision {
  return { ...row, evidenceCount: row.evidence.length, contributorIds: row.contributors.map((item) => item.userId) }
}
