import type { Includable } from '@/lib/data/workspace/verdicts'
import styles from './verdict-publication.module.css'

type Props = {
  includable: Includable
  /** What the revision includes now; null for a first draft, which starts with every passage and no figure. */
  included: { figureIds: string[]; appearanceIds: string[] } | null
  /** What a refused submission sent, so it comes back exactly as typed. */
  values?: Record<string, string>
  errors?: string[]
}

/**
 * What publishing this revision publishes besides its evidence: the claim's passages and figures
 * that are not public yet, each ticked explicitly (docs/decisions/015). Field names carry the id
 * (`includeFigure:<id>`), which lib/validations/verdict.ts turns into lists.
 */
export function VerdictInclusionPicker({ includable, included, values, errors }: Props) {
  if (includable.appearances.length === 0 && includable.figures.length === 0) return null
  const isTicked = (field: string, id: string, byDefault: boolean) => (values ? values[`${field}:${id}`] !== undefined : byDefault)
  return (
    <fieldset className={`form__field field-group ${styles.picker}`} aria-describedby="inclusion-hint inclusion-error">
      <legend>Publish with this verdict</legend>
      <p id="inclusion-hint" className="form__hint">
        Publishing the verdict publishes its evidence and only what you tick here. A figure you leave unticked stays unpublished.
      </p>
      {includable.appearances.length > 0 ? <h3 className={styles.heading}>Where the claim appears</h3> : null}
      <ul className={styles.list}>
        {includable.appearances.map((item) => (
          <li key={item.id} className={styles.choice}>
            <input
              type="checkbox"
              id={`include-appearance-${item.id}`}
              name={`includeAppearance:${item.id}`}
              defaultChecked={isTicked('includeAppearance', item.id, included ? included.appearanceIds.includes(item.id) : true)}
            />
            <label htmlFor={`include-appearance-${item.id}`}>
              <span className="meta">
                {item.context} · {item.quote.snapshot.source.title}
              </span>
              <span className={styles.quote}>{item.quote.exact}</span>
            </label>
          </li>
        ))}
      </ul>
      {includable.figures.length > 0 ? <h3 className={styles.heading}>Figures</h3> : null}
      <ul className={styles.list}>
        {includable.figures.map((figure) => (
          <li key={figure.id} className={styles.choice}>
            <input
              type="checkbox"
              id={`include-figure-${figure.id}`}
              name={`includeFigure:${figure.id}`}
              defaultChecked={isTicked('includeFigure', figure.id, included?.figureIds.includes(figure.id) ?? false)}
            />
            <label htmlFor={`include-figure-${figure.id}`}>
              <strong>{figure.words}</strong> <span className="meta">{figure.quantityName} · {figure.quote.snapshot.source.title}</span>
              <span className={styles.quote}>{figure.quote.exact}</span>
            </label>
          </li>
        ))}
      </ul>
      <p id="inclusion-error" className="form__field-error" aria-live="polite">
        {errors?.[0]}
      </p>
    </fieldset>
  )
}
