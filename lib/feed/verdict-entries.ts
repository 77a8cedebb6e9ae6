// What the feed says about each published verdict revision: revision 1 is the verdict, every
// later one a correction with its public note. Pure, so it is tested without a database.
import type { Rating } from '../generated/prisma/enums'
import { RATINGS } from '../verdicts/ratings'
import { tagUri, type AtomEntry } from './atom'
import { isCorrection } from '../verdicts/workflow'

/** The year in every tag: URI the feed mints. Never change it: it is part of each entry's id. */
export const TAG_YEAR = 2026

export type PublishedRevision = {
  revision: number
  rating: Rating
  summary: string
  correctionNote: string | null
  publishedAt: Date
  claim: { slug: string; text: string }
}

export function claimUrl(siteUrl: string, slug: string): string {
  return `${siteUrl}/claims/${slug}`
}

/** The permanent id of one revision's entry: the claim's slug is stable, and so is a revision's number. */
export function revisionEntryId(siteUrl: string, slug: string, revision: number): string {
  return tagUri(siteUrl, TAG_YEAR, `claim/${slug}/verdict/${revision}`)
}

export function revisionEntry(siteUrl: string, row: PublishedRevision): AtomEntry {
  const rating = RATINGS[row.rating].label
  const correction = isCorrection(row)
  return {
    id: revisionEntryId(siteUrl, row.claim.slug, row.revision),
    title: correction ? `Correction: ${row.claim.text}` : `${rating}: ${row.claim.text}`,
    link: claimUrl(siteUrl, row.claim.slug),
    // A published revision is locked, so an entry never changes after it appears.
    published: row.publishedAt,
    updated: row.publishedAt,
    summary: correction ? `${sentence(row.correctionNote!)} Now rated ${rating}: ${row.summary}` : row.summary,
    categories: [correction ? 'correction' : 'verdict', rating],
  }
}

const sentence = (text: string) => (/[.!?]["”’)]?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`)
