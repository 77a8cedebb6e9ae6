'use client'

import { useCallback, useState } from 'react'
import { Field } from '@/components/ui/field'
import { formatNumber } from '@/lib/format'
import type { FormState } from '@/lib/form-state'
import { fileTooLarge, MAX_TEXT_LENGTH, TEXT_LIMIT_IN_WORDS, textLength, textTooLong, UPLOAD_LIMIT_IN_WORDS, uploadLimit } from '@/lib/import/text-limits'

/** What the reviewer has typed or chosen since the form last came back from the server. */
type Typed = { after: FormState; textLength: number; file: { name: string; size: number } | null }

/** The form's text and file fields, when either is over its limit (read at submit, so nothing stale). */
function overLimit(form: HTMLFormElement): HTMLElement | null {
  const text = form.elements.namedItem('text')
  const file = form.elements.namedItem('file')
  if (text instanceof HTMLTextAreaElement && textLength(text.value) > MAX_TEXT_LENGTH) return text
  const chosen = file instanceof HTMLInputElement ? file.files?.[0] : undefined
  if (chosen && chosen.size > uploadLimit(chosen.name)) return file as HTMLInputElement
  return null
}

/**
 * Pasted text or an uploaded file: the two ways a source's text arrives. Each states its limit, and
 * the text field counts as the reviewer types; over a limit, the field says so and the form is not
 * sent (never cut short, as a maxlength would). The server checks the same limits, the same way.
 */
export function SourceContentFields({ state }: { state: FormState }) {
  const [typed, setTyped] = useState<Typed | null>(null)
  // A refused form comes back with what was sent; until the reviewer changes it, count that.
  const current = typed?.after === state ? typed : { after: state, textLength: textLength(state.values?.text ?? ''), file: null }
  const textError = current.textLength > MAX_TEXT_LENGTH ? textTooLong(current.textLength) : undefined
  const fileError = current.file && current.file.size > uploadLimit(current.file.name) ? fileTooLarge(current.file.size, current.file.name) : undefined

  // React runs a form's action from a submit listener at the root; this one, on the form, runs first.
  const refuseOverLimit = useCallback((node: HTMLDivElement | null) => {
    const form = node?.closest('form')
    if (!form) return
    const refuse = (event: SubmitEvent) => {
      const field = overLimit(form)
      if (!field) return
      event.preventDefault()
      field.focus()
    }
    form.addEventListener('submit', refuse)
    return () => form.removeEventListener('submit', refuse)
  }, [])

  return (
    <div ref={refuseOverLimit}>
      <Field
        as="textarea"
        name="text"
        label="Paste the text"
        rows={10}
        defaultValue={state.values?.text}
        errors={textError ? [textError] : state.fieldErrors?.text}
        onChange={(event) => setTyped({ ...current, textLength: textLength(event.target.value) })}
        hint={
          <>
            Plain text, or the HTML of a saved page (page furniture is dropped); {TEXT_LIMIT_IN_WORDS}.{' '}
            {formatNumber(current.textLength)} of {formatNumber(MAX_TEXT_LENGTH)} so far.
          </>
        }
      />
      <Field
        name="file"
        label="Or upload a file"
        type="file"
        accept=".txt,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf"
        errors={fileError ? [fileError] : state.fieldErrors?.file}
        onChange={(event) => {
          const chosen = event.target.files?.[0]
          setTyped({ ...current, file: chosen ? { name: chosen.name, size: chosen.size } : null })
        }}
        hint={`A .txt, .md, .html or .pdf file of ${UPLOAD_LIMIT_IN_WORDS}, holding ${TEXT_LIMIT_IN_WORDS} of text. Web pages are reduced to their article text; a PDF is read page by page, a scan by OCR.`}
      />
    </div>
  )
}
