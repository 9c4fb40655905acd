// npm run train:hedges: learns the hedge-cue lexicon on the training part of the Szeged Wikipedia
// uncertainty corpus, picks its precision cut-off on a slice of that part, reports the held-out part,
// and writes models/hedge-cues.json.
import { writeFileSync } from 'node:fs';
import { loadSzeged, scoreHedges, splitSzeged } from '../eval/szeged.js';
import { HEDGE_LEXICON_PATH, type HedgeLexiconFile } from '../src/pipeline/stages/hedges/cues.js';
import { learnCues, matchLearnedCues } from '../src/pipeline/stages/hedges/learn.js';

const documents = loadSzeged();
if (!documents) {
  console.error('Szeged data is absent: nothing learned');
  process.exit(1);
}
const { train, test } = splitSzeged(documents);
const tuning = train.filter((_, index) => index % 4 === 0);
const fitting = train.filter((_, index) => index % 4 !== 0);
let best = { minPrecision: 0.3, minCount: 2, f1: 0 };
for (const minPrecision of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6]) {
  for (const minCount of [2, 3, 5]) {
    const lexicon = new Map(learnCues(fitting, minPrecision, minCount).map((cue) => [cue.cue, cue]));
    const { sentence } = scoreHedges(tuning, (text) => matchLearnedCues(text, lexicon));
    if (sentence.f1 > best.f1) best = { minPrecision, minCount, f1: sentence.f1 };
  }
}
const cues = learnCues(train, best.minPrecision, best.minCount);
const lexicon = new Map(cues.map((cue) => [cue.cue, cue]));
const score = scoreHedges(test, (text) => matchLearnedCues(text, lexicon));
const round = (value: number) => Math.round(value * 1000) / 1000;
const file: HedgeLexiconFile = {
  trainedOn: `Szeged Wikipedia uncertainty corpus (CoNLL-2010), ${train.length} sentences of the documents not held out (every fifth document is held out)`,
  evaluation: { split: 'held-out fifth of the documents', cueF1: round(score.cue.f1), sentenceF1: round(score.sentence.f1) },
  minPrecision: best.minPrecision,
  minCount: best.minCount,
  cues,
};
writeFileSync(HEDGE_LEXICON_PATH, `${JSON.stringify(file, null, 1)}\n`);
console.log(`cut-off: precision >= ${best.minPrecision}, count >= ${best.minCount} (sentence F1 ${best.f1.toFixed(3)} on the tuning slice)`);
console.log(`held out: cue F1 ${score.cue.f1.toFixed(3)}, sentence F1 ${score.sentence.f1.toFixed(3)}; ${cues.length} cues written to ${HEDGE_LEXICON_PATH}`);
