'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { findSimilarClaims } from '@/lib/actions/find-similar-claims'
import type { SimilarClaim } from '@/lib/data/workspace/claims'

const DEBOUNCE_MS = 300
const MIN_LENGTH = 3

type Similar = { claims: SimilarClaim[]; status: 'idle' | 'searching' | 'done' | 'failed' }

/**
 * Claims similar to what the reviewer is typing: call `search` on every change; only the answer
 * to the latest text is kept. Searches once for `initial` on mount (the selected passage).
 */
export function useSimilarClaims(initial: string) {
  const [similar, setSimilar] = useState<Similar>({ claims: [], status: 'idle' })
  const timer = useRef<number | undefined>(undefined)
  const latest = useRef(0)

  /** Asks the server after a pause in typing; an answer to older text is dropped. */
  const schedule = useCallback((text: string) => {
    window.clearTimeout(timer.current)
    const request = ++latest.current
    timer.current = window.setTimeout(async () => {
      setSimilar((current) => ({ ...current, status: 'searching' }))
      const result = await findSimilarClaims({ text }).catch(() => null)
      if (request !== latest.current) return
      setSimilar(result?.ok ? { claims: result.data, status: 'done' } : { claims: [], status: 'failed' })
    }, DEBOUNCE_MS)
  }, [])

  const search = useCallback(
    (text: string) => {
      if (text.trim().length >= MIN_LENGTH) return schedule(text)
      window.clearTimeout(timer.current)
      latest.current++
      setSimilar({ claims: [], status: 'idle' })
    },
    [schedule],
  )

  useEffect(() => {
    if (initial.trim().length >= MIN_LENGTH) schedule(initial)
    return () => window.clearTimeout(timer.current)
  }, [initial, schedule])

  return { ...similar, search }
}
