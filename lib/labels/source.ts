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
