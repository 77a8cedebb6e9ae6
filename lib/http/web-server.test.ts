import { describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES } from './action-body'
import { earlyRefusal } from './web-server'

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
