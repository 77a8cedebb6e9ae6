'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { previewFigureRelations } from '@/lib/actions/preview-figure-relations'

const DEBOUNCE_MS = 350
const FIELDS = ['quantityId', 'qualifier', 'value', 'low', 'high', 'unit', 'periodStart', 'periodEnd'] as const

type Answer = Extract<Awaited<ReturnType<typeof previewFigureRelations>>, { ok: true }>['data']
export type RelationPreview = { status: 'idle' | 'checking' | 'done' | 'invalid' | 'failed'; answer: Answer | null }

/**
 * How the figure being written would relate to its quantity's figures: call `update` with the
 * form on every change; it asks the server after a pause, once an existing quantity is chosen
 * and a value is filled, and keeps only the answer to the latest values.
 */
export function useFigureRelationPreview(excludeFigureId?: string) {
  const [preview, setPreview] = useState<RelationPreview>({ status: 'idle', answer: null })
  const timer = useRef<number | undefined>(undefined)
  const latest = useRef(0)

  const update = useCallback(
    (form: HTMLFormElement) => {
      const data = new FormData(form)
      const input: Record<string, string> = Object.fromEntries(FIELDS.map((name) => [name, String(data.get(name) ?? '')]))
      if (excludeFigureId) input.excludeFigureId = excludeFigureId
      window.clearTimeout(timer.current)
      const request = ++latest.current
      if (!/^c[a-z0-9]+$/.test(input.quantityId ?? '') || !input.value?.trim()) {
        setPreview({ status: 'idle', answer: null })
        return
      }
      timer.current = window.setTimeout(async () => {
        setPreview((current) => ({ ...current, status: 'checking' }))
        const result = await previewFigureRelations(input).catch(() => null)
        if (request !== latest.current) return
        if (result?.ok) setPreview({ status: 'done', answer: result.data })
        else setPreview({ status: result?.state.status === 'invalid' ? 'invalid' : 'failed', answer: null })
      }, DEBOUNCE_MS)
    },
    [excludeFigureId],
  )

  useEffect(() => () => window.clearTimeout(timer.current), [])
  return { ...preview, update }
}
