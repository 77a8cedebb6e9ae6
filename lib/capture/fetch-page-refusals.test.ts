// fetchPage with the allowance off: a refused address is refused before any connection is made.
import type { LookupAddress } from 'node:dns'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startLocalWebServer, type LocalWebServer } from '../testing/local-web-server'
import type { AddressPolicy } from './address-policy'
import { fetchPage, guardedLookup, type LookupHost, type ResolvedAddress } from './fetch-page'

/**
 * Every address rule in force, but any port: the test server's port is then no reason to refuse,
 * and each refusal below is the address's own. Every address here is this machine, so one let
 * through would reach the test server and be counted; the same fetches with private addresses
 * allowed do connect, which shows that the count would see it.
 */
const ADDRESS_RULES_ONLY: AddressPolicy = { allowPrivateAddresses: false, allowAnyPort: true }
const PRIVATE_ALLOWED: AddressPolicy = { allowPrivateAddresses: true, allowAnyPort: true }

const answering = (...addresses: string[]): LookupHost => async () =>
  addresses.map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 }))

let server: LocalWebServer
beforeAll(async () => {
  server = await startLocalWebServer({ '/page': (_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<p>hi</p>') })
})
afterAll(() => server.close())

function thisMachine(): [string, LookupHost | undefined][] {
  const port = server.port
  return [
    [`http://127.0.0.1:${port}/page`, undefined],
    [`http://[::ffff:127.0.0.1]:${port}/page`, undefined],
    [`http://0x7f000001:${port}/page`, undefined],
    [`http://2130706433:${port}/page`, undefined],
    [`http://0177.0.0.1:${port}/page`, undefined],
    [`http://localhost:${port}/page`, answering('127.0.0.1')],
    [`http://news.example.test:${port}/page`, answering('127.0.0.1')],
    [`http://news.example.test:${port}/page`, answering('::ffff:127.0.0.1')],
  ]
}

describe('fetchPage with private addresses refused', () => {
  it('refuses each address before connecting, literal or resolved', async () => {
    for (const [address, lookup] of thisMachine()) {
      const error = await fetchPage(address, { policy: ADDRESS_RULES_ONLY, lookup }).catch((e: unknown) => e)
      expect(error, address).toMatchObject({ name: 'CaptureError', code: 'refused-address' })
    }
    expect(server.connections()).toBe(0)
  })

  it('says which name resolved to what', async () => {
    await expect(fetchPage(`http://news.example.test:${server.port}/page`, { policy: ADDRESS_RULES_ONLY, lookup: answering('127.0.0.1') })).rejects.toThrow(
      '"news.example.test" resolves to the server\'s own loopback address (127.0.0.1), which Claimtrail never fetches.',
    )
  })

  it('connects to the same addresses once private addresses are allowed (the count above would have seen them)', async () => {
    const before = server.connections()
    for (const [address, lookup] of thisMachine()) {
      expect((await fetchPage(address, { policy: PRIVATE_ALLOWED, lookup })).status, address).toBe(200)
    }
    expect(server.connections() - before).toBe(thisMachine().length)
  })

  it('refuses the issue\'s addresses under the policy in force, without even looking a name up', async () => {
    const lookedUp: string[] = []
    const lookup: LookupHost = async (hostname) => {
      lookedUp.push(hostname)
      return []
    }
    // Only addresses of this machine or names the lookup answers: 10.1.2.3 and 169.254.169.254
    // are checked without a socket in address-policy.test.ts.
    const refusals = {
      'http://127.0.0.1/': 'refused-address',
      'http://[::1]/': 'refused-address',
      'http://[::ffff:127.0.0.1]/': 'refused-address',
      'http://0x7f000001/': 'refused-address',
      'http://2130706433/': 'refused-address',
      'http://0177.0.0.1/': 'refused-address',
      'http://metadata.google.internal/computeMetadata/v1/': 'refused-address',
      'file:///etc/passwd': 'refused-scheme',
      'gopher://example.com/': 'refused-scheme',
      'http://example.com:8080/': 'refused-port',
      'https://user:password@example.com/': 'refused-credentials',
    }
    for (const [address, code] of Object.entries(refusals)) {
      await expect(fetchPage(address, { lookup }), address).rejects.toMatchObject({ code })
    }
    expect(lookedUp).toEqual([])
  })
})

// Addresses that are not this machine (10.0.0.5) are tested on the lookup itself, never through
// a socket: a regression must not send a packet to someone else's network.
describe('guardedLookup', () => {
  type Answer = { error: Error | null; address: string | LookupAddress[]; family?: number }
  const lookUp = (lookup: LookupHost, policy: AddressPolicy, options: { all?: boolean; family?: number } = { all: true }) =>
    new Promise<Answer>((resolve) => guardedLookup(lookup, policy)('news.example.test', options, (error, address, family) => resolve({ error, address, family })))

  it('refuses a name when any of its addresses is refused', async () => {
    const { error } = await lookUp(answering('10.0.0.5'), ADDRESS_RULES_ONLY)
    expect(error).toMatchObject({ code: 'refused-address', message: '"news.example.test" resolves to a private network address (10.0.0.5), which Claimtrail never fetches.' })
    expect((await lookUp(answering('93.184.216.34', '10.0.0.5'), ADDRESS_RULES_ONLY)).error).toMatchObject({ code: 'refused-address' })
    expect((await lookUp(answering('2606:4700::1', 'fd00::5'), ADDRESS_RULES_ONLY)).error).toMatchObject({ code: 'refused-address' })
    expect((await lookUp(answering('169.254.169.254'), PRIVATE_ALLOWED)).error).toMatchObject({ code: 'refused-address' })
    expect((await lookUp(answering(), ADDRESS_RULES_ONLY)).error).toMatchObject({ code: 'ENOTFOUND' })
  })

  it('hands the socket exactly the addresses it checked, in the form asked for', async () => {
    const lookup = answering('93.184.216.34', '2606:4700::1')
    expect(await lookUp(lookup, ADDRESS_RULES_ONLY)).toEqual({
      error: null,
      address: [{ address: '93.184.216.34', family: 4 }, { address: '2606:4700::1', family: 6 }],
      family: undefined,
    })
    expect(await lookUp(lookup, ADDRESS_RULES_ONLY, {})).toEqual({ error: null, address: '93.184.216.34', family: 4 })
    expect(await lookUp(lookup, ADDRESS_RULES_ONLY, { family: 6 })).toEqual({ error: null, address: '2606:4700::1', family: 6 })
  })
})
