// Classifies the attribution cues claimgraph adds that match no gold cue on the held-out fifth of PolNeAR train
// (CUE_HELDOUT_PATH as in polnear-heldout.ts): inside a gold content or not, by rule; SHOW=<rule> prints examples.
import { readFileSync } from 'node:fs';
import { inHeldOutFifth, loadPolnear, predictedAttributions } from './polnear.js';
import { createAttributionStage } from '../src/pipeline/stages/attribution/index.js';
import { toCueModel, type CueModelFile } from '../src/pipeline/stages/attribution/cue-model.js';
import { spansOverlap as overlaps } from '../src/core/span.js';

const train = loadPolnear('train');
const path = process.env.CUE_HELDOUT_PATH;
if (!train || !path) process.exit(0);
const stage = createAttributionStage(undefined, toCueModel(JSON.parse(readFileSync(path, 'utf8')) as CueModelFile));
const classes = new Map<string, number>();
const examples: string[] = [];
let found = 0;
for (const { text, gold } of train.filter((_, index) => inHeldOutFifth(index))) {
  for (const level of predictedAttributions(text, stage)) {
    if (!level.cueSpan) continue;
    found++;
    const cue = level.cueSpan;
    if (gold.some((item) => item.cue && overlaps(item.cue, cue))) continue;
    const host = gold.find((item) => item.content && item.content.start <= cue.start && cue.end <= item.content.end);
    const quoteInHost = host && /[“"]/.test(text.slice(host.content!.start, cue.start));
    const key = `${host ? (quoteInHost ? 'in gold content (quoted)' : 'in gold content') : 'outside'}\t${level.provenance.rule.replace(/^attribution\./, '').replace(/\+.*$/, '')}`;
    classes.set(key, (classes.get(key) ?? 0) + 1);
    if (process.env.SHOW && key.includes(process.env.SHOW))
      examples.push(`${text.slice(Math.max(0, cue.start - 100), cue.start)}[[${text.slice(cue.start, cue.end)}]]${text.slice(cue.end, cue.end + 60)}`.replace(/\s+/g, ' '));
  }
}
console.log(`found ${found}`);
for (const [key, count] of [...classes].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${count}\t${key}`);
for (const example of examples.slice(0, 25)) console.log(`\n> ${example}`);
