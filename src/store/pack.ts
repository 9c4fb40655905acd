import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { modelPath } from '../pipeline/model-path.js';

let dictionary: Buffer | null = null;

/** The preset dictionary (models/pack-dictionary.txt, from the examples): claim JSON's recurring keys and values. */
function packDictionary(): Buffer {
  dictionary ??= readFileSync(modelPath('pack-dictionary.txt'));
  return dictionary;
}

/** Stores record this, so one written with another dictionary is refused rather than misread. */
export function packDictionaryHash(): string {
  return createHash('sha256').update(packDictionary()).digest('hex').slice(0, 16);
}

/**
 * Claim details are stored as deflated JSON with a preset dictionary: they are read whole, never
 * queried inside (every field a query filters on is a column of its own), and this makes them about
 * four times smaller than plain JSON.
 */
export function packJson(value: unknown): Buffer {
  return packText(JSON.stringify(value));
}

export function unpackJson<T>(packed: Uint8Array): T {
  return JSON.parse(unpackText(packed)) as T;
}

/** JSON already written as text, deflated the same way. */
export function packText(text: string): Buffer {
  return deflateRawSync(Buffer.from(text, 'utf8'), { dictionary: packDictionary() });
}

export function unpackText(packed: Uint8Array): string {
  return inflateRawSync(packed, { dictionary: packDictionary() }).toString('utf8');
}
