// The shape of the demo corpus (prisma/seed/corpus.ts). Plain data, so a unit test can check every
// passage against its source text without a database.
import type {
  FigureQualifier,
  FigureRank,
  Rating,
  SourceKind,
  Stance,
  VerdictStatus,
} from '../../lib/generated/prisma/enums'

export type SeedSource = {
  /** Stable key used by passages below, e.g. 'axios-doj-watchdog'. */
  key: string
  /** File name under prisma/seed/sources/: the preserved text, byte for byte. */
  file: string
  /** The headline as the text gives it; in [square brackets] when the text has none and we describe it. */
  title: string
  kind: SourceKind
  /** Each of these only when the text itself states it; null otherwise, never guessed. */
  publisher: string | null
  author: string | null
  url: string | null
  /** YYYY-MM-DD */
  publishedOn: string | null
}

/** Exact words in one source. `occurrence` (1-based) picks among repeats; omit when the words occur once. */
export type SeedPassage = {
  source: string
  exact: string
  occurrence?: number
}

export type SeedQuantity = {
  slug: string
  name: string
  description: string
  unit: string
}

export type SeedFigure = {
  quantity: string
  /** The words that state the number, e.g. "At least 545 parents". */
  passage: SeedPassage
  qualifier: FigureQualifier
  /** The number as stated. */
  value: number
  /** The interval the statement allows; null for an open side ("at least 545": low 545, high null). */
  low: number | null
  high: number | null
  unit: string
  /**
   * Why the figure differs from the plain reading of its passage (lib/figures/agreement.ts), e.g.
   * a unit conversion; omit when it states what the words say. Shown publicly as "derived: …".
   */
  derivation?: string
  /** The date or period the figure describes, as first and last day (YYYY-MM-DD) plus the source's words. */
  period?: { start: string; end: string; label: string }
  rank?: FigureRank
  rankReason?: string
}

export type SeedVerdictRevision = {
  rating: Rating
  summary: string
  /** Markdown. */
  rationale: string
  evidence: Array<SeedPassage & { note?: string }>
}

export type SeedVerdict = SeedVerdictRevision & {
  status: VerdictStatus
  /** For CHANGES_REQUESTED: the editor's comment. */
  reviewComment?: string
  /** For PUBLISHED: the day it was published (YYYY-MM-DD). */
  publishedOn?: string
  /** A later published revision with a public correction note. */
  correction?: SeedVerdictRevision & { note: string; publishedOn: string }
}

export type SeedClaim = {
  /** Stable, lowercase, hyphenated; the public URL is /claims/<slug>. */
  slug: string
  /** The checkable statement in our own words. */
  text: string
  claimant?: string
  appearances: Array<SeedPassage & { stance: Stance }>
  figures: SeedFigure[]
  verdict?: SeedVerdict
}

export type SeedCorpus = {
  sources: SeedSource[]
  quantities: SeedQuantity[]
  claims: SeedClaim[]
}
