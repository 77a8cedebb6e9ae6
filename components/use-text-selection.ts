'use client'

import { useEffect, type RefObject } from 'react'
import { rangeToOffsets, type TextRange } from '@/lib/anchoring/selection-offsets'

/** How long a selection must stay still before it counts: dragging fires many changes. */
const SETTLE_MS = 200

/**
 * Calls `onSelect` with the snapshot offsets of each non-empty selection that touches the text in
 * `root` (mouse, touch handles or shift+arrows alike). A collapsed selection, e.g. a click into a
 * form, is ignored, so the chosen passage stays chosen while the reviewer fills the form in.
 */
export function useTextSelection(root: RefObject<HTMLElement | null>, text: string, onSelect: (range: TextRange) => void) {
  useEffect(() => {
    let timer: number | undefined
    const read = () => {
      const selection = document.getSelection()
      const element = root.current
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !element) return
      const range = selection.getRangeAt(0)
      if (!range.intersectsNode(element)) return
      const offsets = rangeToOffsets(element, range, text)
      if (offsets) onSelect(offsets)
    }
    const onChange = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(read, SETTLE_MS)
    }
    document.addEventListener('selectionchange', onChange)
    return () => {
      document.removeEventListener('selectionchange', onChange)
      window.clearTimeout(timer)
    }
  }, [root, text, onSelect])
}
