import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BODY_LENGTH_HEADER, restoreBodyLength } from './body-length'

/** Writes as Next writes a route's response: headers set, flushed, then the body in chunks. */
function writeAsNext(response: ServerResponse, headers: Record<string, string>) {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
  response.flushHeaders()
  response.write('hello ')
  response.end('world')
}

describe('the length a route names for its body', () => {
  const server = createServer((request, response) => {
    restoreBodyLength(response)
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname === '/named') return writeAsNext(response, { [BODY_LENGTH_HEADER]: '11' })
    if (url.pathname === '/compressed') return writeAsNext(response, { [BODY_LENGTH_HEADER]: '11', 'content-encoding': 'identity-but-named' })
    writeAsNext(response, {})
  })
  let origin = ''
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('is sent as the Content-Length instead of a chunked body, and the header naming it is not sent', async () => {
    const response = await fetch(`${origin}/named`)
    expect(response.headers.get('content-length')).toBe('11')
    expect(response.headers.get('transfer-encoding')).toBeNull()
    expect(response.headers.has(BODY_LENGTH_HEADER)).toBe(false)
    expect(await response.text()).toBe('hello world')
  })

  it('is not sent when the body is encoded on the way, nor for a response that names none', async () => {
    const encoded = await fetch(`${origin}/compressed`)
    expect(encoded.headers.get('content-length')).toBeNull()
    expect(encoded.headers.has(BODY_LENGTH_HEADER)).toBe(false)
    const plain = await fetch(`${origin}/plain`)
    expect(plain.headers.get('content-length')).toBeNull()
    expect(plain.headers.get('transfer-encoding')).toBe('chunked')
  })
})
