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
