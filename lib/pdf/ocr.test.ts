import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ImportError } from '../import/import-error'
import { normalizeText } from '../import/normalize-text'
import { ocrPdfText } from './ocr'

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
