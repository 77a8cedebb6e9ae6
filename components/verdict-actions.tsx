import { VerdictTransitionForm, type FormTransition, type PublicationView } from '@/components/verdict-transition-form'
import { toWorkflowRevision, type VerdictRevision } from '@/lib/data/workspace/verdicts'
import { allowedTransitions, blockedTransitions, type WorkflowContext, type WorkflowUser } from '@/lib/verdicts/workflow'
import styles from './verdict-actions.module.css'

type Props = { user: WorkflowUser; revision: VerdictRevision; context: WorkflowContext; latestHref: string; publication?: PublicationView }

/** The workflow steps this person may take on the revision, and why any others are not offered. */
export function VerdictActions({ user, revision, context, latestHref, publication }: Props) {
  const facts = toWorkflowRevision(revision)
  const allowed = allowedTransitions(user, facts, context).filter((transition): transition is FormTransition => transition !== 'edit')
  const blocked = blockedTransitions(user, facts, context).filter((item) => item.transition !== 'edit')
  if (allowed.length === 0 && blocked.length === 0) return null
  return (
    <section className={`${styles.verdictActions} card`} aria-labelledby="verdict-actions-heading">
      <h3 id="verdict-actions-heading">Next step</h3>
      {allowed.includes('submit') ? <p className={`meta ${styles.hint}`}>Submitting sends the last saved draft: save your changes first.</p> : null}
      {blocked.map((item) => (
        <p key={item.transition} className={styles.blocked} role="note">
          {item.reason}
        </p>
      ))}
      {allowed.map((transition) => (
        <VerdictTransitionForm
          key={transition}
          transition={transition}
          verdictId={revision.id}
          lockVersion={revision.lockVersion}
          latestHref={latestHref}
          publication={publication}
        />
      ))}
    </section>
  )
}
