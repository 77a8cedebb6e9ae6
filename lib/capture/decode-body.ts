// The text of a captured page, decoded in the encoding it comes in, found the way a browser finds
// it (WHATWG HTML, "determining the character encoding"): a byte order mark first, then the
// Content-Type charset, then (for HTML) a <meta charset> or http-equiv in the first 1,024 bytes,
// or (for XHTML) the XML declaration. A page that declares nothing is UTF-8 when its bytes are
// valid UTF-8, and windows-1252 (what browsers assume of an undeclared Western page) otherwise.

export type DecodedBody = {
  text: string
  /** The WHATWG name of the encoding used, such as "utf-8" or "windows-1252". */
  encoding: string
}

const PRESCAN_BYTES = 1024

/**
 * Bytes 0x80 to 0x9F in windows-1252, which is also what the labels latin1, iso-8859-1 and ascii
 * mean (WHATWG Encoding). Node's TextDecoder decodes them as the C1 controls U+0080 to U+009F
 * instead, so curly quotes, dashes and the euro sign come out as invisible characters; they are
 * mapped here (https://github.com/nodejs/node/issues/60888). Harmless once Node is fixed.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

function decode(decoder: TextDecoder, bytes: Uint8Array): DecodedBody {
  const text = decoder.decode(bytes)
  if (decoder.encoding !== 'windows-1252') return { text, encoding: decoder.encoding }
  return { text: text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1.charAt(c.charCodeAt(0) - 0x80)), encoding: decoder.encoding }
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  return null
}

/** A decoder for a label, or null for a label no browser knows. */
function decoderFor(label: string | null): TextDecoder | null {
  if (label === null) return null
  try {
    return new TextDecoder(label.trim())
  } catch {
    return null
  }
}

/** What the start of the page declares, read as ASCII as the HTML prescan does. */
function declaredInMarkup(bytes: Uint8Array, mediaType: string | null): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1')
  if (mediaType === 'application/xhtml+xml') {
    const xml = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1]
    if (xml !== undefined) return xml
  }
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([^\s"'>;/]+)/i.exec(head.replace(/<!--[\s\S]*?-->/g, ''))
  const label = meta?.[1]?.toLowerCase()
  if (label === undefined) return null
  // A page cannot declare itself UTF-16 from inside: its markup was just read as ASCII (WHATWG HTML).
  if (label.startsWith('utf-16')) return 'utf-8'
  return label === 'x-user-defined' ? 'windows-1252' : label
}

/**
 * `bytes` of a text page (text/html, application/xhtml+xml or text/plain) as a string, without a
 * byte order mark. `charset` is the Content-Type's; an unknown label is passed over.
 */
export function decodeBody(bytes: Uint8Array, declared: { charset: string | null; mediaType: string | null }): DecodedBody {
  const isMarkup = declared.mediaType === 'text/html' || declared.mediaType === 'application/xhtml+xml'
  const decoder =
    decoderFor(byteOrderMark(bytes)) ??
    decoderFor(declared.charset) ??
    (isMarkup ? decoderFor(declaredInMarkup(bytes, declared.mediaType)) : null)
  if (decoder !== null) return decode(decoder, bytes)
  try {
    return decode(new TextDecoder('utf-8', { fatal: true }), bytes)
  } catch {
    return decode(new TextDecoder('windows-1252'), bytes)
  }
}
