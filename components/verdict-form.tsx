'use client'

import { useActionState } from 'react'
import { VerdictEvidencePicker } from '@/components/verdict-evidence-picker'
import { VerdictInclusionPicker } from '@/components/verdict-inclusion-picker'
import { VerdictRatingField } from '@/components/verdict-rating-field'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { saveVerdict } from '@/lib/actions/save-verdict'
import type { CitableQuote, Includable } from '@/lib/data/workspace/verdicts'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { RATIONALE_MAX, SUMMARY_MAX } from '@/lib/validations/verdict'
import { isCorrection } from '@/lib/verdicts/workflow'
import { formatNumber } from '@/lib/format'
import styles from './verdict-form.module.css'

type Props = {
  claimId: string
  /** The revision being edited; null for the claim's first draft. */
  revision: {
    id: string
    revision: number
    lockVersion: number
    rating: string
    summary: string
    rationale: string
    correctionNote: string | null
    evidence: Array<{ quoteId: string; note: string | null }>
    included: { figureIds: string[]; appearanceIds: string[] }
  } | null
  citable: CitableQuote[]
  includable: Includable
  /** The verdict page, opened in a new tab after a conflict to see the other person's change. */
  latestHref: string
}

export function VerdictForm({ claimId, revision, citable, includable, latestHref }: Props) {
  const [state, action] = useActionState(saveVerdict, INITIAL_FORM_STATE)
  const values = state.values
  const isRevisionACorrection = revision ? isCorrection(revision) : false
  return (
    <form action={action} noValidate aria-label={revision ? `Edit revision ${revision.revision}` : 'Write the first draft'}>
      <FormAlert state={state} />
      {state.status === 'conflict' ? (
        <p className={styles.conflict}>
          <a href={latestHref} target="_blank" rel="noopener">
            Open the latest version in a new tab
          </a>{' '}
          to see the other change; your text stays here.
        </p>
      ) : null}
      <input type="hidden" name="claimId" value={claimId} />
      {revision ? (
        <>
          <input type="hidden" name="verdictId" value={revision.id} />
          <input type="hidden" name="lockVersion" value={revision.lockVersion} />
        </>
      ) : null}
      <VerdictRatingField defaultValue={values?.rating ?? revision?.rating} errors={state.fieldErrors?.rating} />
      <Field
        name="summary"
        label="Summary"
        required
        hint={`One line, up to ${SUMMARY_MAX} characters: what a reader sees first.`}
        defaultValue={values?.summary ?? revision?.summary}
        errors={state.fieldErrors?.summary}
      />
      <Field
        as="textarea"
        name="rationale"
        label="Rationale"
        required
        rows={10}
        hint={`Markdown (paragraphs, **bold**, *italic*, lists, links), up to ${formatNumber(RATIONALE_MAX)} characters. Raw HTML is dropped.`}
        defaultValue={values?.rationale ?? revision?.rationale}
        errors={state.fieldErrors?.rationale}
      />
      {isRevisionACorrection ? (
        <Field
          as="textarea"
          name="correctionNote"
          label="Correction note"
          required
          rows={3}
          hint="What this correction changes and why. Readers see it with the date it is published."
          defaultValue={values?.correctionNote ?? revision?.correctionNote ?? ''}
          errors={state.fieldErrors?.correctionNote}
        />
      ) : null}
      <VerdictEvidencePicker citable={citable} cited={revision?.evidence ?? []} values={values} errors={state.fieldErrors?.evidence} />
      <VerdictInclusionPicker
        includable={includable}
        included={revision?.included ?? null}
        values={values}
        errors={state.fieldErrors?.includeFigure ?? state.fieldErrors?.includeAppearance}
      />
      <div className="form__actions">
        <SubmitButton pending="Saving…">{revision ? 'Save draft' : 'Create draft'}</SubmitButton>
      </div>
    </form>
  )
}
