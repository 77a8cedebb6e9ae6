// A change to something the public already reads (docs/decisions/016), as the editor who publishes
// it sees it: each field as the public reads it now and as proposed. Pure, so the approve screen
// and the publish write describe one change the same way.
import type { FigureRank, PendingChangeKind, RankReason, SourceKind, Stance } from '../generated/prisma/enums'
import { RANK_LABELS, RANK_REASON_LABELS } from '../labels/figure'
import { STANCE_LABELS } from '../labels/claim'
import { SOURCE_KIND_LABELS } from '../labels/source'
import { formatNumber } from '../format'

export type FigureRankValues = { rank: FigureRank; rankReasonKind: RankReason | null; rankReason: string | null }

/** `publishedOn` as an ISO day, so the values survive JSON unchanged. */
export type SourceDetailsValues = {
  title: string
  kind: SourceKind
  publisher: string | null
  author: string | null
  url: string | null
  publishedOn: string | null
}

export type SourceVersionValues = { version: number; contentHash: string; length: number }

export type AppearanceStanceValues = { stance: Stance }

export type ChangeValues = {
  FIGURE_RANK: FigureRankValues
  SOURCE_DETAILS: SourceDetailsValues
  SOURCE_VERSION: SourceVersionValues
  APPEARANCE_STANCE: AppearanceStanceValues
}

/** One field of a change, in words. */
export type ChangeLine = { label: string; before: string; after: string }

export const CHANGE_KIND_LABELS: Record<PendingChangeKind, string> = {
  FIGURE_RANK: 'Rank of a published figure',
  SOURCE_DETAILS: 'Details of a public source',
  SOURCE_VERSION: 'New version of a public source’s text',
  APPEARANCE_STANCE: 'Stance of a published passage',
}

const NOT_STATED = '(not stated)'
const text = (value: string | null) => value ?? NOT_STATED

const FIELD_WORDS = {
  FIGURE_RANK: {
    rank: ['Rank', (value: FigureRankValues['rank']) => RANK_LABELS[value]],
    rankReasonKind: ['Reason', (value: FigureRankValues['rankReasonKind']) => (value ? RANK_REASON_LABELS[value] : NOT_STATED)],
    rankReason: ['Reason in words', text],
  },
  SOURCE_DETAILS: {
    title: ['Title', (value: string) => value],
    kind: ['Kind', (value: SourceKind) => SOURCE_KIND_LABELS[value]],
    publisher: ['Publisher', text],
    author: ['Author', text],
    url: ['Address', text],
    publishedOn: ['Published on', text],
  },
  SOURCE_VERSION: {
    version: ['Version', (value: number) => `version ${value}`],
    contentHash: ['Content hash (SHA-256)', (value: string) => value],
    length: ['Length', (value: number) => `${formatNumber(value)} characters`],
  },
  APPEARANCE_STANCE: {
    stance: ['Stance', (value: Stance) => STANCE_LABELS[value]],
  },
} as const

/** The fields a change alters, each said as the public reads it now and as proposed. */
export function changeLines<K extends PendingChangeKind>(kind: K, before: ChangeValues[K], after: ChangeValues[K]): ChangeLine[] {
  const fields = FIELD_WORDS[kind] as unknown as Record<string, readonly [string, (value: unknown) => string]>
  const was = before as Record<string, unknown>
  const will = after as Record<string, unknown>
  return Object.entries(fields)
    .filter(([field]) => was[field] !== will[field])
    .map(([field, [label, words]]) => ({ label, before: words(was[field] ?? null), after: words(will[field] ?? null) }))
}

/** True when `current` (the row as it is now) still holds every value of `before`. */
export function isUnchangedSince(before: Record<string, unknown>, current: Record<string, unknown>): boolean {
  return Object.entries(before).every(([field, value]) => (current[field] ?? null) === (value ?? null))
}
