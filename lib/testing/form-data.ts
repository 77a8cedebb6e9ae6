// For the action tests: the FormData a form would post, from plain fields (a Date as ISO text).
export function formData(fields: Record<string, string | number | Date>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value instanceof Date ? value.toISOString() : String(value))
  return data
}
