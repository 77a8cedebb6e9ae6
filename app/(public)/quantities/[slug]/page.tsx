import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { QuantityCharts } from '@/components/quantity-charts'
import { QuantityFigures } from '@/components/quantity-figures'
import { QuantityRelations } from '@/components/quantity-relations'
import { summariseQuantity } from '@/lib/figures/compare'
import { getQuantityPage, type QuantityPage } from '@/lib/data/public/quantities'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { describedFigure, plottedFigure } from '@/lib/figures/present'
import { slugSchema } from '@/lib/validations/params'
import styles from './page.module.css'

type Props = { params: Promise<{ slug: string }> }

// Cached: rendered on the first request, then served from Next's cache until a change to published
// data drops it (lib/server/public-cache.ts), or after a minute, which bounds staleness on other instances.
export const revalidate = 60

/** Nothing is rendered at build time (the build has no database); pages are cached on first visit. */
export function generateStaticParams() {
  return []
}

const loadQuantity = cache(async (rawSlug: string) => {
  const slug = slugSchema.safeParse(rawSlug)
  return slug.success ? getQuantityPage(PUBLIC_VIEWER, slug.data) : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const quantity = await loadQuantity((await params).slug)
  if (!quantity) return { title: 'Quantity not found' }
  return { title: quantity.name, description: quantity.description ?? undefined, alternates: { canonical: `/quantities/${quantity.slug}` } }
}

/** The summary's sentences; a conflict explained by a published "scopes differ" review is not called one. */
function summary(quantity: QuantityPage, figures: ReturnType<typeof describedFigure>[]) {
  const { byKind, explained, comparable } = quantity.relationCounts
  const isExplained = (relation: QuantityPage['relations'][number]) => relation.kind === 'CONFLICT' && relation.resolution?.kind === 'SCOPES_DIFFER'
  const pairs = quantity.relations.filter((relation) => !isExplained(relation)).map((relation) => ({ ...relation, aId: relation.figureAId, bId: relation.figureBId }))
  const counts = { consistent: byKind.CONSISTENT, update: byKind.UPDATE, conflict: byKind.CONFLICT - explained, comparable }
  const sentences = summariseQuantity(figures, pairs, counts, quantity.unit)
  if (explained > 0) sentences.push(`${explained === 1 ? 'One apparent conflict was' : `${explained} apparent conflicts were`} reviewed: the figures measure different scopes.`)
  return sentences
}

export default async function QuantityComparisonPage({ params }: Props) {
  const quantity = await loadQuantity((await params).slug)
  if (!quantity) notFound()
  const items = quantity.figures.map((row) => ({
    row,
    plotted: plottedFigure(describedFigure(row), quantity.unit, { href: `/sources/${row.quote.snapshot.source.id}#q-${row.quote.id}`, rank: row.rank }),
  }))
  const described = items.map((item) => item.plotted)
  return (
    <article className="quantity">
      <header>
        <p className="eyebrow">
          <Link href="/quantities">Figures</Link> · measured in {quantity.unit}
        </p>
        <h1>{quantity.name}</h1>
        {quantity.description ? <p className={styles.quantityDescription}>{quantity.description}</p> : null}
      </header>
      <section aria-labelledby="summary-heading" className={styles.quantitySummary}>
        <h2 id="summary-heading">In short</h2>
        <ul>
          {summary(quantity, described).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </section>
      <QuantityCharts figures={items.map((item) => item.plotted)} name={quantity.name} unit={quantity.unit} />
      <QuantityFigures items={items} />
      <QuantityRelations relations={quantity.relations} counts={quantity.relationCounts.byKind} figures={new Map(described.map((figure) => [figure.id, figure]))} unit={quantity.unit} />
    </article>
  )
}
