import { describe, expect, it } from 'vitest'
import { contentHash } from '../import'
import { BODY_LENGTH_HEADER } from './body-length'
import { contentDisposition, downloadName, opensInViewer, originalResponse, PUBLIC_DOWNLOAD, TEAM_DOWNLOAD } from './original-response'

const bytes = new TextEncoder().encode('<!doctype html><script>alert(document.cookie)</script><p>545 parents</p>')
const snapshot = (fileName: string | null = 'border report “final”.html') => ({
  version: 2,
  source: { title: 'DOJ watchdog: “zero tolerance” was the driving force' },
  original: { bytes, sha256: contentHash(bytes), size: bytes.byteLength, mediaType: 'text/html; charset=utf-8', fileName },
})
const get = (headers: Record<string, string> = {}) => new Request('http://claimtrail.test/sources/x/original', { headers })

describe('the response of an original', () => {
  it('is a sandboxed, unsniffed download of exactly the stored bytes, with their type, length and hash', async () => {
    const response = originalResponse(get(), snapshot(), PUBLIC_DOWNLOAD)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe('sandbox')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; /)
    expect(response.headers.get(BODY_LENGTH_HEADER)).toBe(String(bytes.byteLength))
    expect(response.headers.get('etag')).toBe(`"${contentHash(bytes)}"`)
    expect(response.headers.get('cache-control')).toContain('no-transform')
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes)
  })

  it('names a public download after its source and version, and a team download as it was uploaded', () => {
    expect(originalResponse(get(), snapshot(), PUBLIC_DOWNLOAD).headers.get('content-disposition')).toBe(
      `attachment; filename="doj-watchdog-zero-tolerance-was-the-driving-force-v2.html"; filename*=UTF-8''doj-watchdog-zero-tolerance-was-the-driving-force-v2.html`,
    )
    expect(originalResponse(get(), snapshot(), TEAM_DOWNLOAD).headers.get('content-disposition')).toBe(
      `attachment; filename="border report _final_.html"; filename*=UTF-8''border%20report%20%E2%80%9Cfinal%E2%80%9D.html`,
    )
    expect(originalResponse(get(), snapshot(null), TEAM_DOWNLOAD).headers.get('content-disposition')).toContain('-v2.html"')
    expect(TEAM_DOWNLOAD.cacheControl).toContain('no-store')
  })

  it('sends a PDF inline, so a link opens the browser’s viewer at its #page=, under the same sandbox and nosniff', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%%EOF\n')
    const kept = (mediaType: string) => ({ ...snapshot('report.pdf'), original: { bytes: pdf, sha256: contentHash(pdf), size: pdf.byteLength, mediaType, fileName: 'report.pdf' } })
    for (const [policy, name] of [[PUBLIC_DOWNLOAD, 'doj-watchdog-zero-tolerance-was-the-driving-force-v2.pdf'], [TEAM_DOWNLOAD, 'report.pdf']] as const) {
      const response = originalResponse(get(), kept('application/pdf'), policy)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      expect(response.headers.get('content-disposition')).toBe(`inline; filename="${name}"; filename*=UTF-8''${name}`)
      expect(response.headers.get('content-security-policy')).toBe('sandbox')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
    // A capture that answered as a PDF with parameters is still one; nothing else is sent inline.
    expect(originalResponse(get(), kept('application/pdf; charset=binary'), PUBLIC_DOWNLOAD).headers.get('content-disposition')).toMatch(/^inline; /)
    expect(originalResponse(get(), kept('text/html; charset=utf-8'), PUBLIC_DOWNLOAD).headers.get('content-disposition')).toMatch(/^attachment; /)
    expect(['application/pdf', 'Application/PDF ; x=y', 'application/pdfx', 'application/x-pdf', 'text/plain', 'image/svg+xml'].map(opensInViewer)).toEqual([true, true, false, false, false, false])
  })

  it('answers 304 to a client holding the same bytes, and 404 when there is nothing to send', async () => {
    const notModified = originalResponse(get({ 'if-none-match': `W/"other", "${contentHash(bytes)}"` }), snapshot(), PUBLIC_DOWNLOAD)
    expect(notModified.status).toBe(304)
    expect(notModified.body).toBeNull()
    for (const missing of [null, { ...snapshot(), original: null }]) {
      const response = originalResponse(get(), missing, PUBLIC_DOWNLOAD)
      expect(response.status).toBe(404)
      expect(response.headers.get('content-security-policy')).toBe('sandbox')
      expect(await response.text()).not.toContain('script')
    }
  })
})

describe('download names', () => {
  it('keep only the last segment of an uploaded name, without control characters or leading dots', () => {
    const named = (fileName: string) => downloadName({ version: 1, source: { title: 'A report' } }, { fileName, mediaType: 'text/plain' })
    expect(named('../../etc/passwd')).toBe('passwd')
    expect(named('C:\\Users\\riley\\notes.txt')).toBe('notes.txt')
    expect(named('.htaccess')).toBe('htaccess')
    expect(named('evil\r\nSet-Cookie: a=b.txt')).toBe('evilSet-Cookie: a=b.txt')
    expect(named('...')).toBe('a-report-v1.txt')
  })

  it('give a made-up name the extension of its type', () => {
    const named = (mediaType: string) => downloadName({ version: 3, source: { title: '¿Qué?' } }, { fileName: null, mediaType })
    expect([named('text/plain; charset=utf-8'), named('text/markdown; charset=utf-8'), named('application/pdf'), named('image/png')]).toEqual(['que-v3.txt', 'que-v3.md', 'que-v3.pdf', 'que-v3.bin'])
  })

  it('cannot end the header or add a parameter, whatever the name holds', () => {
    const header = contentDisposition('a"; filename="evil.html\\;%.txt')
    expect(header).toBe(`attachment; filename="a__ filename=_evil.html___.txt"; filename*=UTF-8''a%22%3B%20filename%3D%22evil.html%5C%3B%25.txt`)
    expect(contentDisposition("it's (1)*.txt")).toContain(`filename*=UTF-8''it%27s%20%281%29%2A.txt`)
    // Every character of the header is one a Headers object takes (a ByteString of printable ASCII).
    expect(new Headers({ 'content-disposition': contentDisposition('данные 2021 📄.html') }).get('content-disposition')).toMatch(/^[\x20-\x7e]+$/)
  })
})
