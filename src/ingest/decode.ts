import type { Sniffed } from './sniff.js';

/** Finds a charset declared in the first bytes of an HTML page (<meta charset> or http-equiv). */
export function declaredCharset(buffer: Uint8Array): string | null {
  const head = Buffer.from(buffer.subarray(0, 2048)).toString('latin1');
  const match = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]{1,40})/i.exec(head) ?? /<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_:.-]{1,40})/i.exec(head);
  return match ? match[1].toLowerCase() : null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal: false });
  } catch {
    return null;
  }
}

/**
 * Decodes bytes to a string: the BOM's encoding if there is one, else the page's declared charset,
 * else UTF-8. Invalid sequences become U+FFFD, never an exception.
 */
export function decode(
  buffer: Uint8Array,
  sniffed: Extract<Sniffed, { kind: 'text' }>,
  allowDeclared: boolean,
): {
  text: string;
  encoding: string;
} {
  const body = buffer.subarray(sniffed.bomLength);
  if (sniffed.encoding) {
    return { text: new TextDecoder(sniffed.encoding, { fatal: false }).decode(body), encoding: sniffed.encoding };
  }
  const declared = allowDeclared ? declaredCharset(body) : null;
  // A page that declares UTF-16 without a BOM is almost always really ASCII-compatible (WHATWG says treat as UTF-8).
  const usable = declared && !declared.startsWith('utf-16') ? decoderFor(declared) : null;
  const decoder = usable ?? new TextDecoder('utf-8', { fatal: false });
  return { text: decoder.decode(body), encoding: decoder.encoding };
}

/**
 * Terminal escape sequences: CSI (`ESC [ ... final`, also as the C1 byte U+009B), OSC (`ESC ] ...`
 * ended by BEL or `ESC \`), DCS/SOS/PM/APC strings, and two-character escapes. Removed whole, so no
 * remnant such as "[2J[H" ends up inside a title or an entity name.
 */
const TERMINAL_ESCAPE =
  /(?:\u001b\[|\u009b)[\u0030-\u003f]{0,64}[\u0020-\u002f]{0,16}[\u0040-\u007e]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c\n]{0,1024}(?:\u0007|\u001b\\|\u009c)|\u001b[PX^_][^\u001b\u009c]{0,1024}(?:\u001b\\|\u009c)|\u001b[\u0020-\u002f]{0,4}[\u0030-\u007e]/g;

/**
 * Cleans decoded text once, at ingest: CRLF and CR become LF; terminal escape sequences, NUL and
 * other C0/C1 control characters (which PostgreSQL or a terminal would choke on) are removed;
 * tabs and form feeds become spaces.
 */
export function cleanControlCharacters(text: string): string {
  return text
    .replace(TERMINAL_ESCAPE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\f\v]/g, ' ')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '');
}
