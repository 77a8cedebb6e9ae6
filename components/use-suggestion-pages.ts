'use client'

import { useState, useTransition } from 'react'
import { listSuggestions } from '@/lib/actions/list-suggestions'
import type { ReaderSuggestion, SuggestionSection } from '@/lib/data/workspace/suggestions'
import type { SuggestionKind } from '@/lib/generated/prisma/enums'

const FAILED = 'The next suggestions could not be loaded. Try again.'

/**
 * One kind of suggestion as the reader lists it: the first page the server rendered, then each
 * page "Show more" fetched after the last one shown. A dismissed suggestion leaves the list at
 * once; when the server renders the page again (after a dismissal), its first page is merged in.
 */
export function useSuggestionPages(snapshotId: string, kind: SuggestionKind, section: SuggestionSection) {
  const [more, setMore] = useState<ReaderSuggestion[]>([])
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  const [isExhausted, setExhausted] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [isLoading, startTransition] = useTransition()

  const seen = new Set<string>()
  const shown = [...section.first, ...more].filter((suggestion) => {
    if (dismissed.has(suggestion.id) || seen.has(suggestion.id)) return false
    seen.add(suggestion.id)
    return true
  })

  const showMore = () =>
    startTransition(async () => {
      const result = await listSuggestions({ snapshotId, kind, afterId: shown.at(-1)?.id })
      startTransition(() => {
        setError(result.ok ? null : (result.state.message ?? FAILED))
        if (!result.ok) return
        setMore((loaded) => [...loaded, ...result.data.suggestions])
        setExhausted(!result.data.hasMore)
      })
    })

  return {
    shown,
    hasMore: !isExhausted && shown.length < section.total,
    isLoading,
    error,
    showMore,
    onDismissed: (id: string) => setDismissed((ids) => new Set(ids).add(id)),
  }
}
