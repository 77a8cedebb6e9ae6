import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ImportError } from '../import/import-error'
import { readPdfIsolated } from './read-isolated'

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, 'fixtures', name)))

describe('readPdfIsolated', () => {
  it('reads a PDF with a text layer in a child process, with its pages', async () => {
    const pdf = await readPdfIsolated(fixture('report.pdf'))
    expect(pdf.ocr).toBe(false)
    expect(pdf.pages.map((page) => page.label ?? String(page.index))).toEqual(['i', 'ii', '1', '2', '3', '4', '5'])
    expect(pdf.text.slice(pdf.pages[4]!.start, pdf.pages[4]!.end)).toMatch(/^number of cases dropped before trial/)
  }, 30_000)

  it('reads a scan by OCR, reporting each page it reads', async () => {
    const progress: Array<[number, number]> = []
    const pdf = await readPdfIsolated(fixture('scan.pdf'), { onProgress: (done, total) => progress.push([done, total]) })
    expect(pdf.ocr).toBe(true)
    expect(pdf.pages.every((page) => page.ocr)).toBe(true)
    expect(progress[0]).toEqual([0, pdf.pages.length])
    expect(progress.at(-1)).toEqual([pdf.pages.length, pdf.pages.length])
  }, 120_000)

  it('refuses an encrypted or damaged PDF with the reason pdf.js gives', async () => {
    await expect(readPdfIsolated(fixture('encrypted.pdf'))).rejects.toMatchObject({ reason: 'ENCRYPTED' })
    const error = await readPdfIsolated(fixture('damaged.pdf')).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ImportError)
    expect(error).toMatchObject({ reason: 'DAMAGED' })
  }, 30_000)

  it('kills a reader that stalls and says so', async () => {
    await expect(readPdfIsolated(fixture('scan.pdf'), { stallLimitMs: 50 })).rejects.toMatchObject({ reason: 'TOO_COMPLEX', message: expect.stringMatching(/stalled/) })
  }, 30_000)
})
