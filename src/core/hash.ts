import { hash } from 'node:crypto';

/**
 * A short, stable id from content: the same text always gets the same id. The parts are hashed as
 * one string, each followed by a NUL (the bytes the earlier part-by-part hashing read); the one-shot
 * `hash` costs a fifth of making a Hash object per id, and ids are made for every claim and entity.
 */
export function contentId(prefix: string, ...parts: string[]): string {
  let joined = '';
  for (const part of parts) joined += `${part}\u0000`;
  return `${prefix}_${hash('sha256', joined, 'hex').slice(0, 16)}`;
}
