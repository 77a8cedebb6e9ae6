import { z } from 'zod'
import { SourceKind } from '../generated/prisma/enums'
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

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  NEWS_ARTICLE: 'News article',
  OPINION: 'Opinion',
  GOVERNMENT_REPORT: 'Government report',
  COURT_FILING: 'Court filing',
  DATASET: 'Dataset',
  STATEMENT: 'Statement',
  OTHER: 'Other',
}

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
