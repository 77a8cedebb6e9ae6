import type { FormState } from '@/lib/form-state'

export type PassageRange = { snapshotId: string; start: number; end: number; suggestionId?: string }

/** The chosen passage as hidden fields, and any error the server found with it. */
export function PassageFields({ range, state }: { range: PassageRange; state: FormState }) {
  const error = state.fieldErrors?.snapshotId?.[0] ?? state.fieldErrors?.start?.[0] ?? state.fieldErrors?.end?.[0]
  return (
    <>
      <input type="hidden" name="snapshotId" value={range.snapshotId} />
      <input type="hidden" name="start" value={range.start} />
      <input type="hidden" name="end" value={range.end} />
      {range.suggestionId ? <input type="hidden" name="suggestionId" value={range.suggestionId} /> : null}
      {error ? (
        <p className="form__field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  )
}
