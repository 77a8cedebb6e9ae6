// Team read: stored figures that disagree with their quote's words and give no reason, as
// lib/figures/agreement.ts decides. New and edited figures cannot be saved so (checkFigureWords in
// lib/server/figures/add-figure.ts); this finds those stored before the rule, or written around the app.
import type { CurrentUser } from '../../auth/session'
import { getDb } from '../../db'
import { figureWordsProblem } from '../../figures/agreement'
import { STATED_FIELDS } from '../../figures/comparable'
import { readableBy } from './access'

/** Every figure without a reason that disagrees with its words, oldest first, with the sentence an editor needs. */
export async function listFiguresDisagreeingWithWords(asker: CurrentUser) {
  // Only figures without a reason can disagree; the check itself is the reader, so it runs here.
  const rows = await getDb().figure.findMany({
    where: readableBy(asker, 'workspace.view', { derivation: null }),
    orderBy: { createdAt: 'asc' },
    select: { id: true, ...STATED_FIELDS, derivation: true, quantity: { select: { id: true, name: true } }, quote: { select: { id: true, exact: true } } },
  })
  return rows.flatMap(({ quantity, quote, ...figure }) => {
    const problem = figureWordsProblem(figure, quote.exact)
    return problem === null ? [] : [{ id: figure.id, quantity, quote, problem }]
  })
}
