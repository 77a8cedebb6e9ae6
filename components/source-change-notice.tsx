import Link from 'next/link'
import { getChangeNotice } from '@/lib/data/public/source-versions'
import type { Viewer } from '@/lib/data/public/viewer'
import { formatDay, formatList, formatNumber, isoDay } from '@/lib/format'
import styles from './source-change-notice.module.css'

type Props = { viewer: Viewer; sourceId: string; shownVersion: number }

const day = (date: Date) => <time dateTime={isoDay(date)}>{formatDay(date)}</time>

/**
 * On a public source page: says that the source changed after we quoted it, when some of our
 * quotes still refer to a version before the one shown (their words were not found again word for
 * word), and links to the comparison of that version with the one shown.
 */
export async function SourceChangeNotice({ viewer, sourceId, shownVersion }: Props) {
  const notice = await getChangeNotice(viewer, sourceId, shownVersion)
  if (!notice) return null
  const isAll = notice.quotesOnEarlier === notice.quotesInAll
  const subject = isAll ? (notice.quotesInAll === 1 ? 'our quote' : 'our quotes') : `${formatNumber(notice.quotesOnEarlier)} of our ${formatNumber(notice.quotesInAll)} quotes`
  const verb = notice.quotesOnEarlier === 1 ? 'refers' : 'refer'
  const dates = formatList(notice.quotedVersions.map((version) => formatDay(version.capturedAt)))
  return (
    <p className={styles.notice} role="note">
      This page changed on {day(notice.changedOn)} after we quoted it; {subject} {verb} to the version{notice.quotedVersions.length === 1 ? '' : 's'} captured on{' '}
      {notice.quotedVersions.length === 1 ? day(notice.quotedVersions[0]!.capturedAt) : dates}.{' '}
      <Link href={`/sources/${sourceId}/changes/${notice.compare.from}/${notice.compare.to}`}>See what changed</Link>.
    </p>
  )
}
