import { z } from 'zod'
import { SourceKind } from '../generated/prisma/enums'
import { fileTooLarge, MAX_TEXT_LENGTH, textLength, textTooLong, uploadLimit } from '../import/text-limits'
import { idSchema } from './params'

/** A form's optional text input: blank means "not stated". */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .transform((value) => value || null)

const optionalUrl = z
  .string()
  .trim()
  .max(2000, 'Use at most 2,000 characters')
  .refine((value) => value === '' || z.url({ protocol: /^https?$/ }).safeParse(value).success, 'Enter a full http:// or https:// address')
  .transform((value) => value || null)

const optionalDay = z
  .string()
  .trim()
  .refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value), 'Enter a date as YYYY-MM-DD')
  .refine((value) => value === '' || !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'Enter a real date')
  .refine((value) => value === '' || value <= new Date().toISOString().slice(0, 10), 'A publication date cannot be in the future')
  .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null))

export const sourceMetadataFields = {
  kind: z.enum(SourceKind, 'Choose a kind of source'),
  publisher: optionalText(200),
  author: optionalText(200),
  url: optionalUrl,
  publishedOn: optionalDay,
}

export const sourceUpdateSchema = z.object({
  id: idSchema,
  updatedAt: z.iso.datetime({ message: 'Reload the page and try again' }),
  title: z.string().trim().min(1, 'Enter a title').max(300, 'Use at most 300 characters'),
  ...sourceMetadataFields,
})

export type SourceUpdateInput = z.infer<typeof sourceUpdateSchema>

/** A browser sends an empty file when none was chosen; an empty file holds no source either. */
const uploadedFile = z.preprocess(
  (value) => (value instanceof File && value.size === 0 ? undefined : value),
  z
    .file('Choose a file')
    .check((context) => {
      if (context.value.size > uploadLimit(context.value.name)) context.issues.push({ code: 'custom', message: fileTooLarge(context.value.size, context.value.name), input: context.value })
    })
    .optional(),
)

/** Pasted text, within MAX_TEXT_LENGTH as the form counts it (textLength: a CRLF the browser sent is one character). */
const pastedText = z
  .string()
  .check((context) => {
    const length = textLength(context.value)
    if (length > MAX_TEXT_LENGTH) context.issues.push({ code: 'custom', message: textTooLong(length), input: context.value })
  })
  .default('')

/** The text of a source: pasted or uploaded, never both. */
const sourceContentFields = {
  text: pastedText,
  file: uploadedFile,
}

function oneContent(value: { text: string; file?: File }, context: z.RefinementCtx) {
  const hasText = value.text.trim() !== ''
  if (hasText && value.file) context.addIssue({ code: 'custom', path: ['file'], message: 'Paste the text or choose a file, not both' })
  if (!hasText && !value.file) context.addIssue({ code: 'custom', path: ['text'], message: 'Paste the text of the source, or choose a file below' })
}

export const sourceImportSchema = z
  .object({
    /** Blank: taken from the page or file when it states one. */
    title: optionalText(300),
    ...sourceMetadataFields,
    ...sourceContentFields,
  })
  .superRefine(oneContent)

export const sourceVersionSchema = z.object({ sourceId: idSchema, ...sourceContentFields }).superRefine(oneContent)
