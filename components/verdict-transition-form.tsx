'use client'

import { useActionState } from 'react'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { approveVerdict } from '@/lib/actions/approve-verdict'
import { publishVerdict } from '@/lib/actions/publish-verdict'
import { returnVerdict } from '@/lib/actions/return-verdict'
import { startCorrection } from '@/lib/actions/start-correction'
import { submitVerdict } from '@/lib/actions/submit-verdict'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import type { PublicationManifest } from '@/lib/verdicts/publication'
import type { VerdictTransition } from '@/lib/verdicts/workflow'
import { VerdictPublicationList } from '@/components/verdict-publication-list'
import styles from './verdict-transition-form.module.css'

export type FormTransition = Exclude<VerdictTransition, 'edit'>

const FORMS: Record<FormTransition, { action: typeof submitVerdict; label: string; pending: string; isQuiet?: boolean }> = {
  submit: { action: submitVerdict, label: 'Submit for approval', pending: 'Submitting…' },
  approve: { action: approveVerdict, label: 'Approve', pending: 'Approving…' },
  publish: { action: publishVerdict, label: 'Publish', pending: 'Publishing…' },
  return: { action: returnVerdict, label: 'Return to author', pending: 'Returning…', isQuiet: true },
  correct: { action: startCorrection, label: 'Start correction', pending: 'Starting…' },
}

/** What approving or publishing makes public, as the server computed it for this page. */
export type PublicationView = { manifest: PublicationManifest; digest: string }

type Props = { transition: FormTransition; verdictId: string; lockVersion: number; latestHref: string; publication?: PublicationView }

/** One workflow step on a revision (submit, approve, return, publish, correct) as its own small form. */
export function VerdictTransitionForm({ transition, verdictId, lockVersion, latestHref, publication }: Props) {
  const form = FORMS[transition]
  const [state, action] = useActionState(form.action, INITIAL_FORM_STATE)
  return (
    <form action={action} className={styles.verdictTransition} noValidate>
      <FormAlert state={state} />
      {state.status === 'conflict' ? (
        <p>
          <a href={latestHref} target="_blank" rel="noopener">
            Open the latest version in a new tab
          </a>{' '}
          to see what changed.
        </p>
      ) : null}
      <input type="hidden" name="verdictId" value={verdictId} />
      <input type="hidden" name="lockVersion" value={lockVersion} />
      {publication && (transition === 'approve' || transition === 'publish') ? (
        <VerdictPublicationList
          key={publication.digest}
          manifest={publication.manifest}
          digest={publication.digest}
          values={state.values}
          error={state.fieldErrors?.heldBack?.[0]}
        />
      ) : null}
      {transition === 'return' ? (
        <Field
          as="textarea"
          name="comment"
          label="Comment for the author"
          required
          rows={4}
          hint="Say what needs to change; the author sees this in “Returned to me”."
          defaultValue={state.values?.comment}
          errors={state.fieldErrors?.comment}
        />
      ) : null}
      {transition === 'correct' ? (
        <Field
          as="textarea"
          name="correctionNote"
          label="Correction note"
          required
          rows={3}
          hint="What the correction changes and why. Readers see it with the date it is published; you can edit it in the draft."
          defaultValue={state.values?.correctionNote}
          errors={state.fieldErrors?.correctionNote}
        />
      ) : null}
      <SubmitButton pending={form.pending} quiet={form.isQuiet}>
        {form.label}
      </SubmitButton>
    </form>
  )
}
