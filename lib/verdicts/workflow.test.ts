import { describe, expect, it } from 'vitest'
import type { Role, VerdictStatus } from '../generated/prisma/enums'
import { allowedTransitions, blockedTransitions, decide, type WorkflowRevision } from './workflow'

const reviewer = { id: 'reviewer', role: 'REVIEWER' as Role }
const editor = { id: 'editor', role: 'EDITOR' as Role }
const secondEditor = { id: 'second-editor', role: 'EDITOR' as Role }
const admin = { id: 'admin', role: 'ADMIN' as Role }
const NONE = { hasUnpublishedRevision: false }

function revision(status: VerdictStatus, overrides: Partial<WorkflowRevision> = {}): WorkflowRevision {
  return { revision: 1, status, authorId: 'reviewer', lastEditedById: 'reviewer', contributorIds: ['reviewer'], supersededAt: null, evidenceCount: 1, correctionNote: null, ...overrides }
}

describe('verdict workflow', () => {
  it('lets the team edit and submit drafts and returned revisions, and nothing else', () => {
    expect(allowedTransitions(reviewer, revision('DRAFT'), NONE)).toEqual(['edit', 'submit'])
    expect(allowedTransitions(reviewer, revision('CHANGES_REQUESTED'), NONE)).toEqual(['edit', 'submit'])
    for (const status of ['SUBMITTED', 'APPROVED', 'PUBLISHED'] as const) {
      expect(allowedTransitions(reviewer, revision(status), NONE), status).toEqual([])
    }
  })

  it('offers an editor approve or return on a submitted revision someone else wrote, then publish once approved', () => {
    expect(allowedTransitions(editor, revision('SUBMITTED'), NONE)).toEqual(['approve', 'return'])
    expect(allowedTransitions(editor, revision('APPROVED'), NONE)).toEqual(['return', 'publish'])
    expect(allowedTransitions(admin, revision('APPROVED'), NONE)).toEqual(['return', 'publish'])
  })

  it('never lets an editor approve, return or publish a revision they wrote or changed', () => {
    const written = revision('SUBMITTED', { authorId: 'editor', lastEditedById: 'editor', contributorIds: ['editor'] })
    const edited = revision('APPROVED', { lastEditedById: 'editor', contributorIds: ['reviewer', 'editor'] })
    for (const transition of ['approve', 'return'] as const) {
      expect(decide(transition, editor, written, NONE)).toEqual({ allowed: false, code: 'forbidden', reason: expect.stringContaining('You wrote this revision') })
    }
    expect(decide('publish', editor, edited, NONE)).toEqual({ allowed: false, code: 'forbidden', reason: expect.stringContaining('You changed this revision') })
    expect(decide('approve', secondEditor, written, NONE)).toEqual({ allowed: true })
    expect(decide('publish', secondEditor, edited, NONE)).toEqual({ allowed: true })
  })

  it('refuses an editor who changed the revision even when someone else saved it last', () => {
    // The editor rewrote the reviewer's draft; the reviewer then saved and submitted it.
    const rewritten = revision('SUBMITTED', { lastEditedById: 'reviewer', contributorIds: ['reviewer', 'editor'] })
    for (const transition of ['approve', 'return'] as const) {
      expect(decide(transition, editor, rewritten, NONE), transition).toEqual({
        allowed: false,
        code: 'forbidden',
        reason: `You changed this revision, so you cannot ${transition} it: another editor must.`,
      })
    }
    expect(decide('publish', editor, { ...rewritten, status: 'APPROVED' }, NONE)).toMatchObject({ allowed: false, reason: expect.stringContaining('You changed this revision') })
    expect(decide('approve', secondEditor, rewritten, NONE)).toEqual({ allowed: true })
    expect(allowedTransitions(editor, rewritten, NONE)).toEqual([])
  })

  it('refuses reviewers the editor transitions whatever the state', () => {
    for (const transition of ['approve', 'return', 'publish', 'correct'] as const) {
      const decision = decide(transition, reviewer, revision(transition === 'correct' ? 'PUBLISHED' : 'SUBMITTED', { authorId: 'someone' }), NONE)
      expect(decision, transition).toMatchObject({ allowed: false, code: 'forbidden' })
    }
  })

  it('locks submitted, approved and published revisions against edits', () => {
    for (const status of ['SUBMITTED', 'APPROVED', 'PUBLISHED'] as const) {
      expect(decide('edit', editor, revision(status), NONE), status).toMatchObject({ allowed: false, code: 'invalid' })
    }
  })

  it('asks for evidence, and for a correction note from revision 2 on, before a submission', () => {
    expect(decide('submit', reviewer, revision('DRAFT', { evidenceCount: 0 }), NONE)).toMatchObject({ reason: expect.stringContaining('evidence') })
    expect(decide('submit', editor, revision('DRAFT', { revision: 2 }), NONE)).toMatchObject({ reason: expect.stringContaining('correction note') })
    expect(decide('submit', editor, revision('DRAFT', { revision: 2, correctionNote: 'Fixed the date.' }), NONE)).toEqual({ allowed: true })
  })

  it('starts a correction only from the current published revision, one at a time', () => {
    expect(decide('correct', editor, revision('PUBLISHED'), NONE)).toEqual({ allowed: true })
    // Whoever wrote the published revision may correct it: the correction needs a second editor again.
    expect(decide('correct', editor, revision('PUBLISHED', { authorId: 'editor' }), NONE)).toEqual({ allowed: true })
    expect(decide('correct', editor, revision('PUBLISHED', { supersededAt: new Date() }), NONE)).toMatchObject({ allowed: false, code: 'invalid' })
    expect(decide('correct', editor, revision('PUBLISHED'), { hasUnpublishedRevision: true })).toMatchObject({ allowed: false, reason: expect.stringContaining('already in progress') })
    expect(decide('correct', editor, revision('APPROVED'), NONE)).toMatchObject({ allowed: false, code: 'invalid' })
  })

  it('explains what is blocked for this person instead of hiding it silently', () => {
    const reasons = (user: typeof editor, row: WorkflowRevision, context = NONE) =>
      blockedTransitions(user, row, context).map(({ transition, reason }) => `${transition}: ${reason}`)
    expect(reasons(editor, revision('SUBMITTED', { authorId: 'editor' }))).toEqual([
      'approve: You wrote this revision, so you cannot approve it: another editor must.',
      'return: You wrote this revision, so you cannot return it: another editor must.',
    ])
    expect(reasons(editor, revision('APPROVED', { lastEditedById: 'editor' }))).toEqual([
      'return: You changed this revision, so you cannot return it: another editor must.',
      'publish: You changed this revision, so you cannot publish it: another editor must.',
    ])
    expect(reasons(editor, revision('SUBMITTED', { contributorIds: ['reviewer', 'editor'] }))).toEqual([
      'approve: You changed this revision, so you cannot approve it: another editor must.',
      'return: You changed this revision, so you cannot return it: another editor must.',
    ])
    expect(reasons(reviewer, revision('DRAFT', { evidenceCount: 0 }))).toEqual(['submit: Cite at least one passage as evidence before submitting.'])
    expect(reasons(editor, revision('PUBLISHED'), { hasUnpublishedRevision: true })).toEqual([
      'correct: A correction of this verdict is already in progress; finish that one first.',
    ])
    // Nothing a reviewer's role does not allow anyway, and nothing for a state the transition does not start from.
    expect(reasons(reviewer, revision('SUBMITTED'))).toEqual([])
    expect(reasons(editor, revision('SUBMITTED'))).toEqual([])
  })
})
