'use client'

import { useState } from 'react'
import type { SimilarClaim } from '@/lib/data/workspace/claims'
import { useSimilarClaims } from './use-similar-claims'
import styles from './claim-picker.module.css'

type Props = {
  /** What to search for first (the selected passage). */
  initialQuery: string
  /** A claim to show chosen, e.g. from "attach instead". */
  chosen?: SimilarClaim
  defaultClaimId?: string
  errors?: string[]
  /** Whether "no claim" is a valid answer (a figure need not belong to a claim). */
  isOptional?: boolean
  label: string
}

/** Choose a claim by typing some of its words; similar claims come up as radio buttons. */
export function ClaimPicker({ initialQuery, chosen, defaultClaimId, errors, isOptional, label }: Props) {
  const similar = useSimilarClaims(initialQuery)
  const [query, setQuery] = useState(initialQuery)
  const claims = chosen && !similar.claims.some((claim) => claim.id === chosen.id) ? [chosen, ...similar.claims] : similar.claims
  const checkedId = defaultClaimId ?? chosen?.id ?? ''
  return (
    <fieldset className={styles.claimPicker} aria-describedby="claimId-error">
      <legend>
        {label}
        {isOptional ? <span className="form__optional"> (optional)</span> : null}
      </legend>
      <div className="form__field">
        <label htmlFor="claim-search">Find a claim by its words</label>
        <input
          id="claim-search"
          type="search"
          value={query}
          maxLength={500}
          onChange={(event) => {
            setQuery(event.target.value)
            similar.search(event.target.value)
          }}
        />
      </div>
      <div aria-live="polite" className="claim-picker__results">
        {similar.status === 'searching' ? <p className="meta">Searching…</p> : null}
        {similar.status === 'failed' ? <p className="form__error">The search failed; try again.</p> : null}
        {similar.status === 'done' && claims.length === 0 ? <p className="meta">No similar claims. Try other words.</p> : null}
        <ul className={styles.list}>
          {isOptional ? (
            <li>
              <label>
                <input type="radio" name="claimId" value="" defaultChecked={checkedId === ''} /> No claim
              </label>
            </li>
          ) : null}
          {claims.map((claim) => (
            <li key={claim.id}>
              <label>
                <input type="radio" name="claimId" value={claim.id} defaultChecked={claim.id === checkedId} /> {claim.text}
                <span className="meta"> · {claim.isPublished ? 'published' : 'unpublished'}</span>
              </label>
            </li>
          ))}
        </ul>
      </div>
      <p id="claimId-error" className="form__field-error" aria-live="polite">
        {errors?.[0]}
      </p>
    </fieldset>
  )
}
