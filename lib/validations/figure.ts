import { z } from 'zod'
import { FigureQualifier, FigureRank, RankReason } from '../generated/prisma/enums'
import { checkQuoteRange, optionalId, optionalText, quoteRangeFields } from './quote'

/** Figure.value/low/high are Decimal(20, 6). */
const DECIMAL = /^-?\d{1,14}(?:\.\d{1,6})?$/
const NUMBER_MESSAGE = 'Enter a number such as 545, -35 or 1.5 (up to 14 digits and 6 decimals)'

/** An optional number typed with or without thousands separators; kept as a string for Decimal. */
const decimal = z.preprocess(
  (value) => (typeof value === 'string' ? value.replace(/[,\s]/g, '') : value),
  z.union([z.literal(''), z.string().regex(DECIMAL, NUMBER_MESSAGE)], NUMBER_MESSAGE).optional(),
).transform((value) => (value ? value : null))

const day = z.preprocess(
  (value) => (value === '' ? undefined : value),
  z.iso.date('Enter a date as YYYY-MM-DD').optional(),
).transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null))

export const NEW_QUANTITY = 'new'

/** The fields that state a figure's value: shared by creating, editing and previewing one. */
export const figureValueFields = {
  qualifier: z.enum(FigureQualifier, 'Choose how the source states the number'),
  value: decimal,
  low: decimal,
  high: decimal,
  unit: z.string('Give the unit').trim().min(1, 'Give the unit, e.g. parents or percent change').max(60, 'Keep the unit to 60 characters or fewer'),
  periodStart: day,
  periodEnd: day,
  periodLabel: optionalText(120, 'Keep the period to 120 characters or fewer'),
}

/** Why a figure differs from the plain reading of its words (lib/figures/agreement.ts); empty when it states what they say. */
const derivation = optionalText(300, 'Keep the reason to 300 characters or fewer, e.g. “two thirds of 900”')

type FigureValue = { qualifier: FigureQualifier; value: string | null; low: string | null; high: string | null; periodStart: Date | null; periodEnd: Date | null }

/** The rules a figure's value, bounds and period follow together. */
export function checkFigureValue(figure: FigureValue, context: z.RefinementCtx) {
  const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message })
  if (figure.value === null) issue('value', 'Enter the number as the source states it (for a range, its midpoint)')
  if (figure.qualifier === 'RANGE') {
    if (figure.low === null) issue('low', 'A range needs its low end')
    if (figure.high === null) issue('high', 'A range needs its high end')
  }
  const asNumber = (n: string | null) => (n === null ? null : Number(n))
  const [low, high, value] = [asNumber(figure.low), asNumber(figure.high), asNumber(figure.value)]
  if (low !== null && high !== null && low > high) issue('high', 'The high end must not be below the low end')
  if (value !== null && ((low !== null && value < low) || (high !== null && value > high))) issue('value', 'The number must lie within its bounds')
  if ((figure.periodStart === null) !== (figure.periodEnd === null)) {
    issue(figure.periodStart === null ? 'periodStart' : 'periodEnd', 'Give both the first and the last day, or neither')
  } else if (figure.periodStart && figure.periodEnd && figure.periodStart > figure.periodEnd) {
    issue('periodEnd', 'The last day must not be before the first')
  }
}

/**
 * A figure stated in a selected passage. Its quantity is an existing one, or a new one named here
 * (quantityId "new"). Bounds follow the schema: [low, high], an open side empty.
 */
export const figureCreateSchema = z
  .object({
    ...quoteRangeFields,
    ...figureValueFields,
    quantityId: z.union([z.literal(NEW_QUANTITY), z.cuid()], 'Choose the quantity this figure measures, or a new one'),
    quantityName: optionalText(200, 'Keep the name to 200 characters or fewer'),
    quantityUnit: optionalText(60, 'Keep the unit to 60 characters or fewer'),
    derivation,
    claimId: optionalId,
    suggestionId: optionalId,
  })
  .superRefine((figure, context) => {
    checkQuoteRange(figure, context)
    checkFigureValue(figure, context)
    if (figure.quantityId === NEW_QUANTITY && (figure.quantityName?.length ?? 0) < 3) {
      context.addIssue({ code: 'custom', path: ['quantityName'], message: 'Name the new quantity, e.g. “parents of separated children not located”' })
    }
  })
export type FigureCreateInput = z.infer<typeof figureCreateSchema>

const RELOAD = 'Reload the page and try again'

/** Editing an unpublished figure's value, bounds, unit, period and derivation; `updatedAt` is the copy it was rendered from. */
export const figureUpdateSchema = z
  .object({ id: z.cuid(RELOAD), updatedAt: z.iso.datetime({ message: RELOAD }), ...figureValueFields, derivation })
  .superRefine(checkFigureValue)
export type FigureUpdateInput = z.infer<typeof figureUpdateSchema>

/** How a figure being saved would relate to its quantity's figures; nothing is written. */
export const figurePreviewSchema = z
  .object({ quantityId: z.cuid('Choose an existing quantity'), excludeFigureId: optionalId, ...figureValueFields })
  .superRefine(checkFigureValue)
export type FigurePreviewInput = z.infer<typeof figurePreviewSchema>

/** A rank reason chosen in a form: '' means none. */
export const rankReasonKind = z.preprocess((value) => (value === '' ? undefined : value), z.enum(RankReason, 'Choose a reason from the list').optional())

export const DEPRECATED_NEEDS_REASON = 'A deprecated figure needs a reason'

/** Ranking one figure outside a conflict. */
export const figureRankSchema = z
  .object({
    id: z.cuid(RELOAD),
    updatedAt: z.iso.datetime({ message: RELOAD }),
    rank: z.enum(FigureRank, 'Choose a rank'),
    rankReasonKind,
    rankReason: optionalText(500, 'Keep the reason to 500 characters or fewer'),
  })
  .superRefine((figure, context) => {
    if (figure.rank === 'DEPRECATED' && !figure.rankReasonKind) context.addIssue({ code: 'custom', path: ['rankReasonKind'], message: DEPRECATED_NEEDS_REASON })
    if (figure.rankReasonKind === 'OTHER' && !figure.rankReason) context.addIssue({ code: 'custom', path: ['rankReason'], message: 'Say why in words' })
  })
export type FigureRankInput = z.infer<typeof figureRankSchema>
