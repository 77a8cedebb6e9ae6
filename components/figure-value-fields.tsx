import { Field } from '@/components/ui/field'
import { FigureQualifier } from '@/lib/generated/prisma/enums'
import { QUALIFIER_LABELS } from '@/lib/labels/figure'
import styles from './figure-value-fields.module.css'

const QUALIFIERS = Object.values(FigureQualifier).map((value) => ({ value, label: QUALIFIER_LABELS[value] }))

export type FigureValueDefaults = Record<'qualifier' | 'value' | 'low' | 'high' | 'unit' | 'periodLabel' | 'periodStart' | 'periodEnd' | 'derivation', string>

const DERIVATION_HINT = 'Only when the figure is not what the words plainly say: how you derived it from them, e.g. “two thirds of 900” or “a unit conversion: 3 days = 72 hours”. Shown publicly as “derived: …”.'

type Props = {
  /** Makes the ids unique when a page has several figure forms. */
  idPrefix: string
  value: (name: keyof FigureValueDefaults) => string
  errors: (name: string) => string[] | undefined
}

/** A figure's value, bounds, unit, period and derivation: the fields creating and editing a figure share. */
export function FigureValueFields({ idPrefix, value, errors }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`
  return (
    <>
      <div className={styles.figureFields}>
        <Field as="select" name="qualifier" id={id('qualifier')} label="Stated as" required options={QUALIFIERS} defaultValue={value('qualifier')} errors={errors('qualifier')} />
        <Field name="value" id={id('value')} label="Value" required hint="As written; a range’s midpoint" maxLength={40} defaultValue={value('value')} errors={errors('value')} />
        <Field name="low" id={id('low')} label="Low bound" hint="Empty when open" maxLength={40} defaultValue={value('low')} errors={errors('low')} />
        <Field name="high" id={id('high')} label="High bound" hint="Empty when open" maxLength={40} defaultValue={value('high')} errors={errors('high')} />
        <Field name="unit" id={id('unit')} label="Unit" required maxLength={100} defaultValue={value('unit')} errors={errors('unit')} />
        <Field name="periodLabel" id={id('period-label')} label="Period as written" maxLength={160} defaultValue={value('periodLabel')} errors={errors('periodLabel')} />
        <Field name="periodStart" id={id('period-start')} type="date" label="Period from" defaultValue={value('periodStart')} errors={errors('periodStart')} />
        <Field name="periodEnd" id={id('period-end')} type="date" label="Period to" defaultValue={value('periodEnd')} errors={errors('periodEnd')} />
      </div>
      <Field as="textarea" name="derivation" id={id('derivation')} label="Derived from the words (reason)" rows={2} maxLength={300} hint={DERIVATION_HINT} defaultValue={value('derivation')} errors={errors('derivation')} />
    </>
  )
}
