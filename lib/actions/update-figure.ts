'use server'

import { audit, staleSaveError } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { guardIncludedFigureChange } from '../server/verdicts/inclusions'
import { affectedPages, revalidateQuantityPages } from '../server/figures/revalidate'
import { getDb } from '../db'
import { AppError, notFound } from '../errors'
import { checkFigureWords } from '../server/figures/add-figure'
import { refreshFigureRelations } from '../server/figures/figure-relations'
import { figureUpdateSchema } from '../validations/figure'

const VALUE_FIELDS = { qualifier: true, value: true, low: true, high: true, unit: true, periodStart: true, periodEnd: true, periodLabel: true, derivation: true } as const

/**
 * Corrects an unpublished figure's value, bounds, unit, period or derivation (refused when it then
 * disagrees with its words without a reason: checkFigureWords), and recomputes its relations in
 * the same transaction, so the quantity page and the conflicts queue are right at once. A
 * published figure changes only through its claim's verdict correction.
 */
export const updateFigure = authedAction({ permission: 'figure.write', schema: figureUpdateSchema }, async (input, { user }) => {
  const { id, updatedAt, ...fields } = input
  const after = { ...fields, periodLabel: fields.periodLabel ?? null, derivation: fields.derivation ?? null }
  const { pages, refreshed } = await getDb().$transaction(async (tx) => {
    const before = await tx.figure.findUnique({ where: { id }, select: { ...VALUE_FIELDS, publishedAt: true, updatedAt: true, quote: { select: { exact: true } } } })
    if (!before) throw notFound('figure')
    if (before.publishedAt) {
      throw new AppError('forbidden', 'This figure is published, so it is locked: it changes only through a correction of its claim’s verdict. Nothing was saved.')
    }
    checkFigureWords(before.quote.exact, fields)
    await guardIncludedFigureChange(tx, id, user.id, new Date())
    const saved = await tx.figure.updateMany({ where: { id, updatedAt: new Date(updatedAt), publishedAt: null }, data: after })
    if (saved.count === 0) throw await staleSaveError(tx, { entityType: 'Figure', id, what: 'figure', updatedAt: before.updatedAt })
    const { publishedAt: _p, updatedAt: _u, quote: _q, ...was } = before
    await audit(tx, { actorId: user.id, action: 'figure.update', entityType: 'Figure', entityId: id, before: was, after })
    return { pages: await affectedPages(tx, [id]), refreshed: await refreshFigureRelations(tx, id) }
  })
  revalidateQuantityPages(pages)
  const conflicts = refreshed.conflicts === 1 ? '1 conflict' : `${refreshed.conflicts} conflicts`
  const reopened = refreshed.reopened > 0 ? ` ${refreshed.reopened === 1 ? 'One resolution was' : `${refreshed.reopened} resolutions were`} dropped, because the figure it judged has changed: resolve again.` : ''
  return { status: 'ok', message: `Figure saved. Its relations were computed again: ${conflicts} with the other figures.${reopened}` }
})
