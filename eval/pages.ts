import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/ingest/ingest.js';
import { FIXTURES } from '../test/pages/fixtures.js';
import { scoreFixtures } from '../test/pages/score.js';
import { dataSet } from './shared-data.js';

/** Per-field accuracy on the page fixtures written here (fictional text in real page shapes). */
export function evaluatePageFixtures() {
  return scoreFixtures(FIXTURES);
}

/**
 * Per-field accuracy on real Zyte pages whose fields were read by hand (eval/real-pages.tsv:
 * file, field, expected, set; authors joined by "; ", an empty value meaning none).
 */
export function evaluateRealPages() {
  const root = dataSet('article-extraction/zyte');
  if (!root) return null;
  const here = fileURLToPath(new URL('.', import.meta.url));
  const tsv = readFileSync(join(here, '..', '..', 'eval', 'real-pages.tsv'), 'utf8');
  const rows = tsv
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split('\t'));
  const cache = new Map<string, ReturnType<typeof ingest> | null>();
  // Fields are scored per set: `dev` pages were read while the rules were written, `held-out` pages
  // only after, with the rules frozen.
  const sets: Record<string, Record<string, { right: number; total: number; wrong: string[] }>> = {};
  for (const [file, field, expected, set = 'dev'] of rows) {
    const fields = (sets[set] ??= {});
    if (!cache.has(file)) {
      try {
        cache.set(file, ingest(gunzipSync(readFileSync(join(root, 'html', file))), { source: file, format: 'html' }));
      } catch {
        cache.set(file, null);
      }
    }
    const meta = cache.get(file)?.meta;
    const actual = !meta
      ? '(error)'
      : field === 'authors'
        ? meta.authors.join('; ')
        : field === 'published'
          ? (meta.published ?? '')
          : field === 'genre'
            ? meta.genre
            : field === 'origin'
              ? (meta.origin?.outlet ?? '')
              : '(unknown field)';
    const entry = (fields[field] ??= { right: 0, total: 0, wrong: [] });
    entry.total++;
    if (actual === expected) entry.right++;
    else entry.wrong.push(`${file.slice(0, 12)} ${field}: got "${actual}", expected "${expected}"`);
  }
  return { pages: cache.size, sets };
}
