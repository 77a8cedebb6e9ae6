import { Field } from '@/components/ui/field'
import type { SourceVersionItem } from '@/lib/data/workspace/sources'
import { formatDay } from '@/lib/format'
import { versionStateLabel } from '@/lib/labels/source'
import styles from './source-version-picker.module.css'

type Props = { sourceId: string; versions: SourceVersionItem[]; current: number; from: number; to: number }

/** Two versions of a source to compare: a plain GET form, so the comparison has an address of its own. */
export function SourceVersionPicker({ sourceId, versions, current, from, to }: Props) {
  const options = versions.map((version) => ({
    value: String(version.version),
    label: `Version ${version.version}, ${formatDay(version.capturedAt)} (${versionStateLabel(version, current)})`,
  }))
  return (
    <form method="get" action={`/review/sources/${sourceId}/compare`} className={styles.picker} aria-label="Versions to compare">
      <Field as="select" name="from" id="compare-from" label="From" options={options} defaultValue={String(from)} required />
      <Field as="select" name="to" id="compare-to" label="To" options={options} defaultValue={String(to)} required />
      <div className="form__actions">
        <button type="submit" className="button">
          Compare
        </button>
      </div>
    </form>
  )
}
