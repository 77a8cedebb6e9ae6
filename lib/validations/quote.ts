import { z } from 'zod'
import { formatNumber } from '../format'

/** A passage longer than this is not a quote any more; select the sentence that says it. */
export const QUOTE_MAX_LENGTH = 2000

/** Form text that may be left empty: '' (or only spaces) becomes undefined. */
export function optionalText(max: number, message: string) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().max(max, message).optional())
}

/** An optional record id from a form: '' becomes undefined. */
export const optionalId = z.preprocess((value) => (value === '' ? undefined : value), z.cuid('That is not a valid reference').optional())

/** A whole number from a form field, within [0, max]. */
export function countField(message: string, max = 100_000_000) {
  return z.string(message).trim().regex(/^\d{1,9}$/, message).transform(Number).pipe(z.number().max(max, message))
}

/** The passage a reviewer selected: a snapshot and UTF-16 offsets into its text, end exclusive. */
export const quoteRangeFields = {
  snapshotId: z.cuid('Select a passage in the text first'),
  start: countField('Select a passage in the text first'),
  end: countField('Select a passage in the text first'),
}

type QuoteRange = { start: number; end: number }

/** Adds the checks a range needs on its own; the server still checks it against the text. */
export function checkQuoteRange(range: QuoteRange, context: z.RefinementCtx) {
  if (range.end <= range.start) {
    context.addIssue({ code: 'custom', path: ['end'], message: 'Select at least one word' })
  } else if (range.end - range.start > QUOTE_MAX_LENGTH) {
    context.addIssue({ code: 'custom', path: ['end'], message: `Select at most ${formatNumber(QUOTE_MAX_LENGTH)} characters: the sentence that says it` })
  }
}

export const quoteRangeSchema = z.object(quoteRangeFields).superRefine(checkQuoteRange)
export type QuoteRangeInput = z.infer<typeof quoteRangeSchema>

/** Dismissing a suggestion the importer made for a snapshot. */
export const suggestionDismissSchema = z.object({ suggestionId: z.cuid('That suggestion no longer exists') })

/** The reader's next page of one kind of suggestion: the snapshot, and the last one shown. */
export const suggestionPageSchema = z.object({
  snapshotId: z.cuid('That version no longer exists'),
  kind: z.enum(['FIGURE', 'CHECK_WORTHY']),
  afterId: z.cuid('That suggestion no longer exists').optional(),
})
