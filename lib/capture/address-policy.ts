// Which web addresses a capture may fetch. A reviewer types the address and the server fetches it
// from inside its own network, so an address must reach nothing but the public web: not the server
// itself, its private network, a cloud metadata service, or a port other than the web's own.
//
// Addresses are classified with ipaddr.js `range()`. Only `unicast` (an address in none of the
// special ranges ipaddr.js knows) is the public internet; every other range is refused, so a range
// ipaddr.js adds later is refused too. Two kinds of IPv6 address carry an IPv4 address and are
// judged by it: IPv4-mapped (`::ffff:a.b.c.d`, which the system connects to as that IPv4 address)
// and the NAT64 well-known prefix (`64:ff9b::a.b.c.d`, what DNS64 answers on an IPv6-only network).
// Other transition forms (6to4, Teredo, RFC 6145, local NAT64 prefixes) reach an IPv4 host through
// a relay or translator that we do not control, so they are refused whatever they carry.
import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'

import { env } from '../env'
import { CaptureError } from './capture-error'

export type AddressPolicy = {
  /** Loopback, private-network, unique-local and carrier-grade NAT addresses may be fetched. */
  allowPrivateAddresses: boolean
  /** Any port may be fetched, not only 80 and 443. */
  allowAnyPort: boolean
}

/**
 * The policy in force: only the public web, unless CAPTURE_ALLOW_PRIVATE_ADDRESSES is set (for
 * tests against a local web server). Even then link-local addresses, cloud metadata services and
 * the other special ranges stay refused: a test server needs loopback, never those.
 */
export function capturePolicy(): AddressPolicy {
  const isAllowed = env.CAPTURE_ALLOW_PRIVATE_ADDRESSES
  return { allowPrivateAddresses: isAllowed, allowAnyPort: isAllowed }
}

const WEB_PORTS = new Set([80, 443])

/** The ranges the allowance opens, and no others. */
const PRIVATE_RANGES = new Set(['loopback', 'private', 'uniqueLocal', 'carrierGradeNat'])

/** What each refused range is, in a reviewer's words; the other special ranges share one wording. */
const RANGE_WORDS: Record<string, string> = {
  loopback: "the server's own loopback address",
  private: 'a private network address',
  uniqueLocal: 'a private network address',
  carrierGradeNat: "an address inside an internet provider's own network (carrier-grade NAT)",
  linkLocal: 'a link-local address, where cloud servers keep their metadata service',
  unspecified: 'the unspecified address, another name for the server itself',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  '6to4': 'a 6to4 address, relayed to an IPv4 host',
  teredo: 'a Teredo address, relayed to an IPv4 host',
  rfc6145: 'an IPv6 address that the network translates to an IPv4 host',
  rfc6052: 'an IPv6 address that the network translates to an IPv4 host',
}
const SPECIAL_USE = 'an address reserved for special use, not part of the public web'

/** Cloud metadata services, refused even under the allowance (Google, AWS's IPv6 one, Alibaba's). */
const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200'])
const METADATA_NAMES = new Set(['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data', 'instance-data.ec2.internal'])

/** Names that only ever mean a private network: single labels (search domains), mDNS, RFC 6761/8375, ICANN's .internal. */
const PRIVATE_NAME = /(?:^[^.]+|\.localhost|\.local|\.internal|\.home\.arpa)$/

/** The address actually reached: an IPv4-mapped or NAT64 address is its IPv4 address. */
function reachedAddress(ip: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  if (ip.kind() === 'ipv4') return ip
  const v6 = ip as ipaddr.IPv6
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address()
  const parts = v6.parts
  const isWellKnownNat64 = parts[0] === 0x64 && parts[1] === 0xff9b && parts.slice(2, 6).every((part) => part === 0)
  return isWellKnownNat64 ? ipaddr.fromByteArray(v6.toByteArray().slice(12)) : v6
}

function refusedAddress(ip: string, words: string, hostname: string | undefined, embedded: string | undefined): CaptureError {
  const shown = embedded === undefined ? ip : `${ip}, that is ${embedded}`
  const subject = hostname === undefined ? 'That address points at' : `"${hostname}" resolves to`
  return new CaptureError('refused-address', `${subject} ${words} (${shown}), which Claimtrail never fetches.`)
}

/**
 * Throws CaptureError `refused-address` unless `ip` (an IP literal of the address, or one its name
 * resolved to: then pass `hostname`, which the message names) is a public internet address.
 */
export function checkIp(ip: string, policy: AddressPolicy = capturePolicy(), hostname?: string): void {
  if (!ipaddr.isValid(ip)) {
    throw new CaptureError('refused-address', `"${hostname ?? ip}" did not resolve to a valid internet address.`)
  }
  const parsed = ipaddr.parse(ip)
  const reached = reachedAddress(parsed)
  const embedded = reached.kind() === parsed.kind() ? undefined : reached.toString()
  if (METADATA_ADDRESSES.has(reached.toString())) {
    throw refusedAddress(ip, "a cloud server's metadata service", hostname, embedded)
  }
  const range = reached.range()
  if (range === 'unicast' || (policy.allowPrivateAddresses && PRIVATE_RANGES.has(range))) return
  throw refusedAddress(ip, RANGE_WORDS[range] ?? SPECIAL_USE, hostname, embedded)
}

function checkHost(hostname: string, policy: AddressPolicy): void {
  // The URL parser writes an IPv6 literal in brackets, and an IPv4 one in any notation
  // (0x7f000001, 2130706433, 0177.0.0.1) as four decimals.
  const literal = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname
  if (isIP(literal) !== 0) return checkIp(literal, policy)
  const name = hostname.replace(/\.+$/, '')
  if (METADATA_NAMES.has(name)) {
    throw new CaptureError('refused-address', `"${name}" is a cloud server's metadata service, which Claimtrail never fetches.`)
  }
  if (!policy.allowPrivateAddresses && PRIVATE_NAME.test(name)) {
    throw new CaptureError('refused-address', `"${name}" is a name on a private network, not on the public web, so Claimtrail never fetches it.`)
  }
}

/**
 * The address as it will be fetched (parsed and normalised by the WHATWG URL parser, without its
 * #fragment, which is never sent), or CaptureError: `invalid-address`, `refused-scheme` (anything
 * but http and https), `refused-credentials` (a user name or password in it), `refused-port`
 * (anything but 80 and 443), `refused-address` (an IP literal or a name that is not the public web).
 * A name's addresses are checked when it is resolved, at connection time (see fetch-page.ts).
 */
export function checkAddress(address: string, policy: AddressPolicy = capturePolicy()): URL {
  const trimmed = address.trim()
  if (!URL.canParse(trimmed)) {
    throw new CaptureError('invalid-address', 'That is not a complete web address: it should start with https:// or http://.')
  }
  const url = new URL(trimmed)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CaptureError('refused-scheme', `Only web pages (addresses starting with https:// or http://) can be captured, not "${url.protocol}" addresses.`)
  }
  if (url.username !== '' || url.password !== '') {
    throw new CaptureError('refused-credentials', 'That address contains a user name or password. Claimtrail captures only pages anyone can open: remove the part before "@".')
  }
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port)
  if (!policy.allowAnyPort && !WEB_PORTS.has(port)) {
    throw new CaptureError('refused-port', `That address uses port ${port}. Claimtrail fetches only from the web's own ports, 80 and 443.`)
  }
  checkHost(url.hostname, policy)
  url.hash = ''
  return url
}

/**
 * Where a redirect leads: `location` (absolute, or relative to the address that answered with it)
 * checked by the same rules as the first address. Throws CaptureError as checkAddress does.
 */
export function redirectTarget(from: URL, location: string, policy: AddressPolicy = capturePolicy()): URL {
  if (!URL.canParse(location, from)) {
    throw new CaptureError('invalid-address', `${from.host} redirects to "${location.slice(0, 200)}", which is not a valid web address.`)
  }
  return checkAddress(new URL(location, from).href, policy)
}
