// Bytes -> text, refusing what is not text: NUL bytes mean binary, invalid UTF-8 means another encoding.
import { InputError } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const CHARSET_META = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i;

/** The charset a page or feed declares in its first bytes (meta charset or the XML declaration), lower-case. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
  const m = XML_ENCODING.exec(head) ?? CHARSET_META.exec(head);
  return m?.[1]!.toLowerCase();
}

// Windows-1252 bytes 0x80-0x9F (WHATWG table). Node 20's TextDecoder('windows-1252') decodes them as Latin-1
// C1 controls (U+0080-U+009F), turning curly quotes and dashes into invisible characters.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!));
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) >= 0;
}

/**
 * Decode a whole file (or one line). A UTF-8 byte-order mark is dropped; UTF-16 with a byte-order mark is
 * decoded as such. A declared charset (HTML, XML) is used only when the bytes are not valid UTF-8: pages that
 * claim ISO-8859-1 but are UTF-8 are common, the reverse is not.
 */
export function decodeText(bytes: Uint8Array, file: string, opts: { charset?: string; line?: number } = {}): string {
  const { line } = opts;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const enc = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return new TextDecoder(enc, { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(file, `not valid ${enc.toUpperCase()} text`, line, 'encoding');
    }
  }
  if (hasNul(bytes)) throw new InputError(file, 'binary data (NUL bytes), not a text file', line, 'binary');
  try {
    return utf8.decode(bytes);
  } catch {
    // fall through to the declared charset, if any
  }
  const cs = opts.charset;
  if (cs && cs !== 'utf-8' && cs !== 'utf8') {
    let dec: TextDecoder;
    try {
      dec = new TextDecoder(cs, { fatal: true });
    } catch {
      throw new InputError(file, `not valid UTF-8, and the declared charset ${JSON.stringify(cs)} is not supported`, line, 'encoding');
    }
    if (dec.encoding === 'windows-1252') return decodeWindows1252(bytes);
    try {
      return dec.decode(bytes);
    } catch {
      throw new InputError(file, `not valid ${cs} text`, line, 'encoding');
    }
  }
  throw new InputError(file, `not valid UTF-8 text (another encoding, or a binary file?)`, line, 'encoding');
}

/** True when the first bytes look binary (NUL bytes outside a UTF-16 byte-order mark). */
export function looksBinary(head: Uint8Array): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return false;
  return hasNul(head);
}
