// The words for each kind of source.
import type { SourceKind } from '../generated/prisma/enums'

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  NEWS_ARTICLE: 'News article',
  OPINION: 'Opinion',
  GOVERNMENT_REPORT: 'Government report',
  COURT_FILING: 'Court filing',
  DATASET: 'Dataset',
  STATEMENT: 'Statement',
  OTHER: 'Other',
}

/** What kind of file an original is, by its media type without parameters. */
const ORIGINAL_TYPE_LABELS: Record<string, string> = {
  'text/html': 'HTML page',
  'text/plain': 'plain text',
  'text/markdown': 'Markdown',
  'application/pdf': 'PDF',
}

/** "HTML page" for "text/html; charset=utf-8"; an unlisted type is named as it is. */
export function originalTypeLabel(mediaType: string): string {
  const essence = mediaType.split(';')[0]!.trim().toLowerCase()
  return ORIGINAL_TYPE_LABELS[essence] ?? essence
}

/**
 * Where a version of a source stands, in words: the version read now (the newest adopted one), an
 * earlier one, or a new version of a public source waiting for an editor (docs/decisions/016).
 */
export function versionStateLabel(version: { version: number; adoptedAt: Date | null }, current: number): string {
  if (!version.adoptedAt) return 'waiting for an editor'
  return version.version === current ? 'read now' : 'earlier'
}

/** The version read now among a source's versions: its newest adopted one (0 when none is). */
export function currentVersionOf(versions: ReadonlyArray<{ version: number; adoptedAt: Date | null }>): number {
  return versions.reduce((current, version) => (version.adoptedAt && version.version > current ? version.version : current), 0)
}
