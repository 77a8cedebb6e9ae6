'use server'

import { authedQuery } from '../auth/authed-action'
import { figureWithBase, KIND_ORDER, relationLead } from '../figures/relation-words'
import { getComparisonFigures } from '../data/workspace/quantities'
import { notFound } from '../errors'
import { relationsOf } from '../figures/compare'
import { figurePreviewSchema } from '../validations/figure'

/** The id the figure being written goes by in the comparison; no stored figure has it. */
const NEW_FIGURE = 'preview'

export type PreviewLine = { otherId: string; kind: 'CONSISTENT' | 'UPDATE' | 'CONFLICT' | 'INCOMPARABLE'; text: string }

/** How a figure being written would relate to its quantity's figures. Nothing is written. */
export const previewFigureRelations = authedQuery({ permission: 'figure.write', schema: figurePreviewSchema }, async (input, { user }) => {
  const found = await getComparisonFigures(user, input.quantityId)
  if (!found) throw notFound('quantity')
  const figure = {
    id: NEW_FIGURE,
    qualifier: input.qualifier,
    value: input.value === null ? null : Number(input.value),
    low: input.low === null ? null : Number(input.low),
    high: input.high === null ? null : Number(input.high),
    unit: input.unit,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
  }
  const others = found.figures.filter((other) => other.id !== input.excludeFigureId)
  const byId = new Map(others.map((other) => [other.id, other]))
  const lines = relationsOf(figure, others.map((other) => other.comparable), found.quantity.unit).map((relation): PreviewLine => {
    const other = byId.get(relation.otherId)!
    const where = [other.source.name, other.period ?? other.periodLabel ?? 'undated'].join(', ')
    return { otherId: other.id, kind: relation.kind, text: `${relationLead(relation, NEW_FIGURE)} ${figureWithBase(other.comparable, found.quantity.unit)} (${where})` }
  })
  lines.sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind])
  return { figure: figureWithBase(figure, found.quantity.unit), lines }
})
