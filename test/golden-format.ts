import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { documentToJson } from '../src/contract/json.js';
import { fromRoot } from './helpers.js';

/** The examples analysed for golden files, with the publication date given to inputs that lack one. */
export const GOLDEN_PUBLISHED = '2025-06-30';

export function exampleFiles(): string[] {
  return readdirSync(fromRoot('examples'))
    .filter((name) => /\.(html?|txt|md)$/.test(name))
    .sort();
}

/**
 * A document's analysis as a golden file shows it: every span gets the text it covers printed
 * beside it (`"slice"`), so a diff of a golden file reads like the article.
 */
export function goldenOf(name: string): unknown {
  const bytes = readFileSync(join(fromRoot('examples'), name));
  const json = documentToJson(analyze(bytes, { source: `examples/${name}`, published: GOLDEN_PUBLISHED }));
  const text = json.text;
  const annotate = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(annotate);
    if (value && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, annotate(inner)] as const);
      const object = Object.fromEntries(entries) as Record<string, unknown>;
      if (typeof object.start === 'number' && typeof object.end === 'number' && key(object) !== 'claim') {
        return { slice: text.slice(object.start, object.end), ...object };
      }
      return object;
    }
    return value;
  };
  return annotate(json);
}

// Claims carry their own text already; every other span gets a slice.
function key(object: Record<string, unknown>): string {
  return typeof object.id === 'string' && typeof object.text === 'string' ? 'claim' : 'span';
}

export function goldenPath(name: string): string {
  return fromRoot('test', 'golden', `${name}.json`);
}
