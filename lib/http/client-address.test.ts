import { describe, expect, it } from 'vitest'
import { clientAddressOf, trustedProxies } from './client-address'

const request = (peer: string, forwardedFor?: string) => ({ socket: { remoteAddress: peer }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as never

describe('the client address of a request', () => {
  it('is the peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    const none = trustedProxies(undefined)
    expect(clientAddressOf(request('203.0.113.9', '198.51.100.1'), none)).toBe('203.0.113.9')
    expect(clientAddressOf(request('::ffff:203.0.113.9', '198.51.100.1, 10.0.0.1'), none)).toBe('203.0.113.9')
  })

  it('reads X-Forwarded-For from the right, past trusted proxies only', () => {
    const proxy = trustedProxies('loopback, 10.0.0.0/8')
    expect(clientAddressOf(request('127.0.0.1', '198.51.100.7'), proxy)).toBe('198.51.100.7')
    // The client put its own guess first; the proxies appended what they saw.
    expect(clientAddressOf(request('127.0.0.1', '1.2.3.4, 198.51.100.7, 10.1.2.3'), proxy)).toBe('198.51.100.7')
    // A direct connection from an untrusted peer cannot pose as anyone.
    expect(clientAddressOf(request('203.0.113.9', '1.2.3.4'), proxy)).toBe('203.0.113.9')
  })

  it('refuses a TRUSTED_PROXIES entry it cannot read', () => {
    expect(() => trustedProxies('not-an-address')).toThrow()
  })
})
