'use client'

import { useActionState } from 'react'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { addNote } from '@/lib/actions/add-note'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { NOTE_MAX } from '@/lib/validations/note'
import styles from './note-form.module.css'

/** A team note on the claim. After a save the box is empty again; after a refusal it keeps the text. */
export function NoteForm({ claimId, noteCount }: { claimId: string; noteCount: number }) {
  const [state, action] = useActionState(addNote, INITIAL_FORM_STATE)
  return (
    <form action={action} className={styles.noteForm}>
      <FormAlert state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      {/* Keyed by the number of notes, so the box empties once the new note is listed. */}
      <Field
        key={noteCount}
        as="textarea"
        name="body"
        id="note-body"
        label="Add a note for the team"
        required
        rows={3}
        maxLength={NOTE_MAX + 500}
        hint="Only signed-in team members see notes."
        defaultValue={state.status === 'ok' ? '' : (state.values?.body ?? '')}
        errors={state.fieldErrors?.body}
      />
      <div className="form__actions">
        <SubmitButton pending="Adding…">Add note</SubmitButton>
      </div>
    </form>
  )
}
