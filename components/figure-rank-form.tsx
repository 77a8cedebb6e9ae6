'use client'

import { useActionState } from 'react'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { rankFigure } from '@/lib/actions/rank-figure'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { FigureRank, RankReason } from '@/lib/generated/prisma/enums'
import { RANK_LABELS, RANK_REASON_LABELS } from '@/lib/labels/figure'
import figureValueFields from './figure-value-fields.module.css'

export const RANK_OPTIONS = Object.values(FigureRank).map((value) => ({ value, label: RANK_LABELS[value] }))
export const REASON_OPTIONS = [{ value: '', label: 'No reason given' }, ...Object.values(RankReason).map((value) => ({ value, label: RANK_REASON_LABELS[value] }))]

type Props = { figure: { id: string; rank: string; rankReasonKind: string | null; rankReason: string | null; updatedAt: string } }

/** A figure's rank (preferred, normal, deprecated) and why; a deprecated figure needs a reason. */
export function FigureRankForm({ figure }: Props) {
  const [state, action] = useActionState(rankFigure, INITIAL_FORM_STATE)
  const id = (name: string) => `rank-${figure.id}-${name}`
  return (
    <form action={action} className="figure-form" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="id" value={figure.id} />
      <input type="hidden" name="updatedAt" value={figure.updatedAt} />
      <div className={figureValueFields.figureFields}>
        <Field as="select" name="rank" id={id('rank')} label="Rank" required options={RANK_OPTIONS} defaultValue={state.values?.rank ?? figure.rank} errors={state.fieldErrors?.rank} />
        <Field as="select" name="rankReasonKind" id={id('reason-kind')} label="Reason" hint="Required to deprecate a figure." options={REASON_OPTIONS} defaultValue={state.values?.rankReasonKind ?? figure.rankReasonKind ?? ''} errors={state.fieldErrors?.rankReasonKind} />
      </div>
      <Field as="textarea" name="rankReason" id={id('reason')} label="Reason in words" rows={2} maxLength={500} defaultValue={state.values?.rankReason ?? figure.rankReason ?? ''} errors={state.fieldErrors?.rankReason} />
      <div className="form__actions">
        <SubmitButton pending="Saving…">Save rank</SubmitButton>
      </div>
    </form>
  )
}
