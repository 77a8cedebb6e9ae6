import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import { PageLinks } from '@/components/page-links'
import { listQuantities } from '@/lib/data/public/quantities'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { pageParamSchema } from '@/lib/validations/params'
import styles from './page.module.css'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const hrefOf = (page: number) => (page > 1 ? `/quantities?page=${page}` : '/quantities')

/** Each page is its own canonical address, so search engines keep the later pages too. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = pageParamSchema.safeParse((await searchParams).page).data ?? 1
  return { title: page > 1 ? `Figures compared across sources, page ${page}` : 'Figures compared across sources', alternates: { canonical: hrefOf(page) } }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export default async function QuantitiesPage({ searchParams }: Props) {
  await connection()
  const parsed = pageParamSchema.safeParse((await searchParams).page)
  if (!parsed.success) notFound()
  const page = parsed.data
  const { quantities, hasMore } = await listQuantities(PUBLIC_VIEWER, page)
  // Past the last page is a wrong address, not an empty list.
  if (page > 1 && quantities.length === 0) notFound()
  return (
    <>
      <section className="intro">
        <h1>Figures compared across sources</h1>
        <p>Each quantity holds every figure our sources give for it, with its date and the exact words, side by side. Where sources disagree, it is listed first.</p>
      </section>
      {quantities.length === 0 ? (
        <p className="empty">No figures have been published yet.</p>
      ) : (
        <ul className={styles.quantityList} aria-label="Quantities">
          {quantities.map((quantity) => (
            <li key={quantity.slug} className={`${styles.quantityListItem} card`}>
              <h2 className={styles.quantityListTitle}>
                <Link href={`/quantities/${quantity.slug}`}>{quantity.name}</Link>
              </h2>
              <p className={styles.quantityListCounts}>
                {quantity.disagreementCount > 0 ? (
                  <span className={styles.quantityFlag}>
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
      <PageLinks label="Pages of quantities" page={page} hasMore={hasMore} hrefOf={hrefOf} previous="Previous quantities" next="More quantities" />
    </>
  )
}
