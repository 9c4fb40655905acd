import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ingest } from '../src/ingest/ingest.js';
import { dataSet } from './shared-data.js';
import { scoreShingles, shingleMatch, type TpFpFn } from './shingles.js';

export interface ZytePage {
  id: string;
  html: Buffer;
  truth: string;
}

export function loadZyte(): ZytePage[] | null {
  const root = dataSet('article-extraction/zyte');
  if (!root) return null;
  const truth = JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return readdirSync(join(root, 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.html\.gz$/, '');
      return { id, html: gunzipSync(readFileSync(join(root, 'html', name))), truth: truth[id]?.articleBody ?? '' };
    });
}

/** The article body claimgraph extracts from one HTML page (the body region of the clean text). */
export function claimgraphBody(html: Buffer, source: string): string {
  try {
    const document = ingest(html, { source, format: 'html' });
    const body = document.regions.find((region) => region.kind === 'body');
    return body ? document.text.slice(body.start, body.end) : '';
  } catch {
    return '';
  }
}

/** Bare Readability on linkedom, as a peer measured in the same run. */
export function bareReadabilityBody(html: Buffer): string {
  try {
    const { document } = parseHTML(html.toString('utf8'));
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

export function evaluateZyte(pages: ZytePage[]) {
  const ours: TpFpFn[] = [];
  const bare: TpFpFn[] = [];
  const worst: Array<{ id: string; f1: number }> = [];
  for (const page of pages) {
    const result = shingleMatch(page.truth, claimgraphBody(page.html, `${page.id}.html`));
    ours.push(result);
    bare.push(shingleMatch(page.truth, bareReadabilityBody(page.html)));
    const [tp, fp, fn] = result;
    worst.push({ id: page.id, f1: tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : 1 });
  }
  worst.sort((a, b) => a.f1 - b.f1);
  return { claimgraph: scoreShingles(ours), readability: scoreShingles(bare), worst: worst.slice(0, 8), pages: pages.length };
}
