import type { Metadata } from 'next'
import Link from 'next/link'
import { requirePermission } from '@/lib/auth/session'
import { listQuantities } from '@/lib/data/workspace/quantities'

export const metadata: Metadata = { title: 'Quantities' }

export default async function QuantitiesPage() {
  const user = await requirePermission('workspace.view', '/review/quantities')
  const quantities = await listQuantities(user)
  return (
    <>
      <header className="page-header">
        <h1>Quantities</h1>
        <Link href="/review/conflicts">Conflicts queue</Link>
      </header>
      {quantities.length === 0 ? (
        <p className="empty">No quantities yet. Record a figure from a source’s reader to create one.</p>
      ) : (
        <ul className="quantity-table">
          {quantities.map((quantity) => (
            <li key={quantity.id} className="quantity-table__row">
              <Link href={`/review/quantities/${quantity.id}`} className="quantity-table__name">
                {quantity.name}
              </Link>
              <span className="meta">
                {quantity.figureCount} {quantity.figureCount === 1 ? 'figure' : 'figures'} · compared in {quantity.unit}
              </span>
              {quantity.openConflicts > 0 ? (
                <span className="conflict-count">
                  {quantity.openConflicts} open {quantity.openConflicts === 1 ? 'conflict' : 'conflicts'}
                </span>
              ) : (
                <span className="meta">No open conflicts</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
