import { DiffText } from '@/components/word-diff'
import type { RevisionComparison } from '@/lib/verdicts/compare'
import styles from './verdict-compare.module.css'

const PASSAGE_CLASS = { added: styles.passageAdded, removed: styles.passageRemoved, changed: styles.passageChanged, unchanged: '' } as const
const CHANGE_WORDS = { added: 'Added', removed: 'Removed', changed: 'Changed', unchanged: 'Unchanged' } as const

/** Rating, summary, rationale and correction note word by word, then each cited passage. */
export function VerdictCompare({ comparison }: { comparison: RevisionComparison }) {
  return (
    <div>
      {comparison.fields.map((field) => (
        <section key={field.field} aria-labelledby={`compare-${field.field}`}>
          <h2 id={`compare-${field.field}`}>
            {field.label} <span className="meta">{field.isChanged ? '(changed)' : '(unchanged)'}</span>
          </h2>
          <div className={field.field === 'rationale' ? `${styles.text} card ${styles.textLong}` : `${styles.text} card`}>
            <DiffText parts={field.parts} />
          </div>
        </section>
      ))}
      <section aria-labelledby="compare-evidence">
        <h2 id="compare-evidence">
          Evidence <span className="meta">{comparison.isEvidenceChanged ? '(changed)' : '(unchanged)'}</span>
        </h2>
        {comparison.evidence.length === 0 ? <p className="empty">No passage cited in either revision.</p> : null}
        <ul className={styles.evidence}>
          {comparison.evidence.map((item) => (
            <li key={item.quoteId} className={`${styles.passage} ${PASSAGE_CLASS[item.change]}`.trimEnd()}>
              <p className="meta">
                <strong>{CHANGE_WORDS[item.change]}</strong>
                {item.before !== null && item.after !== null && item.before !== item.after ? ` · moved from ${item.before} to ${item.after}` : ''}
                {' · '}
                {item.sourceTitle}
              </p>
              <q>{item.exact}</q>
              {item.noteParts.length > 0 ? (
                <p>
                  Note: <DiffText parts={item.noteParts} />
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
