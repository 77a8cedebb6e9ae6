// The verdict workflow as data and pure rules: which transitions exist, from which states, and who
// may take them. The actions refuse with these reasons and the verdict page uses the same rules to
// decide which controls to show, so the two never disagree.
import type { Role, VerdictStatus } from '../generated/prisma/enums'
import { can, type Permission } from '../auth/permissions'

/**
 * A correction is any revision after the first: it replaces a published verdict, so it carries a
 * correction note, and the public page and the feed say it was updated. The one definition.
 */
export function isCorrection(revision: { revision: number }): boolean {
  return revision.revision > 1
}

export type VerdictTransition = 'edit' | 'submit' | 'approve' | 'return' | 'publish' | 'correct'

export type WorkflowUser = { id: string; role: Role }

/** What the rules need to know about one revision. */
export type WorkflowRevision = {
  revision: number
  status: VerdictStatus
  authorId: string
  lastEditedById: string
  /** Everyone who changed the revision's content: its author, its editors, whoever edited a figure it includes. */
  contributorIds: readonly string[]
  supersededAt: Date | null
  evidenceCount: number
  correctionNote: string | null
}

/** What the rules need to know about the claim's other revisions. */
export type WorkflowContext = {
  /** Another revision of the claim that is not published yet (a correction in progress). */
  hasUnpublishedRevision: boolean
}

export type Decision = { allowed: true } | { allowed: false; code: 'forbidden' | 'invalid'; reason: string }

type Rule = {
  permission: Permission
  from: readonly VerdictStatus[]
  /** The state the revision is in afterwards; null when the transition does not change it. */
  to: VerdictStatus | null
  /** Separation of duties: refused to whoever wrote the revision or changed its content. */
  needsSecondPerson: boolean
  /** What the transition does, for messages ("approve this revision"). */
  verb: string
}

export const TRANSITIONS: Record<VerdictTransition, Rule> = {
  edit: { permission: 'verdict.draft', from: ['DRAFT', 'CHANGES_REQUESTED'], to: null, needsSecondPerson: false, verb: 'edit' },
  submit: { permission: 'verdict.submit', from: ['DRAFT', 'CHANGES_REQUESTED'], to: 'SUBMITTED', needsSecondPerson: false, verb: 'submit' },
  approve: { permission: 'verdict.approve', from: ['SUBMITTED'], to: 'APPROVED', needsSecondPerson: true, verb: 'approve' },
  // An approved revision can still go back before it is published, e.g. when the publishing editor disagrees.
  return: { permission: 'verdict.return', from: ['SUBMITTED', 'APPROVED'], to: 'CHANGES_REQUESTED', needsSecondPerson: true, verb: 'return' },
  publish: { permission: 'verdict.publish', from: ['APPROVED'], to: 'PUBLISHED', needsSecondPerson: true, verb: 'publish' },
  correct: { permission: 'verdict.correct', from: ['PUBLISHED'], to: null, needsSecondPerson: false, verb: 'start a correction of' },
}

export const STATUS_LABELS: Record<VerdictStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted for approval',
  CHANGES_REQUESTED: 'Changes requested',
  APPROVED: 'Approved, not yet published',
  PUBLISHED: 'Published',
}

const ALLOWED: Decision = { allowed: true }
const refuse = (code: 'forbidden' | 'invalid', reason: string): Decision => ({ allowed: false, code, reason })

export function isEditable(status: VerdictStatus): boolean {
  return TRANSITIONS.edit.from.includes(status)
}

/** Whether `user` wrote the revision or changed its content at any point, not only last. */
function hasChanged(user: WorkflowUser, revision: WorkflowRevision): boolean {
  return revision.authorId === user.id || revision.lastEditedById === user.id || revision.contributorIds.includes(user.id)
}

/** Whether `user` may take `transition` on `revision`, and if not, why, in words for the person. */
export function decide(transition: VerdictTransition, user: WorkflowUser, revision: WorkflowRevision, context: WorkflowContext): Decision {
  const rule = TRANSITIONS[transition]
  if (!can(user.role, rule.permission)) return refuse('forbidden', `Your role does not allow you to ${rule.verb} a verdict.`)
  if (!rule.from.includes(revision.status)) {
    return refuse('invalid', `You cannot ${rule.verb} this revision: it is ${STATUS_LABELS[revision.status].toLowerCase()}.`)
  }
  if (rule.needsSecondPerson && hasChanged(user, revision)) {
    const role = revision.authorId === user.id ? 'wrote' : 'changed'
    return refuse('forbidden', `You ${role} this revision, so you cannot ${rule.verb} it: another editor must.`)
  }
  if (transition === 'submit') {
    if (revision.evidenceCount === 0) return refuse('invalid', 'Cite at least one passage as evidence before submitting.')
    if (isCorrection(revision) && !revision.correctionNote) return refuse('invalid', 'Write the correction note before submitting.')
  }
  if (transition === 'correct') {
    if (revision.supersededAt) return refuse('invalid', 'This revision has already been replaced by a later one; correct the current revision.')
    if (context.hasUnpublishedRevision) return refuse('invalid', 'A correction of this verdict is already in progress; finish that one first.')
  }
  return ALLOWED
}

/** The transitions `user` may take on `revision` now, in the order the page offers them. */
export function allowedTransitions(user: WorkflowUser, revision: WorkflowRevision, context: WorkflowContext): VerdictTransition[] {
  return (Object.keys(TRANSITIONS) as VerdictTransition[]).filter((transition) => decide(transition, user, revision, context).allowed)
}

/**
 * Transitions this user's role allows from the revision's state but that are refused now, with the
 * reason: the page shows these instead of a control (e.g. "You wrote this revision, so …").
 */
export function blockedTransitions(
  user: WorkflowUser,
  revision: WorkflowRevision,
  context: WorkflowContext,
): Array<{ transition: VerdictTransition; reason: string }> {
  return (Object.keys(TRANSITIONS) as VerdictTransition[]).flatMap((transition) => {
    const rule = TRANSITIONS[transition]
    if (!can(user.role, rule.permission) || !rule.from.includes(revision.status)) return []
    const decision = decide(transition, user, revision, context)
    return decision.allowed ? [] : [{ transition, reason: decision.reason }]
  })
}
