import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES } from './action-body'
import { createWebServer, earlyRefusal } from './web-server'

const request = (url: string, headers: Record<string, string> = {}) => ({ url, method: 'POST', headers })

describe('requests refused before they reach Next', () => {
  it('refuses a body over the limit, a compressed body and an address that does not decode', () => {
    expect(earlyRefusal(request('/review', { 'content-length': String(MAX_BODY_BYTES + 1) }))).toMatchObject({ status: 413 })
    expect(earlyRefusal(request('/review', { 'content-encoding': 'gzip' }))).toMatchObject({ status: 415 })
    for (const path of ['/claims/%ff', '/sources/%E0%A4%A', '/quantities/%c0%af']) expect(earlyRefusal(request(path)), path).toMatchObject({ status: 400 })
  })

  it('lets ordinary requests through', () => {
    expect(earlyRefusal(request('/claims/at-least-545-parents?q=%E2%80%9Cquoted%E2%80%9D', { 'content-length': '1200' }))).toBeNull()
    expect(earlyRefusal(request('/search?q=%ff'))).toBeNull()
  })
})

describe('requests Node refuses before any handler runs', () => {
  /** What the server answers `raw`, sent as is on a socket of its own. */
  async function rawAnswer(raw: string): Promise<string> {
    const { server, stop } = createWebServer((_, response) => void response.end('handled'), () => false)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      return await new Promise<string>((resolve, reject) => {
        const chunks: Buffer[] = []
        const socket = connect(port, '127.0.0.1', () => socket.end(raw))
        socket.on('data', (chunk: Buffer) => chunks.push(chunk))
        socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        socket.on('error', reject)
      })
    } finally {
      await stop(100)
    }
  }

  it('answers an address too long with a page that says so, not a blank 431', async () => {
    const answer = await rawAnswer(`GET /search?q=${'chidlren+'.repeat(3000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`)
    expect(answer).toMatch(/^HTTP\/1\.1 431 /)
    expect(answer).toContain('Content-Type: text/html; charset=utf-8')
    expect(answer).toContain('<h1>This address is too long</h1>')
  })

  it('answers a request that does not parse with a 400, as Node would', async () => {
    expect(await rawAnswer('NOT HTTP AT ALL\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 Bad Request/)
  })
})
