import { Field } from '@/components/ui/field'
import type { FormState } from '@/lib/form-state'
import { SOURCE_KIND_LABELS } from '@/lib/labels/source'

export const KIND_OPTIONS = Object.entries(SOURCE_KIND_LABELS).map(([value, label]) => ({ value, label }))

export type SourceMetadataDefaults = { kind?: string; publisher?: string; author?: string; url?: string; publishedOn?: string }

/** The details every source has, shared by the import and edit forms. */
export function SourceMetadataFields({ state, defaults = {} }: { state: FormState; defaults?: SourceMetadataDefaults }) {
  const value = (name: keyof SourceMetadataDefaults) => state.values?.[name] ?? defaults[name] ?? ''
  const errors = state.fieldErrors ?? {}
  return (
    <>
      <Field as="select" name="kind" label="Kind" required options={KIND_OPTIONS} defaultValue={value('kind') || 'NEWS_ARTICLE'} errors={errors.kind} />
      <Field name="publisher" label="Publisher" maxLength={200} defaultValue={value('publisher')} errors={errors.publisher} />
      <Field name="author" label="Author" maxLength={200} defaultValue={value('author')} errors={errors.author} />
      <Field name="url" label="Address of the original" type="url" maxLength={2000} defaultValue={value('url')} errors={errors.url} />
      <Field
        name="publishedOn"
        label="Published on"
        type="date"
        defaultValue={value('publishedOn')}
        errors={errors.publishedOn}
        hint="The date the source gives for itself. Leave blank when it does not say."
      />
    </>
  )
}
