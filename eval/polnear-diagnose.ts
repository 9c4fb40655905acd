// Prints the attribution cues claimgraph misses and the ones it adds on a PolNeAR split (SPLIT=train|dev, dev by default), most frequent first.
import { loadPolnear, predictedAttributions } from './polnear.js';
import { spansOverlap as overlaps } from '../src/core/span.js';

const split = process.env.SPLIT === 'train' ? 'train' : 'dev';
const documents = loadPolnear(split);
if (!documents) {
  console.log('PolNeAR is absent (../shared/data/attribution/polnear): nothing to diagnose');
  process.exit(0);
}
const missed = new Map<string, number>();
const extra = new Map<string, number>();
const examples: string[] = [];
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
for (const { text, gold } of documents) {
  const found = predictedAttributions(text);
  for (const item of gold) {
    if (!item.cue) continue;
    const cue = item.cue;
    if (!found.some((level) => level.cueSpan && overlaps(level.cueSpan, cue))) {
      const words = text.slice(cue.start, cue.end).toLowerCase();
      bump(missed, words);
      if (process.env.SHOW && words.includes(process.env.SHOW)) examples.push(text.slice(Math.max(0, (item.source ?? cue).start - 80), (item.content ?? cue).end + 20).replace(/\s+/g, ' '));
    }
  }
  const goldContents = gold.flatMap((item) => (item.content ? [item.content] : []));
  for (const level of found) {
    if (!level.cueSpan) continue;
    const span = level.cueSpan;
    if (gold.some((item) => item.cue && overlaps(item.cue, span))) continue;
    if (goldContents.some((other) => other.start <= span.start && span.end <= other.end)) continue;
    bump(extra, `${text.slice(span.start, span.end).toLowerCase()} [${level.provenance.rule}]`);
  }
}
const top = (map: Map<string, number>) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.TOP ?? 60))
    .map(([k, v]) => `${v}\t${k}`)
    .join('\n');
console.log(`missed cues: ${[...missed.values()].reduce((a, b) => a + b, 0)}\n${top(missed)}`);
console.log(`\nextra cues: ${[...extra.values()].reduce((a, b) => a + b, 0)}\n${top(extra)}`);
for (const example of examples.slice(0, 30)) console.log(`\n> ${example}`);
