// npm run train:hedges: learns hedge-cue candidates on the training part of the Szeged Wikipedia
// uncertainty corpus, trains a context model that keeps a candidate only where it is a cue (its
// decision threshold and the candidates' cut-offs picked on a slice of that part), reports the
// held-out part, and writes models/hedge-cues.json. Deterministic: same data, same file.
import { writeFileSync } from 'node:fs';
import { loadSzeged, scoreHedges, splitSzeged } from '../eval/szeged.js';
import { HEDGE_LEXICON_PATH, findLearnedHedges, type HedgeLexicon, type HedgeLexiconFile } from '../src/pipeline/stages/hedges/cues.js';
import { contextFeatures, tokenize, type HedgeContextModel } from '../src/pipeline/stages/hedges/context.js';
import { learnCues, type AnnotatedSentence, type LearnedCue } from '../src/pipeline/stages/hedges/learn.js';
import { train } from '../src/pipeline/stages/checkworthiness/model.js';
import { spansOverlap } from '../src/core/span.js';

const documents = loadSzeged();
if (!documents) {
  console.error('Szeged data is absent: nothing learned');
  process.exit(1);
}
const options = { epochs: 6, learningRate: 0.1, l2: 1e-4, minCount: 2 };

/** Every occurrence of a candidate in the sentences, labelled by whether the annotators marked it. */
function examples(sentences: AnnotatedSentence[], cues: Map<string, LearnedCue>) {
  const out: Array<{ features: string[]; label: 0 | 1 }> = [];
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text);
    for (let first = 0; first < tokens.length; first++) {
      const bigram = first + 1 < tokens.length && cues.has(`${tokens[first].word} ${tokens[first + 1].word}`);
      if (!bigram && !cues.has(tokens[first].word)) continue;
      const last = bigram ? first + 1 : first;
      const span = { start: tokens[first].start, end: tokens[last].end };
      out.push({ features: contextFeatures(tokens, first, last), label: sentence.cues.some((gold) => spansOverlap(gold, span)) ? 1 : 0 });
      first = last;
    }
  }
  return out;
}

/**
 * Not candidates, though Wikipedia's annotators sometimes mark them: in news "would" is mostly a
 * reported future ("she said the bridge would open"), and "can", "should" are ability and duty.
 */
const NOT_NEWS_HEDGES = new Set(['would', 'can', 'should', 'need']);

function fit(sentences: AnnotatedSentence[], minPrecision: number, minCount: number): HedgeLexicon & { cueList: LearnedCue[] } {
  const cueList = learnCues(sentences, minPrecision, minCount).filter((cue) => !NOT_NEWS_HEDGES.has(cue.cue));
  const cues = new Map(cueList.map((cue) => [cue.cue, cue]));
  const context: HedgeContextModel = { name: 'hedge-context', version: 'draft', trainedOn: '', evaluation: {}, threshold: 0.5, weights: train(examples(sentences, cues), options) };
  return { cues, context, version: 'draft', cueList };
}

const { train: trainSet, test } = splitSzeged(documents);
const tuning = trainSet.filter((_, index) => index % 4 === 0);
const fitting = trainSet.filter((_, index) => index % 4 !== 0);
let best = { minPrecision: 0.2, minCount: 2, threshold: 0.5, f1: 0 };
for (const minPrecision of [0.05, 0.1, 0.2, 0.3]) {
  for (const minCount of [2, 3]) {
    const draft = fit(fitting, minPrecision, minCount);
    for (const threshold of [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7]) {
      draft.context!.threshold = threshold;
      const { sentence } = scoreHedges(tuning, (text) => findLearnedHedges(text, draft));
      if (sentence.f1 > best.f1) best = { minPrecision, minCount, threshold, f1: sentence.f1 };
    }
  }
}
const final = fit(trainSet, best.minPrecision, best.minCount);
final.context!.threshold = best.threshold;
const score = scoreHedges(test, (text) => findLearnedHedges(text, final));
const round = (value: number) => Math.round(value * 1000) / 1000;
const weights = final.context!.weights;
const context: HedgeContextModel = {
  name: 'hedge-context',
  version: `2-${Object.keys(weights).length}-${Math.round(Object.values(weights).reduce((sum, weight) => sum + Math.abs(weight), 0))}`,
  trainedOn: `Szeged Wikipedia uncertainty corpus, every occurrence of a candidate cue in the training documents; logistic regression, AdaGrad ${JSON.stringify(options)}`,
  evaluation: {},
  threshold: best.threshold,
  weights,
};
const file: HedgeLexiconFile = {
  trainedOn: `Szeged Wikipedia uncertainty corpus (CoNLL-2010), ${trainSet.length} sentences of the documents not held out (every fifth document is held out)`,
  evaluation: { split: 'held-out fifth of the documents', cueF1: round(score.cue.f1), sentenceF1: round(score.sentence.f1) },
  minPrecision: best.minPrecision,
  minCount: best.minCount,
  cues: final.cueList,
  context,
};
writeFileSync(HEDGE_LEXICON_PATH, `${JSON.stringify(file, null, 1)}\n`);
console.log(`cut-off: precision >= ${best.minPrecision}, count >= ${best.minCount}, context threshold ${best.threshold} (sentence F1 ${best.f1.toFixed(3)} on the tuning slice)`);
console.log(
  `held out: cue F1 ${score.cue.f1.toFixed(3)}, sentence F1 ${score.sentence.f1.toFixed(3)}; ${final.cueList.length} candidates, ${Object.keys(weights).length} context weights written to ${HEDGE_LEXICON_PATH}`,
);
