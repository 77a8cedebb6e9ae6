import { Field } from '@/components/ui/field'
import type { FormState } from '@/lib/form-state'
import { MAX_PASTED_LENGTH } from '@/lib/validations/source'

/** Pasted text or an uploaded file: the two ways a source's text arrives. */
export function SourceContentFields({ state }: { state: FormState }) {
  return (
    <>
      <Field
        as="textarea"
        name="text"
        label="Paste the text"
        rows={10}
        maxLength={MAX_PASTED_LENGTH}
        defaultValue={state.values?.text}
        errors={state.fieldErrors?.text}
        hint="Plain text, or the HTML of a saved page (page furniture is dropped)."
      />
      <Field
        name="file"
        label="Or upload a file"
        type="file"
        accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
        errors={state.fieldErrors?.file}
        hint="A .txt, .md or .html file of up to 5 MB. Web pages are reduced to their article text."
      />
    </>
  )
}
