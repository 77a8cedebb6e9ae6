import type { CitableQuote } from '@/lib/data/workspace/verdicts'
import styles from './verdict-evidence-picker.module.css'

type Props = {
  citable: CitableQuote[]
  /** What the revision cites now, in order. */
  cited: Array<{ quoteId: string; note: string | null }>
  /** What a refused submission sent, so it comes back exactly as typed. */
  values?: Record<string, string>
  errors?: string[]
}

/**
 * The passages a verdict may cite: each with a box to cite it, a note, and its place in the list.
 * Field names carry the quote id (`cite:<id>`), which lib/validations/verdict.ts turns into a list.
 */
export function VerdictEvidencePicker({ citable, cited, values, errors }: Props) {
  const position = new Map(cited.map((item, index) => [item.quoteId, { index, note: item.note }]))
  return (
    <fieldset className={`form__field ${styles.evidencePicker}`} aria-describedby="evidence-hint evidence-error">
      <legend>Evidence</legend>
      <p id="evidence-hint" className="form__hint">
        Tick the passages that support the rating. Readers see cited passages in the order you number them, lowest first.
      </p>
      <ol className={styles.evidencePickerList}>
        {citable.map((quote, index) => {
          const current = position.get(quote.id)
          const isCited = values ? values[`cite:${quote.id}`] !== undefined : current !== undefined
          const number = index + 1
          return (
            <li key={quote.id} className={styles.evidencePickerItem}>
              <div className={styles.evidencePickerChoice}>
                <input type="checkbox" id={`cite-${quote.id}`} name={`cite:${quote.id}`} defaultChecked={isCited} />
                <label htmlFor={`cite-${quote.id}`}>
                  <span className="meta">
                    {quote.context} · {quote.snapshot.source.title}
                  </span>
                  <span className={styles.evidencePickerQuote}>{quote.exact}</span>
                </label>
              </div>
              <div className={styles.evidencePickerDetails}>
                <label htmlFor={`note-${quote.id}`}>
                  Note<span className="visually-hidden"> on passage {number}</span>
                </label>
                <input id={`note-${quote.id}`} name={`note:${quote.id}`} defaultValue={values?.[`note:${quote.id}`] ?? current?.note ?? ''} />
                <label htmlFor={`order-${quote.id}`}>
                  Order<span className="visually-hidden"> of passage {number}</span>
                </label>
                <input
                  id={`order-${quote.id}`}
                  name={`order:${quote.id}`}
                  type="number"
                  min={1}
                  inputMode="numeric"
                  defaultValue={values?.[`order:${quote.id}`] ?? (current ? String(current.index + 1) : '')}
                />
              </div>
            </li>
          )
        })}
      </ol>
      <p id="evidence-error" className="form__field-error" aria-live="polite">
        {errors?.[0]}
      </p>
    </fieldset>
  )
}
