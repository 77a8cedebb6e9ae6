import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { AppError } from '../errors'
import { apiErrorResponse, cachedResponse, PUBLIC_CACHE_CONTROL, respondJson } from './http'

const get = (headers: Record<string, string> = {}) => new Request('http://localhost/api/v1/claims', { headers })

describe('cachedResponse', () => {
  it('answers 200 with cache, CORS and a weak ETag, then 304 to a client holding that ETag', async () => {
    const first = cachedResponse(get(), '{"a":1}', 'application/json; charset=utf-8')
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL)
    expect(first.headers.get('access-control-allow-origin')).toBe('*')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^W\/"[\w-]+"$/)
    const again = cachedResponse(get({ 'If-None-Match': `"other", ${etag.slice(2)}` }), '{"a":1}', 'application/json')
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(cachedResponse(get({ 'If-None-Match': etag }), '{"a":2}', 'application/json').status).toBe(200)
  })

  it('honours If-Modified-Since when there is a Last-Modified and no If-None-Match', () => {
    const changed = new Date('2021-01-14T12:00:00.900Z')
    expect(cachedResponse(get(), 'x', 'text/plain', changed).headers.get('last-modified')).toBe('Thu, 14 Jan 2021 12:00:00 GMT')
    expect(cachedResponse(get({ 'If-Modified-Since': 'Thu, 14 Jan 2021 12:00:00 GMT' }), 'x', 'text/plain', changed).status).toBe(304)
    expect(cachedResponse(get({ 'If-Modified-Since': 'Thu, 14 Jan 2021 11:59:59 GMT' }), 'x', 'text/plain', changed).status).toBe(200)
  })
})

describe('apiErrorResponse', () => {
  afterEach(() => vi.restoreAllMocks())

  it('maps a ZodError to 422 with its issues and an AppError to its status', async () => {
    const zod = z.object({ limit: z.number().max(100) }).safeParse({ limit: 101 }).error!
    const invalid = apiErrorResponse(zod, 'test')
    expect(invalid.status).toBe(422)
    expect(await invalid.json()).toMatchObject({ error: { code: 'invalid', issues: [{ path: 'limit', message: expect.any(String) }] } })
    const missing = apiErrorResponse(new AppError('not-found', 'No such claim.'), 'test')
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ error: { code: 'not-found', message: 'No such claim.' } })
    expect(missing.headers.get('cache-control')).toBe('no-store')
  })

  it('answers anything else with a generic 500 and logs the real error', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const response = apiErrorResponse(new Error('connection string postgres://secret'), 'GET /x')
    expect(response.status).toBe(500)
    expect(await response.text()).not.toContain('secret')
    expect(log).toHaveBeenCalledOnce()
  })

  it('turns a missing record into a 404', async () => {
    const response = await respondJson(get(), 'claim', async () => null)
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ error: { code: 'not-found' } })
  })
})
