import { versionStateLabel } from '@/lib/labels/source'
import { formatDay } from '@/lib/format'
import type { SourceVersionItem } from '@/lib/data/workspace/sources'
import styles from './source-version-picker.module.css'

type Props = { sourceId: string; versions: SourceVersionItem[]; current: number; from: number; to: number }

/** Two versions of a source to compare: a plain GET form, so the comparison has an address of its own. */
export function SourceVersionPicker({ sourceId, versions, current, from, to }: Props) {
  const options = versions.map((version) => (
    <option key={version.id} value={version.version}>
      Version {version.version}, {formatDay(version.capturedAt)} ({versionStateLabel(version, current)})
    </option>
  ))
  return (
    <form method="get" action={`/review/sources/${sourceId}/compare`} className={styles.picker} aria-label="Versions to compare">
      <div className="form__field">
        <label htmlFor="compare-from">From</label>
        <select id="compare-from" name="from" defaultValue={from}>
          {options}
        </select>
      </div>
      <div className="form__field">
        <label htmlFor="compare-to">To</label>
        <select id="compare-to" name="to" defaultValue={to}>
          {options}
        </select>
      </div>
      <div className="form__actions">
        <button type="submit" className="button">
          Compare
        </button>
      </div>
    </form>
  )
}
