// What publishing a verdict revision makes public (docs/decisions/015): exactly what the revision
// cites or includes, never everything attached to its claim. Pure, so the approve and publish
// screens (in the browser, as an editor ticks "hold back") and the publish write agree on the list.
import type { Rating, Stance } from '../generated/prisma/enums'

/** The evidence of the revision makes its quotes public; other users are appearance or figure ids. */
export const EVIDENCE = 'evidence'

export type PublicationAppearance = { id: string; stance: Stance; quoteId: string; exact: string; sourceTitle: string }

export type PublicationFigure = {
  id: string
  quantityName: string
  /** The value in words ("at least 545 parents"). */
  words: string
  period: string | null
  rank: string
  rankReason: string | null
  derivation: string | null
  quoteId: string
  exact: string
  sourceTitle: string
  /** Why it may not be published now (an open conflict, words that disagree); it must be held back. */
  blockers: string[]
  /** Held back when the revision was approved: the publish screen starts from that choice. */
  isHeldBack: boolean
}

/** A passage that is not public yet, and which items of this step would make it public. */
export type PublicationQuote = { id: string; exact: string; sourceId: string; sourceTitle: string; usedBy: string[] }

/** A source nobody outside the team can see yet. */
export type PublicationSource = {
  id: string
  title: string
  publisher: string | null
  author: string | null
  url: string | null
  publishedOn: string | null
  quoteIds: string[]
}

export type PublicationManifest = {
  verdict: { id: string; revision: number; rating: Rating; summary: string; rationale: string; correctionNote: string | null }
  /** The claim, and whether it is public already (a correction) or becomes public with this step. */
  claim: { id: string; text: string; claimant: string | null; isPublic: boolean }
  /** Included by the revision and not yet public. */
  appearances: PublicationAppearance[]
  figures: PublicationFigure[]
  /** Not yet public, used by the revision's evidence or an included item. */
  quotes: PublicationQuote[]
  sources: PublicationSource[]
  /** Attached to the claim, not public, and not included: they stay unpublished. */
  left: {
    appearances: Array<{ id: string; exact: string; sourceTitle: string }>
    figures: Array<{ id: string; quantityName: string; words: string; sourceTitle: string }>
  }
}

/** The manifest once the editor's hold-backs are applied: what this step publishes, item by item. */
export type PublicationPlan = {
  figures: PublicationFigure[]
  heldBack: PublicationFigure[]
  /** Blocked figures the editor has not held back: the step is refused while there are any. */
  blocked: PublicationFigure[]
  quotes: PublicationQuote[]
  sources: PublicationSource[]
}

export function planPublication(manifest: PublicationManifest, heldBack: ReadonlySet<string>): PublicationPlan {
  const figures = manifest.figures.filter((figure) => !heldBack.has(figure.id))
  const publishing = new Set<string>([EVIDENCE, ...manifest.appearances.map((item) => item.id), ...figures.map((item) => item.id)])
  const quotes = manifest.quotes.filter((quote) => quote.usedBy.some((user) => publishing.has(user)))
  const quoteIds = new Set(quotes.map((quote) => quote.id))
  return {
    figures,
    heldBack: manifest.figures.filter((figure) => heldBack.has(figure.id)),
    blocked: figures.filter((figure) => figure.blockers.length > 0),
    quotes,
    sources: manifest.sources.filter((source) => source.quoteIds.some((id) => quoteIds.has(id))),
  }
}

/** Why the step cannot go ahead with these hold-backs, for the person; null when it can. */
export function blockedMessage(plan: PublicationPlan): string | null {
  if (plan.blocked.length === 0) return null
  const list = plan.blocked.map((figure) => `“${figure.words}” (${figure.quantityName}): ${figure.blockers.join(' ')}`).join(' ')
  return `Hold back ${plan.blocked.length === 1 ? 'this figure' : 'these figures'} or settle what stops ${plan.blocked.length === 1 ? 'it' : 'them'} first. ${list}`
}

/** A stable text of everything the screen showed, for the digest that proves nothing changed since. */
export function manifestFingerprint(manifest: PublicationManifest): string {
  const { figures, ...rest } = manifest
  // The approval's hold-backs are the editor's starting choice, not part of what could be published.
  return JSON.stringify({ ...rest, figures: figures.map(({ isHeldBack: _, ...figure }) => figure) })
}
