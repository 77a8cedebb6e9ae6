import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ReviewFigureCard } from '@/components/review-figure-card'
import { ReviewRelationList } from '@/components/review-relation-list'
import { requirePermission } from '@/lib/auth/session'
import { listWaitingChanges } from '@/lib/data/workspace/pending-changes'
import { getQuantity } from '@/lib/data/workspace/quantities'
import { can } from '@/lib/auth/permissions'
import { idSchema } from '@/lib/validations/params'
import { formatNumber } from '@/lib/format'
import styles from './page.module.css'

type Props = { params: Promise<{ id: string }> }

export const metadata: Metadata = { title: 'Quantity' }

export default async function QuantityPage({ params }: Props) {
  const { id: rawId } = await params
  const user = await requirePermission('workspace.view', `/review/quantities/${rawId}`)
  const id = idSchema.safeParse(rawId)
  const found = id.success ? await getQuantity(user, id.data) : null
  if (!found) notFound()
  const { quantity, figures, relations, relationCounts } = found
  const waiting = await listWaitingChanges(user, { figureIds: figures.filter((figure) => figure.publishedAt).map((figure) => figure.id) })
  const open = relationCounts.unresolved
  const total = Object.values(relationCounts.byKind).reduce((sum, n) => sum + n, 0)
  return (
    <>
      <header>
        <p className="eyebrow">
          <Link href="/review/quantities">Quantities</Link>
        </p>
        <h1>{quantity.name}</h1>
        <p className="meta">
          Compared in {quantity.unit} · {figures.length} {figures.length === 1 ? 'figure' : 'figures'} · {open} open {open === 1 ? 'conflict' : 'conflicts'}
        </p>
        {quantity.description ? <p className={styles.quantityDescription}>{quantity.description}</p> : null}
      </header>
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">Figures ({figures.length})</h2>
        {figures.length === 0 ? (
          <p className="empty">No figures yet.</p>
        ) : (
          <ul className={styles.reviewFigures}>
            {figures.map((figure) => (
              <ReviewFigureCard key={figure.id} figure={figure} quantityId={quantity.id} canWrite={can(user.role, 'figure.write')} waiting={waiting.filter((change) => change.figureId === figure.id)} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="relations-heading">
        <h2 id="relations-heading">How they relate ({formatNumber(total)})</h2>
        <ReviewRelationList relations={relations} counts={relationCounts.byKind} user={user} />
      </section>
    </>
  )
}
