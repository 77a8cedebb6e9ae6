import { createRequire } from 'node:module'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { actionBodyRefusal, argumentsProblem, checkedActionRequest, isCrossOrigin, MAX_BODY_BYTES, multipartPartCount } from './action-body'

// The encoder our pages use (React's, as Next ships it), so that "what our pages send" is real.
const { encodeReply } = createRequire(import.meta.url)('next/dist/compiled/react-server-dom-webpack/client.node.js') as {
  encodeReply: (value: unknown) => Promise<string | FormData>
}

async function multipart(form: FormData) {
  const response = new Response(form)
  return { contentType: response.headers.get('content-type')!, body: Buffer.from(await response.arrayBuffer()) }
}

describe('action bodies Next would answer with a 500', () => {
  it('lets through what our pages send: a form with its previous state, and a query', async () => {
    const form = new FormData()
    form.set('claimText', '$K1 is not a reference here')
    form.set('file', new File(['text'], 'article.md'))
    const previous = { status: 'invalid', values: { note: '$1' }, at: new Date(), missing: undefined }
    const encoded = await encodeReply([previous, form])
    expect(encoded).toBeInstanceOf(FormData)
    const { contentType, body } = await multipart(encoded as FormData)
    expect(await actionBodyRefusal({ 'content-type': contentType, 'next-action': 'x' }, body)).toBeNull()

    const query = await encodeReply([{ q: '$hello', limit: 10, big: 10n, ratio: Number.NaN }])
    expect(typeof query).toBe('string')
    expect(argumentsProblem(query as string)).toBeNull()
  })

  it('refuses bodies that do not decode, and references to parts none of our pages sends', async () => {
    const fetched = (contentType: string) => ({ 'content-type': contentType, 'next-action': 'x' })
    const cutOff = Buffer.from('--XYZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]')
    expect(await actionBodyRefusal(fetched('multipart/form-data; boundary=XYZ'), cutOff)).toMatchObject({ status: 400, message: expect.stringMatching(/malformed/) })
    expect(await actionBodyRefusal(fetched('multipart/form-data'), Buffer.from('abc'))).toMatchObject({ status: 400, message: expect.stringMatching(/malformed/) })
    const noArguments = await multipart(new FormData())
    expect(await actionBodyRefusal(fetched(noArguments.contentType), noArguments.body)).toMatchObject({ message: expect.stringMatching(/no arguments/) })
    expect(await actionBodyRefusal(fetched('text/plain;charset=UTF-8'), Buffer.from('[{"a":'))).toMatchObject({ message: expect.stringMatching(/not valid JSON/) })
    for (const json of ['"x"', 'null', '1', '{"a":1}']) expect(argumentsProblem(json), json).toMatch(/not a list/)
    for (const reference of ['$@1', '$Q1', '$W1', '$B1', '$h1', '$F1', '$AB1', '$l1', '$i1', '$S1', '$E(1)', '$Y1', '$1:a:b', '$T', '$R1']) {
      expect(argumentsProblem(JSON.stringify([{ nested: [reference] }])), reference).toMatch(/none of our pages/)
    }
    // Deep nesting is refused or walked without overflowing the stack.
    expect(() => argumentsProblem(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).not.toThrow()
  })

  it('counts a form’s parts without parsing it, and refuses more than any of our forms sends', async () => {
    const form = new FormData()
    for (let i = 0; i < 2_500; i++) form.append(`f${i}`, 'x')
    form.append('0', '["$K1"]')
    const { contentType, body } = await multipart(form)
    expect(multipartPartCount(contentType, body)).toBe(2_501)
    expect(await actionBodyRefusal({ 'content-type': contentType, 'next-action': 'x' }, body)).toMatchObject({ status: 413, message: expect.stringMatching(/more than 2,000 fields/) })
    expect(multipartPartCount('multipart/form-data; boundary="a b"', Buffer.from('--a b\r\n\r\nx\r\n--a b--'))).toBe(1)
  })

  it('does not read multipart posts without JavaScript as fetched arguments', async () => {
    const form = new FormData()
    form.set('$ACTION_REF_1', '')
    form.set('claimText', 'text')
    const { contentType, body } = await multipart(form)
    expect(await actionBodyRefusal({ 'content-type': contentType }, body)).toBeNull()
  })

  it('hands Next an exact copy of a body it can decode, and refuses one over the limit', async () => {
    const request = Object.assign(Readable.from([Buffer.from('["$K1"'), Buffer.from(']')]), {
      method: 'POST',
      url: '/suggest',
      headers: { 'content-type': 'text/plain', 'next-action': 'x' },
      rawHeaders: [],
      httpVersion: '1.1',
      httpVersionMajor: 1,
      httpVersionMinor: 1,
      socket: null,
    })
    const copy = await checkedActionRequest(request as never)
    if ('status' in copy) throw new Error(copy.message)
    expect(copy.url).toBe('/suggest')
    expect(copy.headers['next-action']).toBe('x')
    const chunks: Buffer[] = []
    for await (const chunk of copy) chunks.push(chunk as Buffer)
    expect(Buffer.concat(chunks).toString()).toBe('["$K1"]')

    const big = Object.assign(Readable.from([Buffer.alloc(MAX_BODY_BYTES), Buffer.alloc(1)]), { headers: {}, method: 'POST' })
    expect(await checkedActionRequest(big as never)).toMatchObject({ status: 413 })

    const aborted = Object.assign(
      new Readable({ read() { this.destroy(new Error('aborted')) } }),
      { headers: {}, method: 'POST' },
    )
    expect(await checkedActionRequest(aborted as never)).toMatchObject({ status: 400, message: expect.stringMatching(/did not arrive in full/) })
  })

  it('tells a post from another site by its Origin, as Next does', () => {
    expect(isCrossOrigin({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' })).toBe(false)
    expect(isCrossOrigin({ origin: 'https://claimtrail.org', host: '10.0.0.5:3000', 'x-forwarded-host': 'claimtrail.org' })).toBe(false)
    expect(isCrossOrigin({ host: '127.0.0.1:3000' })).toBe(false)
    for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1:3001', 'not a url']) expect(isCrossOrigin({ origin, host: '127.0.0.1:3000' }), origin).toBe(true)
  })
})
