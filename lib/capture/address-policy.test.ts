import { describe, expect, it } from 'vitest'

import { capturePolicy, checkAddress, checkIp, redirectTarget, type AddressPolicy } from './address-policy'
import type { CaptureFailure } from './capture-error'

const STRICT: AddressPolicy = { allowPrivateAddresses: false, allowAnyPort: false }
const TEST_SERVER: AddressPolicy = { allowPrivateAddresses: true, allowAnyPort: true }

function refusal(run: () => unknown): { code: CaptureFailure; message: string } {
  try {
    run()
  } catch (error) {
    const { code, message } = error as { code: CaptureFailure; message: string }
    return { code, message }
  }
  throw new Error('expected a refusal')
}

describe('checkAddress refuses every address of the issue, before any connection', () => {
  it.each([
    ['http://127.0.0.1/', 'refused-address', "the server's own loopback address (127.0.0.1)"],
    ['http://10.1.2.3/', 'refused-address', 'a private network address (10.1.2.3)'],
    ['http://169.254.169.254/latest/meta-data/', 'refused-address', "a cloud server's metadata service (169.254.169.254)"],
    ['http://[::1]/', 'refused-address', "loopback address (::1)"],
    ['http://[::ffff:127.0.0.1]/', 'refused-address', 'loopback address (::ffff:7f00:1, that is 127.0.0.1)'],
    ['http://0x7f000001/', 'refused-address', 'loopback address (127.0.0.1)'],
    ['http://2130706433/', 'refused-address', 'loopback address (127.0.0.1)'],
    ['http://0177.0.0.1/', 'refused-address', 'loopback address (127.0.0.1)'],
    ['file:///etc/passwd', 'refused-scheme', 'not "file:" addresses'],
    ['gopher://example.com/', 'refused-scheme', 'not "gopher:" addresses'],
    ['http://example.com:8080/', 'refused-port', 'port 8080'],
  ] as const)('%s: %s', (address, code, words) => {
    const { code: actual, message } = refusal(() => checkAddress(address, STRICT))
    expect(actual).toBe(code)
    expect(message).toContain(words)
  })

  it('says in words what was refused and why', () => {
    expect(refusal(() => checkAddress('http://10.0.0.5/', STRICT)).message).toBe(
      'That address points at a private network address (10.0.0.5), which Claimtrail never fetches.',
    )
  })

  it('refuses the other special ranges and the other schemes', () => {
    for (const address of [
      'http://172.16.0.1/', 'http://172.31.255.255/', 'http://192.168.1.1/', 'http://100.64.0.1/', 'http://0.0.0.0/',
      'http://255.255.255.255/', 'http://224.0.0.1/', 'http://192.0.2.1/', 'http://240.0.0.1/', 'http://[fe80::1]/',
      'http://[fc00::1]/', 'http://[fd12:3456::1]/', 'http://[::]/', 'http://[ff02::1]/', 'http://[2001:db8::1]/',
      'http://[::ffff:10.0.0.5]/', 'http://[::ffff:169.254.169.254]/', 'http://[64:ff9b::10.0.0.5]/',
      'http://[2002:a00:1::]/', 'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', 'http://[64:ff9b:1::a00:5]/',
      'http://[fd00:ec2::254]/', 'http://127.1/', 'http://0/',
    ]) {
      expect(refusal(() => checkAddress(address, STRICT)).code, address).toBe('refused-address')
    }
    for (const address of ['ftp://example.com/', 'data:text/html,<p>hi</p>', 'javascript:alert(1)', 'ws://example.com/']) {
      expect(refusal(() => checkAddress(address, STRICT)).code, address).toBe('refused-scheme')
    }
  })

  it('refuses metadata and private-network names, a user name in the address, and addresses it cannot read', () => {
    expect(refusal(() => checkAddress('http://metadata.google.internal/computeMetadata/v1/', STRICT)).message).toBe(
      '"metadata.google.internal" is a cloud server\'s metadata service, which Claimtrail never fetches.',
    )
    for (const address of ['http://localhost/', 'http://localhost./', 'http://app.localhost/', 'http://printer.local/', 'http://intranet/', 'http://db.internal/']) {
      expect(refusal(() => checkAddress(address, STRICT)).message, address).toMatch(/is a name on a private network/)
    }
    expect(refusal(() => checkAddress('https://user:secret@example.com/', STRICT)).code).toBe('refused-credentials')
    expect(refusal(() => checkAddress('https://user@example.com/', STRICT)).code).toBe('refused-credentials')
    expect(refusal(() => checkAddress('example.com/news', STRICT)).code).toBe('invalid-address')
    expect(refusal(() => checkAddress('http://exa mple.com/', STRICT)).code).toBe('invalid-address')
  })

  it('refuses a port other than 80 and 443, written or implied', () => {
    expect(refusal(() => checkAddress('https://example.com:8443/', STRICT)).message).toBe(
      "That address uses port 8443. Claimtrail fetches only from the web's own ports, 80 and 443.",
    )
    expect(checkAddress('http://example.com:80/', STRICT).href).toBe('http://example.com/')
    expect(checkAddress('https://example.com:443/', STRICT).href).toBe('https://example.com/')
    expect(checkAddress('http://example.com:443/', STRICT).port).toBe('443')
  })
})

describe('checkAddress allows the public web', () => {
  it('takes public addresses and names, normalised and without the fragment', () => {
    expect(checkAddress('https://93.184.216.34/', STRICT).href).toBe('https://93.184.216.34/')
    expect(checkAddress('  https://Example.COM/news/a?id=1#comments ', STRICT).href).toBe('https://example.com/news/a?id=1')
    expect(checkAddress('http://[2606:4700::1]/', STRICT).hostname).toBe('[2606:4700::1]')
    // What DNS64 answers for a public IPv4 host on an IPv6-only network.
    expect(checkAddress('http://[64:ff9b::93.184.216.34]/', STRICT).hostname).toBe('[64:ff9b::5db8:d822]')
    expect(checkAddress('http://[::ffff:93.184.216.34]/', STRICT).protocol).toBe('http:')
  })

  it('under the test allowance, takes loopback and private addresses on any port, and nothing more', () => {
    expect(checkAddress('http://127.0.0.1:4321/page', TEST_SERVER).port).toBe('4321')
    expect(checkAddress('http://10.1.2.3/', TEST_SERVER).hostname).toBe('10.1.2.3')
    expect(checkAddress('http://localhost:3000/', TEST_SERVER).hostname).toBe('localhost')
    expect(checkAddress('http://[::1]:8080/', TEST_SERVER).hostname).toBe('[::1]')
    for (const address of ['http://169.254.169.254/', 'http://[fd00:ec2::254]/', 'http://100.100.100.200/', 'http://metadata.google.internal/', 'http://0.0.0.0/', 'http://[fe80::1]/']) {
      expect(refusal(() => checkAddress(address, TEST_SERVER)).code, address).toBe('refused-address')
    }
    expect(refusal(() => checkAddress('file:///etc/passwd', TEST_SERVER)).code).toBe('refused-scheme')
  })

  it('follows CAPTURE_ALLOW_PRIVATE_ADDRESSES by default, which is off', () => {
    expect(capturePolicy()).toEqual(STRICT)
    expect(refusal(() => checkAddress('http://127.0.0.1/')).code).toBe('refused-address')
  })
})

describe('checkIp, for the addresses a name resolves to', () => {
  it('names the name and the address it resolved to', () => {
    expect(refusal(() => checkIp('10.0.0.5', STRICT, 'news.example.test')).message).toBe(
      '"news.example.test" resolves to a private network address (10.0.0.5), which Claimtrail never fetches.',
    )
    expect(refusal(() => checkIp('not an address', STRICT, 'news.example.test')).code).toBe('refused-address')
    expect(() => checkIp('93.184.216.34', STRICT, 'example.com')).not.toThrow()
    expect(() => checkIp('2606:4700::1', STRICT, 'example.com')).not.toThrow()
  })
})

describe('redirectTarget', () => {
  const from = new URL('https://news.example.com/2021/01/story?ref=home')

  it('resolves a relative Location against the address that answered', () => {
    expect(redirectTarget(from, '/amp/story', STRICT).href).toBe('https://news.example.com/amp/story')
    expect(redirectTarget(from, 'story-2', STRICT).href).toBe('https://news.example.com/2021/01/story-2')
    expect(redirectTarget(from, '//cdn.example.net/story', STRICT).href).toBe('https://cdn.example.net/story')
  })

  it('applies every rule again to where it leads', () => {
    expect(refusal(() => redirectTarget(from, 'http://10.0.0.5/', STRICT)).code).toBe('refused-address')
    expect(refusal(() => redirectTarget(from, 'http://169.254.169.254/latest/meta-data/', TEST_SERVER)).code).toBe('refused-address')
    expect(refusal(() => redirectTarget(from, 'file:///etc/passwd', STRICT)).code).toBe('refused-scheme')
    expect(refusal(() => redirectTarget(from, 'https://news.example.com:8443/', STRICT)).code).toBe('refused-port')
    expect(refusal(() => redirectTarget(from, 'http://[::1', STRICT)).code).toBe('invalid-address')
  })
})
