// Driving the source reader as a person does.
import { expect, type Page } from '@playwright/test'

/**
 * Selects words in the reader: a mouse drag over them on a desktop, the "Quote words" field on a
 * phone (touch emulation does not drag-select). Either way the panel shows the passage.
 */
export async function selectPassage(page: Page, words: string, isMobile: boolean) {
  if (isMobile) {
    await page.getByLabel('Quote words').fill(words)
    await page.getByRole('button', { name: 'Select', exact: true }).click()
  } else {
    const box = await page.locator('[data-source-text]').evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      // A PDF's page markers are no part of the text (components/source-page-marker.tsx).
      while (walker.nextNode()) if (!walker.currentNode.parentElement?.closest('[data-outside-text]')) nodes.push(walker.currentNode as Text)
      const full = nodes.map((n) => n.data).join('')
      let at = full.indexOf(wanted)
      const point = (offset: number) => {
        for (const node of nodes) {
          if (offset <= node.data.length) return { node, offset }
          offset -= node.data.length
        }
        throw new Error('offset outside the text')
      }
      const range = document.createRange()
      const from = point(at)
      const to = point((at += wanted.length))
      range.setStart(from.node, from.offset)
      range.setEnd(to.node, to.offset)
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' })
      const rects = [...range.getClientRects()].filter((r) => r.width > 0)
      const first = rects[0]!
      const last = rects[rects.length - 1]!
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 }
    }, words)
    await page.mouse.move(box.x1, box.y1)
    await page.mouse.down()
    await page.mouse.move(box.x2, box.y2, { steps: 8 })
    await page.mouse.up()
  }
  await expect(page.getByRole('heading', { name: 'Selected passage' })).toBeVisible()
  await expect(page.locator('#annotate-heading ~ blockquote')).toHaveText(words)
}
