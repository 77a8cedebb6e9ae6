// A labelled form control with its hint and error underneath, wired for screen readers.
import type { ChangeEvent, ReactNode } from 'react'

type Common = {
  name: string
  label: string
  /** Field errors from FormState.fieldErrors[name]. */
  errors?: string[]
  hint?: ReactNode
  required?: boolean
  /** Defaults to the name; set it when one page has two forms with the same field. */
  id?: string
}

type Control =
  | ({ as?: 'input'; type?: string; defaultValue?: string; autoComplete?: string; maxLength?: number; accept?: string; list?: string; onChange?: (event: ChangeEvent<HTMLInputElement>) => void } & Common)
  | ({ as: 'textarea'; rows?: number; defaultValue?: string; maxLength?: number; onChange?: (event: ChangeEvent<HTMLTextAreaElement>) => void } & Common)
  | ({ as: 'select'; options: ReadonlyArray<{ value: string; label: string }>; defaultValue?: string } & Common)

export function Field(props: Control) {
  const id = props.id ?? props.name
  const errorId = `${id}-error`
  const hintId = props.hint ? `${id}-hint` : undefined
  const shared = {
    id,
    name: props.name,
    required: props.required,
    'aria-invalid': props.errors?.length ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' '),
  }
  return (
    <div className="form__field">
      <label htmlFor={id}>
        {props.label}
        {props.required ? null : <span className="form__optional"> (optional)</span>}
      </label>
      {props.as === 'textarea' ? (
        <textarea {...shared} rows={props.rows ?? 4} defaultValue={props.defaultValue} maxLength={props.maxLength} onChange={props.onChange} />
      ) : props.as === 'select' ? (
        // React resets a form after its action, and a select goes back to the option it was first
        // drawn with; keyed on its default it is drawn again with what a refused form sent.
        <select {...shared} key={props.defaultValue} defaultValue={props.defaultValue}>
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...shared}
          type={props.type ?? 'text'}
          defaultValue={props.defaultValue}
          autoComplete={props.autoComplete}
          maxLength={props.maxLength}
          accept={props.accept}
          list={props.list}
          onChange={props.onChange}
        />
      )}
      {hintId ? (
        <p id={hintId} className="form__hint">
          {props.hint}
        </p>
      ) : null}
      <p id={errorId} className="form__field-error" aria-live="polite">
        {props.errors?.[0]}
      </p>
    </div>
  )
}
