// Turns an audit entry's before/after JSON into the fields that changed, each as readable text with
// a word diff, so the audit view never shows raw JSON.
import { diffText, type DiffPart } from '../text-diff/word-diff'

export type FieldChange = { field: string; label: string; before: string; after: string; parts: DiffPart[] }

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/
const ENUM_VALUE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{2,}$/

/** "correctionNote" → "Correction note". */
export function fieldLabel(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** One stored value as a person reads it: dates in UTC, enum values in words, lists one per line. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') {
    if (ISO_DATETIME.test(value)) return `${value.slice(0, 10)} ${value.slice(11, 16)} UTC`
    if (ENUM_VALUE.test(value)) return fieldLabel(value.toLowerCase().replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase()))
    return value
  }
  if (Array.isArray(value)) return value.map((item) => `• ${formatValue(item)}`).join('\n')
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${fieldLabel(key)}: ${formatValue(item)}`)
      .join('\n')
  }
  return String(value)
}

function asRecord(value: unknown): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  return value === null || value === undefined ? {} : { value }
}

/** The fields whose value differs between `before` and `after` (all of `after`'s for a creation). */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const old = asRecord(before)
  const now = asRecord(after)
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])]
  return fields.flatMap((field) => {
    const was = formatValue(old[field])
    const is = formatValue(now[field])
    if (was === is) return []
    return [{ field, label: fieldLabel(field), before: was, after: is, parts: diffText(was, is) }]
  })
}
