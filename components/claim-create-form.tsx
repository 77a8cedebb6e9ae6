'use client'

import { useActionState, type FormEvent } from 'react'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { createClaim } from '@/lib/actions/create-claim'
import type { SimilarClaim } from '@/lib/data/workspace/claims'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { CLAIM_TEXT_MAX, CLAIMANT_MAX } from '@/lib/validations/claim'
import { PassageFields, type PassageRange } from './passage-fields'
import { StanceField } from './stance-field'
import { useSimilarClaims } from './use-similar-claims'
import styles from './claim-create-form.module.css'

type Props = { range: PassageRange; passage: string; onAttachInstead: (claim: SimilarClaim) => void }

/** A new claim from the passage; claims that may already say it are offered while typing. */
export function ClaimCreateForm({ range, passage, onAttachInstead }: Props) {
  const [state, action] = useActionState(createClaim, INITIAL_FORM_STATE)
  const similar = useSimilarClaims(passage)
  const onInput = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLTextAreaElement
    if (target.name === 'text') similar.search(target.value)
  }
  return (
    <form action={action} onInput={onInput} className="annotate-form">
      <FormAlert state={state} />
      <PassageFields range={range} state={state} />
      <Field
        as="textarea"
        name="text"
        id="claim-text"
        label="Claim"
        required
        rows={4}
        maxLength={CLAIM_TEXT_MAX + 100}
        hint="One checkable statement, in your own words, complete without the article."
        defaultValue={state.values?.text ?? passage}
        errors={state.fieldErrors?.text}
      />
      <section aria-live="polite" aria-label="Similar claims" className={styles.similarClaims}>
        {similar.claims.length > 0 ? (
          <>
            <p className={styles.similarClaimsTitle}>Similar claims already in Claimtrail</p>
            <ul>
              {similar.claims.map((claim) => (
                <li key={claim.id}>
                  {claim.text} <span className="meta">({claim.isPublished ? 'published' : 'unpublished'})</span>{' '}
                  <button type="button" className="link-button" aria-label={`Attach the passage to this claim: ${claim.text}`} onClick={() => onAttachInstead(claim)}>
                    Attach the passage to this claim
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <Field name="claimant" id="claim-claimant" label="Claimant" hint="Who makes the claim, e.g. “DOJ Inspector General”." maxLength={CLAIMANT_MAX + 50} defaultValue={state.values?.claimant ?? ''} errors={state.fieldErrors?.claimant} />
      <StanceField id="claim-stance" defaultValue={state.values?.stance} errors={state.fieldErrors?.stance} />
      <div className="form__actions">
        <SubmitButton pending="Creating…">Create claim</SubmitButton>
      </div>
    </form>
  )
}
