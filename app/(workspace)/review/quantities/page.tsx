import type { Metadata } from 'next'
import Link from 'next/link'
import { requirePermission } from '@/lib/auth/session'
import { listQuantities } from '@/lib/data/workspace/quantities'
import styles from './page.module.css'

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
        <ul className={styles.quantityTable}>
          {quantities.map((quantity) => (
            <li key={quantity.id} className={styles.quantityTableRow}>
              <Link href={`/review/quantities/${quantity.id}`} className={styles.quantityTableName}>
                {quantity.name}
              </Link>
              <span className="meta">
                {quantity.figureCount} {quantity.figureCount === 1 ? 'figure' : 'figures'} · compared in {quantity.unit}
              </span>
              {quantity.openConflicts > 0 ? (
                <span className={styles.conflictCount}>
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
