import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimes } from '../src/pipeline/stages/times/find.js';
import { prf } from './metrics.js';
import { dataSet } from './shared-data.js';

interface SpecResult {
  Text: string;
  Start: number;
  End: number;
  TypeName?: string;
  Resolution?: { values?: Array<{ timex?: string; value?: string; type?: string }> };
}

/**
 * Dates on the Recognizers-Text English DateTime specs: only the results typed as a date
 * (datetimeV2.date). Detection counts overlapping spans; a value counts as right when it equals the
 * spec's TIMEX or one of its resolved values (the specs list both the past and the future reading).
 */
export function evaluateRecognizersDates() {
  const root = dataSet('time/recognizers-text-specs/Specs/DateTime/English');
  if (!root) return null;
  const cases = JSON.parse(readFileSync(join(root, 'DateTimeModel.json'), 'utf8').replace(/^\uFEFF/, '')) as Array<{
    Input: string;
    Context?: { ReferenceDateTime?: string };
    NotSupported?: string;
    Results?: SpecResult[];
  }>;
  let gold = 0;
  let found = 0;
  let detected = 0;
  let valueRight = 0;
  let used = 0;
  for (const item of cases) {
    if (item.NotSupported?.includes('javascript')) continue;
    const results = item.Results ?? [];
    if (results.length === 0 || !results.every((result) => result.TypeName === 'datetimeV2.date')) continue;
    used++;
    const reference = item.Context?.ReferenceDateTime ? new Date(`${item.Context.ReferenceDateTime.slice(0, 10)}T12:00:00Z`) : null;
    const ours = findTimes(item.Input, reference).filter((time) => time.type === 'DATE');
    gold += results.length;
    found += ours.length;
    for (const result of results) {
      const match = ours.find((time) => time.start <= result.End && result.Start < time.end);
      if (!match) continue;
      detected++;
      const accepted = new Set((result.Resolution?.values ?? []).flatMap((value) => [value.timex, value.value].filter((x): x is string => !!x)));
      if (accepted.has(match.value)) valueRight++;
    }
  }
  return { cases: used, gold, detectionRecall: gold ? detected / gold : 0, value: prf(valueRight, found, gold) };
}
