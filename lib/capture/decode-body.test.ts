import { describe, expect, it } from 'vitest'

import { decodeBody } from './decode-body'

const html = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body><p>${body}</p></body></html>`
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'))
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeBody', () => {
  it('uses the Content-Type charset', () => {
    const page = decodeBody(latin1(html('', 'Les données du ministère')), { charset: 'ISO-8859-1', mediaType: 'text/html' })
    expect(page.text).toContain('Les données du ministère')
    expect(page.encoding).toBe('windows-1252')
    const japanese = new Uint8Array([0x82, 0xa0])
    expect(decodeBody(japanese, { charset: 'shift_jis', mediaType: 'text/plain' }).text).toBe('あ')
  })

  it('reads <meta charset> and http-equiv when the header says nothing, but not inside a comment', () => {
    const bytes = latin1(html('<meta charset="windows-1252">', 'caf\u00e9 \u0080'))
    expect(decodeBody(bytes, { charset: null, mediaType: 'text/html' })).toEqual(expect.objectContaining({ encoding: 'windows-1252' }))
    expect(decodeBody(bytes, { charset: null, mediaType: 'text/html' }).text).toContain('café €')
    const equiv = latin1(html('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">', '\u00b3\u00f3d\u017a'))
    expect(decodeBody(equiv, { charset: null, mediaType: 'text/html' }).encoding).toBe('iso-8859-2')
    const commented = utf8(html('<!-- <meta charset="koi8-r"> -->', 'naïve'))
    expect(decodeBody(commented, { charset: null, mediaType: 'text/html' })).toEqual({ text: expect.stringContaining('naïve'), encoding: 'utf-8' })
  })

  it('decodes windows-1252 curly quotes, dashes and the euro sign, which Node reads as control characters', () => {
    const bytes = new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0x92, 0x81])
    expect(decodeBody(bytes, { charset: 'iso-8859-1', mediaType: 'text/plain' }).text).toBe('\u201cA\u201d \u2013 €5 \u2019\u0081')
  })

  it('reads the XML declaration of an XHTML page', () => {
    const bytes = latin1(`<?xml version="1.0" encoding="ISO-8859-15"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>\u00a4</p></body></html>`)
    expect(decodeBody(bytes, { charset: null, mediaType: 'application/xhtml+xml' }).text).toContain('<p>€</p>')
  })

  it('lets a byte order mark win, and drops it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Zürich')])
    expect(decodeBody(bytes, { charset: 'iso-8859-1', mediaType: 'text/plain' })).toEqual({ text: 'Zürich', encoding: 'utf-8' })
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Zürich', 'utf16le')])
    expect(decodeBody(utf16, { charset: null, mediaType: 'text/plain' })).toEqual({ text: 'Zürich', encoding: 'utf-16le' })
  })

  it('passes over an unknown label, and takes an undeclared page as UTF-8, or windows-1252 when it is not UTF-8', () => {
    expect(decodeBody(utf8('Zürich'), { charset: 'no-such-charset', mediaType: 'text/plain' })).toEqual({ text: 'Zürich', encoding: 'utf-8' })
    expect(decodeBody(latin1('Z\u00fcrich'), { charset: null, mediaType: 'text/plain' })).toEqual({ text: 'Zürich', encoding: 'windows-1252' })
    // A page cannot say it is UTF-16 in markup that was just read as ASCII.
    expect(decodeBody(utf8(html('<meta charset="utf-16">', 'é')), { charset: null, mediaType: 'text/html' }).encoding).toBe('utf-8')
  })
})
