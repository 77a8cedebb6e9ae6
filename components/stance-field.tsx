import { Field } from '@/components/ui/field'
import { Stance } from '@/lib/generated/prisma/enums'
import { STANCE_LABELS } from '@/lib/labels/claim'

const OPTIONS = Object.values(Stance).map((stance) => ({ value: stance, label: STANCE_LABELS[stance] }))

/** How the source stands towards the claim: makes it, supports it or disputes it. */
export function StanceField({ id, defaultValue, errors, label = 'The source' }: { id: string; defaultValue?: string; errors?: string[]; label?: string }) {
  return <Field as="select" name="stance" id={id} label={label} required options={OPTIONS} defaultValue={defaultValue ?? 'MAKES'} errors={errors} />
}
