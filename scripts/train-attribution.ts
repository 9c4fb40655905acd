// npm run train:attribution: learns attribution cue words on PolNeAR's train split, picks the
// cut-offs on a held-out fifth of it, and writes models/attribution-cues.json. npm run eval reports dev.
import { writeFileSync } from 'node:fs';
import { evaluatePolnear, loadPolnear, predictedAttributions } from '../eval/polnear.js';
import { ATTRIBUTION_CUES_PATH, countCueWords, selectCueWords, type AttributionCueFile } from '../src/pipeline/stages/attribution/learned.js';
import { createAttributionStage } from '../src/pipeline/stages/attribution/index.js';

const train = loadPolnear('train');
if (!train) {
  console.error('PolNeAR data is absent: nothing learned');
  process.exit(1);
}
const asCues = (documents: typeof train) => documents.map(({ text, gold }) => ({ text, cues: gold.flatMap((item) => (item.cue ? [item.cue] : [])) }));
const tuning = train.filter((_, index) => index % 5 === 0);
const fitting = train.filter((_, index) => index % 5 !== 0);
const counts = countCueWords(asCues(fitting));
let best = { minPrecision: 0.5, minCount: 5, f1: 0 };
for (const minPrecision of [0.25, 0.3, 0.35, 0.4, 0.5, 0.6]) {
  for (const minCount of [2, 3, 5]) {
    const cues = new Map(selectCueWords(counts, minPrecision, minCount).map((item) => [item.cue, item.precision] as const));
    const stage = createAttributionStage(cues);
    const score = evaluatePolnear(tuning, (text) => predictedAttributions(text, stage));
    const f1 = score ? (score.cue.overlap.f1 + score.source.overlap.f1) / 2 : 0;
    if (f1 > best.f1) best = { minPrecision, minCount, f1 };
  }
}
const cues = selectCueWords(countCueWords(asCues(train)), best.minPrecision, best.minCount);
const file: AttributionCueFile = {
  trainedOn: `PolNeAR v1.0.0 train split (${train.length} political news articles, cue spans), words inside a cue span at least ${best.minPrecision} of the time`,
  minPrecision: best.minPrecision,
  minCount: best.minCount,
  cues,
};
writeFileSync(ATTRIBUTION_CUES_PATH, `${JSON.stringify(file, null, 1)}\n`);
console.log(`cut-off: precision >= ${best.minPrecision}, count >= ${best.minCount} (mean cue/source overlap F1 ${best.f1.toFixed(3)} on the held-out fifth of train)`);
console.log(`${cues.length} cue words written to ${ATTRIBUTION_CUES_PATH}`);
