import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import { z } from 'zod'
import { SearchForm } from '@/components/search-form'
import { SearchResults } from '@/components/search-results'
import { listSearchSources, search } from '@/lib/data/public/search'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { searchParamsSchema, type SearchInput } from '@/lib/validations/search'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = first((await searchParams).q).trim().slice(0, 80)
  // Result pages change with every publication: keep them out of search engines' indexes.
  return { title: q ? `Search: ${q}` : 'Search', robots: { index: false }, alternates: { canonical: '/search' } }
}

function hrefOf(input: Pick<SearchInput, 'q' | 'rating' | 'source'>, page = 1): string {
  const query = new URLSearchParams({ q: input.q, ...(input.rating ? { rating: input.rating } : {}), ...(input.source ? { source: input.source } : {}) })
  if (page > 1) query.set('page', String(page))
  return `/search?${query}`
}

export default async function SearchPage({ searchParams }: Props) {
  await connection()
  const raw = await searchParams
  const parsed = searchParamsSchema.safeParse(raw)
  const errors = parsed.success ? {} : z.flattenError(parsed.error).fieldErrors
  // The page number is never typed, only followed: a bad one is a wrong address.
  if (errors.page) notFound()
  const input = parsed.success ? parsed.data : null
  const [sources, results] = await Promise.all([listSearchSources(PUBLIC_VIEWER, input?.source), input?.q ? search(PUBLIC_VIEWER, input) : Promise.resolve(null)])
  const typed = first(raw.q)
  return (
    <>
      <header>
        <h1>Search</h1>
      </header>
      <SearchForm q={input?.q ?? typed} rating={input?.rating} source={input?.source} sources={sources} errors={errors} />
      {input && results ? (
        <SearchResults
          q={input.q}
          results={results}
          page={input.page}
          pageHref={(page) => hrefOf(input, page)}
          isFiltered={Boolean(input.rating || input.source)}
          clearHref={hrefOf({ q: input.q })}
        />
      ) : null}
    </>
  )
}
