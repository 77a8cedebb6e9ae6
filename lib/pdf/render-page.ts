// A PDF page as pixels, for OCR (and for making the scanned fixtures): pdf.js draws it on a canvas
// from @napi-rs/canvas, which ships as a prebuilt binary in its npm package (no download, no
// system libraries), the canvas pdf.js itself uses in Node.
import { type Canvas, createCanvas } from '@napi-rs/canvas'
import type { PDFPageProxy } from './open-pdf'
import { fromPdf } from './pdf-text'

/** Past this many pixels a page is drawn at a lower resolution (300 dpi of A3 is some 17 million). */
export const MAX_PAGE_PIXELS = 20_000_000

/** The page drawn at `dpi` (lower for a huge page), on white. */
export async function renderPage(page: PDFPageProxy, dpi: number): Promise<Canvas> {
  const natural = page.getViewport({ scale: 1 })
  const wanted = dpi / 72
  const scale = Math.min(wanted, Math.sqrt(MAX_PAGE_PIXELS / (natural.width * natural.height)))
  const viewport = page.getViewport({ scale })
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
  const context = canvas.getContext('2d')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  // pdf.js types its parameter as the DOM's canvas; @napi-rs/canvas implements the part it uses.
  await fromPdf(page, () => page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise)
  return canvas
}
