import { z } from 'zod'
import { formatNumber } from '@/lib/format'
import styles from './source-import-notice.module.css'

const count = z.coerce.number().int().min(0).max(1_000_000)
const importNoticeSchema = z.union([
  z.object({ version: count, anchored: count, fuzzy: count, orphaned: count }),
  z.object({ imported: z.literal('1') }),
  z.object({ saved: z.enum(['details', 'proposed']) }),
])

/** What the import or edit that led here did, from the redirect's query string. */
export function SourceImportNotice({ query, suggestions }: { query: Record<string, string | string[] | undefined>; suggestions: number }) {
  const notice = importNoticeSchema.safeParse(query)
  if (!notice.success) return null
  const data = notice.data
  let message: string
  if ('version' in data) {
    message = `Version ${data.version} imported. Quotes moved to it: ${data.anchored} found exactly, ${data.fuzzy} found approximately (check them below); ${data.orphaned} not found (marked orphaned).`
  } else if ('imported' in data) {
    message = `Source imported. ${formatNumber(suggestions)} suggestions to accept or dismiss, figures and sentences worth checking; select any passage to annotate it.`
  } else if (data.saved === 'proposed') {
    message = 'Change proposed. This source is public, so its pages keep what they show now until an editor other than you publishes the change.'
  } else {
    message = 'Details saved.'
  }
  return (
    <p className={`form__success ${styles.readerNotice}`} role="status">
      {message}
    </p>
  )
}
