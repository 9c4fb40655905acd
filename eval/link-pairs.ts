import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../src/analyze.js';
import type { LinkKind } from '../src/core/annotations.js';
import { findLinks, linkableClaims, type LinkableClaim } from '../src/corpus/links/index.js';
import { prf, type Prf } from './metrics.js';
import { PROJECT_ROOT } from './shared-data.js';

export const LINK_PAIRS_SET = join(PROJECT_ROOT, 'eval', 'sets', 'link-pairs.tsv');

type Expected = LinkKind | 'none';

export interface LinkPair {
  expected: Expected;
  outletA: string;
  textA: string;
  /** null: claim B is in the same article as claim A. */
  outletB: string | null;
  textB: string;
}

export function loadLinkPairs(path = LINK_PAIRS_SET): LinkPair[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [expected, outletA, textA, outletB, textB] = line.split('\t');
      if (!['contradicts', 'corroborates', 'repeats', 'none'].includes(expected) || !textB) throw new Error(`bad line in ${path}: ${line}`);
      return { expected: expected as Expected, outletA, textA, outletB: outletB === '=' ? null : outletB, textB };
    });
}

function article(outlet: string, body: string): LinkableClaim[] {
  return linkableClaims(analyzeText(`A report\n\n${body}\n`)).map((claim) => ({ ...claim, outlet }));
}

/** The link the whole pipeline makes between the two claims of a pair: each side analysed as an article. */
export function linkOf(pair: LinkPair): { kind: Expected; reason: string } {
  if (pair.outletB === null) {
    const claims = article(pair.outletA, `${pair.textA} ${pair.textB}`);
    const link = findLinks(claims)[0];
    return link ? { kind: link.kind, reason: link.reason } : { kind: 'none', reason: '' };
  }
  const link = findLinks(article(pair.outletB, pair.textB), article(pair.outletA, pair.textA))[0];
  return link ? { kind: link.kind, reason: link.reason } : { kind: 'none', reason: '' };
}

export interface LinkPairScore {
  pairs: number;
  perKind: Record<LinkKind, Prf>;
  errors: string[];
}

export function evaluateLinkPairs(pairs: LinkPair[] = loadLinkPairs()): LinkPairScore {
  const results = pairs.map((pair) => ({ pair, found: linkOf(pair) }));
  const perKind = {} as Record<LinkKind, Prf>;
  for (const kind of ['contradicts', 'corroborates', 'repeats'] as const) {
    const right = results.filter(({ pair, found }) => pair.expected === kind && found.kind === kind).length;
    perKind[kind] = prf(right, results.filter(({ found }) => found.kind === kind).length, results.filter(({ pair }) => pair.expected === kind).length);
  }
  const errors = results
    .filter(({ pair, found }) => pair.expected !== found.kind)
    .map(({ pair, found }) => `${pair.expected} → ${found.kind}: ${pair.textA} | ${pair.textB}${found.reason ? `  (${found.reason})` : ''}`);
  return { pairs: pairs.length, perKind, errors };
}
