import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuantities } from '../src/pipeline/stages/quantities/find.js';
import { prf } from './metrics.js';
import { dataSet } from './shared-data.js';

interface SpecResult {
  Text: string;
  Start: number;
  End: number;
  Resolution?: { subtype?: string; value?: string };
}

/**
 * Numbers on the Recognizers-Text English number specs: of the cardinal numbers there (integer and
 * decimal subtypes), how many claimgraph finds with the right value (recall), and how many of the
 * numbers it reports on those inputs are right (precision). Fractions and powers ("4/5", "1e10") are
 * counted apart: claimgraph does not read them.
 */
export function evaluateNumbers(): { cases: number; precision: number; recall: number; f1: number; skipped: number } | null {
  const root = dataSet('time/recognizers-text-specs/Specs/Number/English');
  if (!root) return null;
  const cases = JSON.parse(readFileSync(join(root, 'NumberModel.json'), 'utf8')) as Array<{ Input: string; Results: SpecResult[]; NotSupported?: string }>;
  let expected = 0;
  let found = 0;
  let correctFound = 0;
  let recalled = 0;
  let skipped = 0;
  let used = 0;
  for (const item of cases) {
    if (item.NotSupported?.includes('javascript')) continue;
    const cardinal = item.Results.filter((result) => result.Resolution?.subtype === 'integer' || result.Resolution?.subtype === 'decimal');
    skipped += item.Results.length - cardinal.length;
    if (item.Results.length !== cardinal.length) continue;
    used++;
    const ours = findQuantities(item.Input).filter((quantity) => quantity.value !== null);
    expected += cardinal.length;
    found += ours.length;
    const matches = (quantity: { start: number; end: number; value: number | null }, result: SpecResult) =>
      quantity.start <= result.End &&
      result.Start < quantity.end &&
      Math.abs((quantity.value ?? NaN) - Number(result.Resolution?.value)) < 1e-6 * Math.max(1, Math.abs(Number(result.Resolution?.value)));
    for (const result of cardinal) if (ours.some((quantity) => matches(quantity, result))) recalled++;
    for (const quantity of ours) if (cardinal.some((result) => matches(quantity, result))) correctFound++;
  }
  return { cases: used, ...prf(correctFound, found, expected, recalled), skipped };
}
