'use client'

import { useState } from 'react'
import { RATINGS } from '@/lib/verdicts/ratings'
import { planPublication, type PublicationManifest } from '@/lib/verdicts/publication'
import styles from './verdict-publication.module.css'

type Props = {
  manifest: PublicationManifest
  digest: string
  /** What a refused submission sent, so the editor's hold-backs come back as they were. */
  values?: Record<string, string>
  error?: string
}

/**
 * The approve and publish screens' list of everything this step makes public, and what stays
 * unpublished; it follows the editor's "hold back" ticks as they make them. The step is refused
 * unless the server computes the same list (the digest) and every blocked figure is held back.
 */
export function VerdictPublicationList({ manifest, digest, values, error }: Props) {
  const [heldBack, setHeldBack] = useState(
    () => new Set(manifest.figures.filter((figure) => (values ? values[`holdBack:${figure.id}`] !== undefined : figure.isHeldBack)).map((figure) => figure.id)),
  )
  const plan = planPublication(manifest, heldBack)
  const toggle = (id: string, isHeld: boolean) =>
    setHeldBack((current) => {
      const next = new Set(current)
      if (isHeld) next.add(id)
      else next.delete(id)
      return next
    })
  const { verdict, claim, left } = manifest
  const stays = plan.heldBack.length + left.figures.length + left.appearances.length
  return (
    <section className={styles.summary} aria-label="What this step makes public">
      <input type="hidden" name="publicationDigest" value={digest} />
      <h4>Becomes public with this step</h4>
      <ul className={styles.list}>
        <li>
          Revision {verdict.revision} of the verdict: <strong>{RATINGS[verdict.rating].label}</strong>, “{verdict.summary}”
          {verdict.correctionNote ? <span className="meta"> · correction note: {verdict.correctionNote}</span> : null}
        </li>
        {claim.isPublic ? null : <li>The claim: “{claim.text}”{claim.claimant ? ` (${claim.claimant})` : ''}</li>}
        {manifest.appearances.map((item) => (
          <li key={item.id}>
            Where it appears ({item.sourceTitle}): <span className={styles.quote}>{item.exact}</span>
          </li>
        ))}
      </ul>
      {manifest.figures.length > 0 ? <h4>Figures</h4> : null}
      <ul className={styles.list} aria-describedby="hold-back-error">
        {manifest.figures.map((figure) => {
          const isHeld = heldBack.has(figure.id)
          return (
            <li key={figure.id}>
              <p className={isHeld ? styles.held : undefined}>
                <strong>{figure.words}</strong> · {figure.quantityName}
                {figure.period ? ` · ${figure.period}` : ''} · {figure.sourceTitle}
                {figure.rank !== 'NORMAL' ? ` · ranked ${figure.rank.toLowerCase()}${figure.rankReason ? ` (${figure.rankReason})` : ''}` : ''}
                {figure.derivation ? ` · derived: ${figure.derivation}` : ''}
                {isHeld ? ' · held back: stays unpublished' : ''}
              </p>
              <span className={styles.quote}>{figure.exact}</span>
              {figure.blockers.map((blocker) => (
                <p key={blocker} className={styles.blocker}>
                  Cannot be published yet. {blocker}
                </p>
              ))}
              <div className={styles.choice}>
                <input
                  type="checkbox"
                  id={`hold-back-${figure.id}`}
                  name={`holdBack:${figure.id}`}
                  checked={isHeld}
                  onChange={(event) => toggle(figure.id, event.target.checked)}
                />
                <label htmlFor={`hold-back-${figure.id}`}>Hold back “{figure.words}”</label>
              </div>
            </li>
          )
        })}
      </ul>
      <p id="hold-back-error" className="form__field-error" aria-live="polite">
        {error}
      </p>
      {plan.quotes.length > 0 ? <h4>Passages that become public</h4> : null}
      <ul className={styles.list}>
        {plan.quotes.map((quote) => (
          <li key={quote.id}>
            <span className="meta">{quote.sourceTitle}</span>
            <span className={styles.quote}>{quote.exact}</span>
          </li>
        ))}
      </ul>
      {plan.sources.length > 0 ? <h4>Sources that become public for the first time</h4> : null}
      <ul className={styles.list}>
        {plan.sources.map((source) => (
          <li key={source.id}>
            <strong>{source.title}</strong>
            {[source.publisher, source.author, source.publishedOn, source.url].filter(Boolean).map((detail) => ` · ${detail}`)}
          </li>
        ))}
      </ul>
      <h4>Stays unpublished</h4>
      {stays === 0 ? <p className={styles.empty}>Nothing else attached to this claim.</p> : null}
      <ul className={styles.list}>
        {plan.heldBack.map((figure) => (
          <li key={figure.id}>
            Held back: {figure.words} · {figure.quantityName} · {figure.sourceTitle}
          </li>
        ))}
        {left.figures.map((figure) => (
          <li key={figure.id}>
            Not included: {figure.words} · {figure.quantityName} · {figure.sourceTitle}
          </li>
        ))}
        {left.appearances.map((item) => (
          <li key={item.id}>
            Not included: the passage in {item.sourceTitle}: <span className={styles.quote}>{item.exact}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
