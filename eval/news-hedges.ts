import { findHedges } from '../src/pipeline/stages/hedges/cues.js';
import { prf, type Prf } from './metrics.js';
import { NEWS_HEDGE_CASES, type HedgeCase } from './sets/news-hedges.js';

const matches = (found: string, expected: string) => {
  const a = found.toLowerCase().replace(/’/g, "'");
  const b = expected.toLowerCase().replace(/’/g, "'");
  return a.includes(b) || b.includes(a);
};

/** Cue-level and sentence-level scores of the hedge stage on the news set; misses listed for reading. */
export function evaluateNewsHedges(cases: HedgeCase[] = NEWS_HEDGE_CASES): { cases: number; cue: Prf; sentence: Prf; errors: string[] } {
  let cueRight = 0;
  let cueFound = 0;
  let cueGold = 0;
  let cueGoldFound = 0;
  let sentenceTp = 0;
  let sentenceFp = 0;
  let sentenceFn = 0;
  const errors: string[] = [];
  for (const item of cases) {
    const found = findHedges(item.text).map((hedge) => hedge.cue);
    cueFound += found.length;
    cueGold += item.cues.length;
    const right = found.filter((cue) => item.cues.some((gold) => matches(cue, gold)));
    cueRight += right.length;
    cueGoldFound += item.cues.filter((gold) => found.some((cue) => matches(cue, gold))).length;
    if (found.length > 0 && item.cues.length > 0) sentenceTp++;
    if (found.length > 0 && item.cues.length === 0) sentenceFp++;
    if (found.length === 0 && item.cues.length > 0) sentenceFn++;
    if (right.length !== found.length || right.length < item.cues.length) errors.push(`${item.text}  found [${found.join(', ')}] expected [${item.cues.join(', ')}]`);
  }
  return { cases: cases.length, cue: prf(cueRight, cueFound, cueGold, cueGoldFound), sentence: prf(sentenceTp, sentenceTp + sentenceFp, sentenceTp + sentenceFn), errors };
}
