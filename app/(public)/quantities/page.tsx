import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import { listQuantities } from '@/lib/data/quantities'
import { PUBLIC_VIEWER } from '@/lib/data/viewer'

export const metadata: Metadata = { title: 'Figures compared across sources', alternates: { canonical: '/quantities' } }

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export default async function QuantitiesPage() {
  await connection()
  const quantities = await listQuantities(PUBLIC_VIEWER)
  return (
    <>
      <section className="intro">
        <h1>Figures compared across sources</h1>
        <p>Each quantity holds every figure our sources give for it, with its date and the exact words, side by side. Where sources disagree, it is listed first.</p>
      </section>
      {quantities.length === 0 ? (
        <p className="empty">No figures have been published yet.</p>
      ) : (
        <ul className="quantity-list" aria-label="Quantities">
          {quantities.map((quantity) => (
            <li key={quantity.slug} className="quantity-list__item">
              <h2 className="quantity-list__title">
                <Link href={`/quantities/${quantity.slug}`}>{quantity.name}</Link>
              </h2>
              <p className="quantity-list__counts">
                {quantity.disagreementCount > 0 ? (
                  <span className="quantity-flag">
                    Sources disagree{quantity.disagreementCount > 1 ? ` (${quantity.disagreementCount} pairs)` : ''}
                  </span>
                ) : null}
                <span className="meta">
                  {plural(quantity.figureCount, 'figure')} from {plural(quantity.sourceCount, 'source')}, in {quantity.unit}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
