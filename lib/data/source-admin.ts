// Team reads for managing sources: the list, and one source's details for its edit form.
import type { CurrentUser } from '../auth'
import { getDb } from '../db'

/** Every source, most recently changed first, with its latest version and how much is anchored. */
export async function listSourcesForTeam(_user: CurrentUser) {
  const sources = await getDb().source.findMany({
    orderBy: { updatedAt: 'desc' },
    take: 200,
    select: {
      id: true,
      title: true,
      kind: true,
      publisher: true,
      publishedOn: true,
      updatedAt: true,
      snapshots: {
        orderBy: { version: 'desc' },
        take: 1,
        select: {
          version: true,
          capturedAt: true,
          _count: { select: { quotes: true, suggestions: { where: { status: 'OPEN' } } } },
        },
      },
    },
  })
  return sources.map(({ snapshots, ...source }) => ({ ...source, latest: snapshots[0] ?? null }))
}

export async function getSourceDetails(_user: CurrentUser, id: string) {
  return getDb().source.findUnique({
    where: { id },
    select: { id: true, title: true, kind: true, publisher: true, author: true, url: true, publishedOn: true, updatedAt: true },
  })
}

export type SourceDetails = NonNullable<Awaited<ReturnType<typeof getSourceDetails>>>
