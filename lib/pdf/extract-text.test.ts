import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { ImportError } from '../import/import-error'
import { normalizeText } from '../import/normalize-text'
import { extractPdfText } from './extract-text'
import { scanImages, textPdf } from './fixtures/generate'
import { MAX_PDF_BYTES } from './open-pdf'
import { pagesOf } from './page-range'
import type { PdfText } from './pdf-text'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)))

async function refusal(bytes: Uint8Array): Promise<ImportError> {
  const error = await extractPdfText(bytes).then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ImportError)
  return error as ImportError
}

describe('extractPdfText on the report fixture', () => {
  let result: PdfText
  const offsetOf = (words: string) => {
    const at = result.text.indexOf(words)
    expect(at, `"${words}" in the text`).toBeGreaterThanOrEqual(0)
    return at
  }
  const pagesOfWords = (words: string) => pagesOf(result.pages, offsetOf(words), offsetOf(words) + words.length)

  beforeAll(async () => {
    result = await extractPdfText(fixture('report.pdf'))
  })

  it('reads every page from its text layer, normalised as every other source is', () => {
    expect(result.ocr).toBe(false)
    expect(result.pages.map((page) => page.index)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(result.pages.every((page) => !page.ocr && page.confidence === null)).toBe(true)
    expect(normalizeText(result.text)).toBe(result.text)
  })

  it('keeps the reading order and separates paragraphs and headings by a blank line', () => {
    const order = ['Prosecutions Review 2024', 'Foreword', '1. Summary', '2. Cases by region', '3. Outlook', 'Annex: two views'].map(offsetOf)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(result.text.startsWith('Prosecutions Review 2024\n\nA report on cases brought, dropped and decided\n\n')).toBe(true)
    expect(result.text).toContain('\n\n1. Summary\n\nIn 2024 the service')
  })

  it('joins the lines of a paragraph with single spaces', () => {
    expect(result.text).toContain('48,210 prosecutions for serious offences, up from 45,900 the year before.')
  })

  it('mends a word split at the end of a line, and keeps the hyphen of a compound', () => {
    expect(result.text).toContain('a small number of prosecutions for fraud')
    expect(result.text).toContain('The rise is a well-known effect')
    expect(result.text).toContain('under the U.S.-Mexico extradition treaty')
  })

  it('spells out ligatures', () => {
    expect(result.text).toContain('the final figures for the year. The flow of cases was steady, and the office stayed efficient')
    expect(result.text).not.toMatch(/[\uFB00-\uFB06]/)
  })

  it('keeps a table one row to a line, its figures in row order', () => {
    expect(result.text).toContain(
      'Table 1: Prosecutions by region\nRegion 2022 2023 2024\nNorth 1,204 1,310 1,452\nSouth 2,087 2,115 2,240\nEast 986 1,021 1,177\nWest 1,530 1,498 1,611\n\n',
    )
  })

  it('keeps running heads, footers and page numbers out of the text but lists them on their page', () => {
    expect(result.text.match(/Prosecutions Review 2024/g)).toHaveLength(1)
    expect(result.text).not.toMatch(/Page (i|ii|\d)\b/)
    expect(result.pages[0]!.furniture).toEqual(['Page i'])
    expect(result.pages[1]!.furniture).toEqual(['Prosecutions Review 2024', 'Page ii'])
    expect(result.pages[6]!.furniture).toEqual(['Prosecutions Review 2024', 'Page 5'])
  })

  it("gives the PDF's page labels where they differ from the index, and where each page starts", () => {
    expect(result.pages.map((page) => page.label)).toEqual(['i', 'ii', '1', '2', '3', '4', '5'])
    expect(result.text.slice(result.pages[1]!.start).startsWith('Foreword')).toBe(true)
    expect(result.text.slice(result.pages[2]!.start).startsWith('1. Summary')).toBe(true)
    expect(result.text.slice(result.pages[0]!.start, result.pages[0]!.end)).toBe(
      'Prosecutions Review 2024\n\nA report on cases brought, dropped and decided\n\nPrepared as a test fixture for Claimtrail.',
    )
    expect(result.pages.at(-1)!.end).toBe(result.text.length)
    expect(pagesOfWords('the final figures')).toMatchObject({ first: 'ii', last: 'ii' })
    expect(pagesOfWords('1,310')).toMatchObject({ first: '2', last: '2' })
  })

  it('keeps a sentence across a page break whole, and its quote names both pages', () => {
    const sentence = 'The number of cases referred by the police fell for the third year in a row, while the number of cases dropped before trial rose by 12 per cent.'
    expect(result.text).toContain(`\n\n${sentence}\n\n`)
    expect(pagesOfWords(sentence)).toMatchObject({ first: '2', last: '3' })
    expect(result.pages[4]!.start).toBe(offsetOf('number of cases dropped'))
  })

  it('reads two columns left column first', () => {
    expect(result.text).toContain(
      'The left column begins the annex and says that appeals were heard within six months in most regions, and that the backlog of appeals fell by a fifth over the year, to 1,930 cases, the lowest figure since the review began, while the number of hearings held rose slightly.\n\nThe right column is read only after the whole of the left one, and says that 214 appeals were still waiting',
    )
  })

  it('leaves the bytes it was given as they were', async () => {
    const bytes = fixture('report.pdf')
    const copy = bytes.slice()
    await extractPdfText(bytes)
    expect(bytes).toEqual(copy)
  })
})

describe('extractPdfText reads', () => {
  it('a PDF that only restricts printing or copying (an owner password, no user password)', async () => {
    const restricted = await textPdf({ ownerPassword: 'owner', pages: [{ blocks: [{ lines: ['Anyone may read this text, though not print it.'] }] }] })
    expect((await extractPdfText(restricted)).text).toBe('Anyone may read this text, though not print it.')
  })
})

describe('extractPdfText refuses', () => {
  it('a PDF behind a password', async () => {
    const error = await refusal(fixture('encrypted.pdf'))
    expect(error.reason).toBe('ENCRYPTED')
    expect(error.message).toMatch(/protected by a password/)
  })

  it('a damaged PDF, a PDF cut short and a file that is not a PDF', async () => {
    expect(await refusal(fixture('damaged.pdf'))).toMatchObject({ reason: 'DAMAGED', message: expect.stringMatching(/can't be read: page \d+ is broken/) })
    const report = fixture('report.pdf')
    expect(await refusal(report.slice(0, Math.floor(report.length * 0.6)))).toMatchObject({ reason: 'DAMAGED', message: expect.stringMatching(/cut short/) })
    expect(await refusal(new TextEncoder().encode('<!doctype html><p>Not a PDF</p>'))).toMatchObject({ reason: 'DAMAGED', message: expect.stringMatching(/not a PDF file/) })
  })

  it('a PDF over 50 MB, before reading it', async () => {
    const large = new Uint8Array(MAX_PDF_BYTES + 1)
    large.set(new TextEncoder().encode('%PDF-1.7\n'))
    const error = await refusal(large)
    expect(error).toMatchObject({ reason: 'TOO_LARGE', message: 'This PDF is 50.1 MB; PDFs of at most 50 MB can be imported. Split it, or import the part you need.' })
  })

  it('a PDF of more than 2,000 pages', async () => {
    const pages = Array.from({ length: 2001 }, () => ({ blocks: [] }))
    const error = await refusal(await textPdf({ pages }))
    expect(error).toMatchObject({ reason: 'TOO_MANY_PAGES', message: expect.stringMatching(/^This PDF has 2,001 pages; PDFs of at most 2,000 pages/) })
  })

  it('a scan, as needing OCR rather than as an empty text', async () => {
    const error = await refusal(fixture('scan.pdf'))
    expect(error).toMatchObject({ reason: 'NEEDS_OCR', message: expect.stringMatching(/images of text \(a scan\)/) })
  })

  it('a PDF with a scanned page among pages of text, as needing OCR', async () => {
    const [scan] = await scanImages(fixture('scan.pdf'))
    const mixed = await textPdf({ pages: [{ blocks: [{ lines: ['A page of text, with enough words to need no OCR.'] }] }, { scan: scan!, blocks: [] }] })
    const error = await refusal(mixed)
    expect(error).toMatchObject({ reason: 'NEEDS_OCR', message: "1 of this PDF's 2 pages has no text layer and shows an image (a scanned page). It has to be read by OCR, page by page." })
  })

  it('a PDF of blank pages, as empty', async () => {
    const error = await refusal(await textPdf({ pages: [{ blocks: [] }, { blocks: [] }] }))
    expect(error.reason).toBe('EMPTY')
  })
})
