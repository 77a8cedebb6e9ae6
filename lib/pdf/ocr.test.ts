import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ImportError } from '../import/import-error'
import { normalizeText } from '../import/normalize-text'
import { scanImages, scannedPdf, textPdf } from './fixtures/generate'
import { ocrPdfText } from './ocr'
import { pagesOf } from './page-range'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)))

// OCR of a page takes a few seconds on two cores.
const OCR_TIMEOUT = 60_000

describe('ocrPdfText', () => {
  it(
    'reads a scanned page by OCR, page by page with progress, and says so',
    async () => {
      const progress: Array<[number, number]> = []
      const result = await ocrPdfText(fixture('scan.pdf'), { onProgress: (done, total) => progress.push([done, total]) })
      expect(progress).toEqual([
        [0, 1],
        [1, 1],
      ])
      expect(result.ocr).toBe(true)
      expect(result.pages).toEqual([{ index: 1, label: null, start: 0, end: result.text.length, furniture: [], ocr: true, confidence: expect.any(Number) }])
      expect(result.pages[0]!.confidence).toBeGreaterThan(80)
      expect(result.text).toBe(
        'Scanned letter\n\nThe committee received 312 complaints in March, of which 41 were upheld after review.\n\nThis page has no text layer and is read by OCR.',
      )
      expect(normalizeText(result.text)).toBe(result.text)
    },
    OCR_TIMEOUT,
  )

  it(
    'reads a scan of the report as its text layer reads: furniture apart, table rows, columns, a sentence across pages',
    async () => {
      const result = await ocrPdfText(await scannedPdf(fixture('report.pdf')))
      expect(result.pages.map((page) => page.ocr)).toEqual(Array(7).fill(true))
      expect(result.pages[1]!.furniture).toEqual(['Prosecutions Review 2024', 'Page ii'])
      expect(result.text.match(/Prosecutions Review 2024/g)).toHaveLength(1)
      expect(result.text).toContain('a small number of prosecutions for fraud')
      expect(result.text).toContain('the final figures for the year')
      expect(result.text).toContain('Region 2022 2023 2024\nNorth 1,204 1,310 1,452\n')
      expect(result.text).toContain('the number of hearings held rose slightly.\n\nThe right column is read only after')
      const sentence = 'while the number of cases dropped before trial'
      const at = result.text.indexOf(sentence)
      // The scan has no page labels: pages are named by their index.
      expect(pagesOf(result.pages, at, at + sentence.length)).toMatchObject({ first: '4', last: '5' })
    },
    OCR_TIMEOUT * 2,
  )

  it(
    'keeps the text layer of pages that have one, with nothing to read by OCR',
    async () => {
      const progress: Array<[number, number]> = []
      const result = await ocrPdfText(fixture('report.pdf'), { onProgress: (done, total) => progress.push([done, total]) })
      expect(progress).toEqual([[0, 0]])
      expect(result.ocr).toBe(false)
      expect(result.text).toContain('a small number of prosecutions for fraud')
    },
    OCR_TIMEOUT,
  )

  it(
    'reads only the scanned pages of a PDF by OCR, and the others from their text layer',
    async () => {
      const [scan] = await scanImages(fixture('scan.pdf'))
      const text = 'A page of text, with enough words to need no OCR.'
      const mixed = await textPdf({ pages: [{ blocks: [{ lines: [text] }] }, { scan: scan!, blocks: [] }] })
      const progress: Array<[number, number]> = []
      const result = await ocrPdfText(mixed, { onProgress: (done, total) => progress.push([done, total]) })
      expect(progress).toEqual([
        [0, 1],
        [1, 1],
      ])
      expect(result.pages.map((page) => page.ocr)).toEqual([false, true])
      expect(result.ocr).toBe(true)
      expect(result.text.startsWith(`${text}\n\nScanned letter\n\n`)).toBe(true)
      expect(result.pages[1]!.start).toBe(text.length + 2)
    },
    OCR_TIMEOUT,
  )

  it('refuses what extractPdfText refuses', async () => {
    await expect(ocrPdfText(fixture('encrypted.pdf'))).rejects.toMatchObject({ reason: 'ENCRYPTED' })
    await expect(ocrPdfText(fixture('damaged.pdf'))).rejects.toBeInstanceOf(ImportError)
  })

  it('stops when asked to', async () => {
    const controller = new AbortController()
    controller.abort(new Error('stopped'))
    await expect(ocrPdfText(fixture('scan.pdf'), { signal: controller.signal })).rejects.toThrow('stopped')
  })
})
