import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { sourceImportSchema, sourceVersionSchema } from '../validations/source'
import { MAX_TEXT_LENGTH, MAX_PDF_BYTES, MAX_UPLOAD_BYTES, textLength, textTooLong } from './text-limits'
import { sourceTextFrom } from './read-upload'

/** Text of `length` characters as a textarea's value reads (LF), a line break every 60. */
function lines(length: number): string {
  const line = `${'x'.repeat(59)}\n`
  return line.repeat(Math.ceil(length / line.length)).slice(0, length - 1) + '.'
}

/** What the server receives for that textarea: every line break as CRLF (multipart/form-data). */
const asSubmitted = (value: string) => value.replace(/\n/g, '\r\n')

const textErrors = (input: Record<string, unknown>) => {
  const parsed = sourceImportSchema.safeParse({ kind: 'NEWS_ARTICLE', publisher: '', author: '', url: '', publishedOn: '', title: '', ...input })
  return parsed.success ? [] : (z.flattenError(parsed.error).fieldErrors.text ?? [])
}

describe('textLength', () => {
  it('counts a line break once, whether the browser sent CRLF or the value holds LF', () => {
    expect(textLength('a\nb')).toBe(3)
    expect(textLength('a\r\nb')).toBe(3)
    expect(textLength('a\r\n\r\nb\rc')).toBe(6)
    const value = lines(1000)
    expect(textLength(asSubmitted(value))).toBe(value.length)
  })
})

describe('the limit on pasted text', () => {
  it('takes 2,000,000 characters with line breaks as the browser submits them (CRLF), as the form counts them', () => {
    const value = lines(MAX_TEXT_LENGTH)
    const submitted = asSubmitted(value)
    expect(submitted.length).toBeGreaterThan(MAX_TEXT_LENGTH)
    expect(textErrors({ text: submitted })).toEqual([])
    expect(sourceVersionSchema.safeParse({ sourceId: 'c'.repeat(25), text: submitted }).success).toBe(true)
  })

  it('refuses one character more, naming the limit and the length', () => {
    const submitted = asSubmitted(`${lines(MAX_TEXT_LENGTH)}.`)
    expect(textErrors({ text: submitted })).toEqual([textTooLong(MAX_TEXT_LENGTH + 1)])
    expect(textTooLong(MAX_TEXT_LENGTH + 1)).toMatch(/2,000,001 characters long; the limit is 2,000,000/)
  })

  it('is the importer’s limit too: the snapshot of text the form took is within it', () => {
    expect(sourceTextFrom({ pasted: asSubmitted(lines(MAX_TEXT_LENGTH)) }).text).toHaveLength(MAX_TEXT_LENGTH)
  })
})

describe('the limit on uploads', () => {
  it('refuses a file over 5 MB with its size and the limit', () => {
    const file = new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], 'big.txt', { type: 'text/plain' })
    const parsed = sourceImportSchema.safeParse({ kind: 'NEWS_ARTICLE', publisher: '', author: '', url: '', publishedOn: '', title: '', text: '', file })
    expect(parsed.success).toBe(false)
    // Rounded up: a byte over the limit does not read as the limit.
    expect(z.flattenError(parsed.error!).fieldErrors.file).toEqual(['This file is 5.1 MB; upload a file of at most 5 MB.'])
  })

  it('allows a PDF up to 50 MB, and names a larger one as a PDF', () => {
    const parse = (bytes: number) =>
      sourceImportSchema.safeParse({ kind: 'NEWS_ARTICLE', publisher: '', author: '', url: '', publishedOn: '', title: '', text: '', file: new File([new Uint8Array(bytes)], 'report.PDF') })
    expect(parse(MAX_PDF_BYTES).success).toBe(true)
    const over = parse(MAX_PDF_BYTES + 1)
    expect(z.flattenError(over.error!).fieldErrors.file).toEqual(['This PDF is 50.1 MB; PDFs of at most 50 MB can be imported. Split it, or import the part you need.'])
  })
})
