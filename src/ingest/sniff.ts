/** What the first bytes of an input say it is. */
export type Sniffed = { kind: 'text'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | null; bomLength: number } | { kind: 'binary'; format: string };

const MAGIC: Array<{ format: string; bytes: number[] }> = [
  { format: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { format: 'ZIP (or an Office/EPUB file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'ZIP (empty)', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { format: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { format: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { format: 'gzip archive', bytes: [0x1f, 0x8b] },
  { format: 'bzip2 archive', bytes: [0x42, 0x5a, 0x68] },
  { format: '7-zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: 'RAR archive', bytes: [0x52, 0x61, 0x72, 0x21] },
  { format: 'WebAssembly or ELF binary', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { format: 'WebAssembly binary', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { format: 'RIFF media (WebP, WAV, AVI)', bytes: [0x52, 0x49, 0x46, 0x46] },
  { format: 'MP4/QuickTime media', bytes: [0x00, 0x00, 0x00] },
  { format: 'Ogg media', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { format: 'MP3 audio', bytes: [0x49, 0x44, 0x33] },
  { format: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65] },
];

function startsWith(buffer: Uint8Array, bytes: number[]): boolean {
  if (buffer.length < bytes.length) return false;
  return bytes.every((byte, index) => buffer[index] === byte);
}

/**
 * Sniffs the input: a byte-order mark wins (WHATWG order: BOM > header > <meta>), known binary
 * signatures are refused, and a text with many NUL or control bytes in its head is taken as binary.
 */
export function sniff(buffer: Uint8Array): Sniffed {
  if (startsWith(buffer, [0xef, 0xbb, 0xbf])) return { kind: 'text', encoding: 'utf-8', bomLength: 3 };
  if (startsWith(buffer, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(buffer, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be', bomLength: 2 };
  for (const { format, bytes } of MAGIC) {
    if (startsWith(buffer, bytes)) return { kind: 'binary', format };
  }
  const head = buffer.subarray(0, 4096);
  let suspicious = 0;
  for (const byte of head) {
    // NUL and C0 controls other than tab, newline, form feed and carriage return.
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) suspicious++;
  }
  if (head.length > 0 && suspicious / head.length > 0.1) return { kind: 'binary', format: 'binary data' };
  return { kind: 'text', encoding: null, bomLength: 0 };
}
