import { createHash } from 'node:crypto';

/** A short, stable id from content: the same text always gets the same id. */
export function contentId(prefix: string, ...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\u0000');
  }
  return `${prefix}_${hash.digest('hex').slice(0, 16)}`;
}
