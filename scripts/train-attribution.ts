// npm run train:attribution: learns, on PolNeAR's train split, (1) attribution cue words, with their cut-offs
// picked on a held-out fifth of it (models/attribution-cues.json), and (2) a cue classifier over words and
// their neighbours for the cues the hand rules leave unread, its threshold picked on the same held-out fifth
// (models/attribution-cue-model.json). npm run eval reports dev.
import { writeFileSync } from 'node:fs';
import { claimsOf, evaluatePolnear, inHeldOutFifth, loadPolnear, predictedAttributions } from '../eval/polnear.js';
import { ATTRIBUTION_CUES_PATH, countCueWords, learnedAttributionCues, selectCueWords, type AttributionCueFile } from '../src/pipeline/stages/attribution/learned.js';
import { createAttributionStage } from '../src/pipeline/stages/attribution/index.js';
import { findAttributions } from '../src/pipeline/stages/attribution/find.js';
import { compileWeights, CUE_MODEL_PATH, toCueModel, type CueModel, type CueModelFile } from '../src/pipeline/stages/attribution/cue-model.js';

const train = loadPolnear('train');
if (!train) {
  console.error('PolNeAR data is absent: nothing learned');
  process.exit(1);
}
type Documents = NonNullable<ReturnType<typeof loadPolnear>>;
const asCues = (documents: Documents) => documents.map(({ text, gold }) => ({ text, cues: gold.flatMap((item) => (item.cue ? [item.cue] : [])) }));
const tuning = train.filter((_, index) => inHeldOutFifth(index));
const fitting = train.filter((_, index) => !inHeldOutFifth(index));

// (1) Cue words, scored with the hand rules alone (no classifier).
if (!process.argv.includes('--model-only')) {
  const counts = countCueWords(asCues(fitting));
  let best = { minPrecision: 0.5, minCount: 5, f1: 0 };
  for (const minPrecision of [0.25, 0.3, 0.35, 0.4, 0.5, 0.6]) {
    for (const minCount of [2, 3, 5]) {
      const cues = new Map(selectCueWords(counts, minPrecision, minCount).map((item) => [item.cue, item.precision] as const));
      const stage = createAttributionStage(cues, null);
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
}

// (2) The cue classifier. Its vocabulary: letter words inside a gold cue at least MIN_COUNT times, but for the
// words that only join a phrasal cue ("to", "of", "with"): the content word of the phrase is the one scored.
const MIN_COUNT = 3;
// Words inside a cue less often than this are never scored: the classifier would not pick them, and scoring costs time.
const MIN_SHARE = 0.02;
const JOINING_WORDS = new Set(
  'the a an to of in on at for with about from by as and or but that this these those it its his her their our my your he she they we i you is are was were be been being has have had do does did will would can could may might should must not no so than then there what which who whom when where why how if into over up out also just very more most'.split(
    ' ',
  ),
);
function vocabularyOf(documents: Documents): string[] {
  const counts = countCueWords(asCues(documents));
  return [...counts.inside]
    .filter(([word, count]) => count >= MIN_COUNT && !JOINING_WORDS.has(word) && /^\p{L}/u.test(word) && count / (counts.total.get(word) ?? count) >= MIN_SHARE)
    .map(([word]) => word)
    .sort();
}

interface Example {
  features: number[];
  label: number;
  word?: string;
}

/** Every word the classifier would score in the documents, with whether it lies inside a gold cue. */
function examplesOf(documents: Documents, vocabulary: string[], index: Map<string, number>, grow: boolean): Example[] {
  const probe: CueModel = { threshold: 0, vocabulary: new Set(vocabulary), weights: compileWeights({}) };
  const learnedCues = learnedAttributionCues();
  const examples: Example[] = [];
  for (const { text, gold } of documents) {
    const cues = gold.flatMap((item) => (item.cue ? [item.cue] : []));
    for (const claim of claimsOf(text)) {
      findAttributions(claim.text, learnedCues, {
        model: probe,
        collect(features, span) {
          const start = claim.start + span.start;
          const end = claim.start + span.end;
          const ids: number[] = [];
          for (const feature of features) {
            let id = index.get(feature);
            if (id === undefined && grow) index.set(feature, (id = index.size));
            if (id !== undefined) ids.push(id);
          }
          examples.push({ features: ids, label: cues.some((cue) => cue.start <= start && end <= cue.end) ? 1 : 0, word: claim.text.slice(span.start, span.end).toLowerCase() });
        },
      });
    }
  }
  return examples;
}

/** Logistic regression by stochastic gradient descent, in a fixed pseudo-random order (deterministic). */
function fit(examples: Example[], size: number, epochs = 12, l2 = 1e-5): Float64Array {
  const weights = new Float64Array(size);
  const order = examples.map((_, at) => at);
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let at = order.length - 1; at > 0; at--) {
      const other = Math.floor(random() * (at + 1));
      [order[at], order[other]] = [order[other], order[at]];
    }
    const rate = 0.2 / (1 + epoch);
    for (const at of order) {
      const { features, label } = examples[at];
      let score = 0;
      for (const id of features) score += weights[id];
      const gradient = label - 1 / (1 + Math.exp(-score));
      for (const id of features) weights[id] += rate * (gradient - l2 * weights[id]);
    }
  }
  return weights;
}

function modelFile(vocabulary: string[], index: Map<string, number>, weights: Float64Array, counts: Uint32Array, threshold: number, documents: number): CueModelFile {
  const kept: Record<string, number> = {};
  for (const [feature, id] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const weight = Math.round(weights[id] * 1000) / 1000;
    if (Math.abs(weight) >= 0.02 && counts[id] >= 2) kept[feature] = weight;
  }
  // Words with no weight of their own and nothing learned about them are left out of the vocabulary.
  const used = vocabulary.filter((word) => kept[`w ${word}`] !== undefined);
  return {
    trainedOn: `PolNeAR v1.0.0 train split (${documents} political news articles): words inside a gold cue span that the hand rules leave unread, logistic regression`,
    threshold,
    vocabulary: used,
    weights: kept,
  };
}

function featureCounts(examples: Example[], size: number): Uint32Array {
  const counts = new Uint32Array(size);
  for (const { features } of examples) for (const id of features) counts[id]++;
  return counts;
}

function learn(documents: Documents, threshold: number) {
  const vocabulary = vocabularyOf(documents);
  const index = new Map<string, number>();
  const examples = examplesOf(documents, vocabulary, index, true);
  const weights = fit(examples, index.size);
  return { file: modelFile(vocabulary, index, weights, featureCounts(examples, index.size), threshold, documents.length), examples: examples.length, scored: scoredExamples(examples, weights) };
}

function scoredExamples(examples: Example[], weights: Float64Array) {
  return examples.map(({ features, word }) => ({ word: word ?? '', score: features.reduce((sum, id) => sum + weights[id], 0) }));
}

/**
 * Only words the classifier picks on train at least MIN_PICKED times, and in at least MIN_PICKED_SHARE of the places it
 * scores them, stay in the vocabulary: scoring the others costs time and almost never adds a cue.
 */
const MIN_PICKED = 5;
const MIN_PICKED_SHARE = 0.15;
function pruned(file: CueModelFile, scored: Array<{ word: string; score: number }>, threshold: number): CueModelFile {
  const picked = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const { word, score } of scored) {
    seen.set(word, (seen.get(word) ?? 0) + 1);
    if (score > threshold) picked.set(word, (picked.get(word) ?? 0) + 1);
  }
  const vocabulary = file.vocabulary.filter((word) => (picked.get(word) ?? 0) >= MIN_PICKED && (picked.get(word) ?? 0) >= MIN_PICKED_SHARE * (seen.get(word) ?? 0));
  const keep = new Set(vocabulary);
  // Weights keyed by a word left out can never be read again.
  const weights = Object.fromEntries(
    Object.entries(file.weights).filter(([feature]) => {
      const parts = feature.split(' ');
      const word = /^(w|wn1|wn1n2)$|^w[a-z]+:/.test(parts[0]) ? parts[1] : parts[0] === 'p1w' ? parts[2] : parts[0] === 'p2p1w' ? parts[3] : null;
      return word === null || keep.has(word);
    }),
  );
  return { ...file, threshold, vocabulary, weights };
}

/**
 * The nesting classifier, with the cue classifier in place: every report found inside another's content is
 * an example, nested when it lies in a gold content and matches no gold cue, apart when it matches one.
 */
function learnNested(documents: Documents, cueFile: CueModelFile, threshold: number) {
  const model = toCueModel(cueFile);
  const learnedCues = learnedAttributionCues();
  const index = new Map<string, number>();
  const examples: Example[] = [];
  for (const { text, gold } of documents) {
    const cues = gold.flatMap((item) => (item.cue ? [item.cue] : []));
    const contents = gold.flatMap((item) => (item.content ? [item.content] : []));
    for (const claim of claimsOf(text)) {
      findAttributions(claim.text, learnedCues, {
        model,
        collectNested(features, span) {
          const cue = { start: claim.start + span.start, end: claim.start + span.end };
          const matches = cues.some((other) => other.start < cue.end && cue.start < other.end);
          if (!matches && !contents.some((other) => other.start <= cue.start && cue.end <= other.end)) return;
          const ids = features.map((feature) => index.get(feature) ?? (index.set(feature, index.size), index.size - 1));
          examples.push({ features: ids, label: matches ? 0 : 1 });
        },
      });
    }
  }
  const weights = fit(examples, index.size);
  const counts = featureCounts(examples, index.size);
  const kept: Record<string, number> = {};
  for (const [feature, id] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const weight = Math.round(weights[id] * 1000) / 1000;
    if (Math.abs(weight) >= 0.02 && counts[id] >= 2) kept[feature] = weight;
  }
  return { threshold, weights: kept, examples: examples.length, nested: examples.filter((example) => example.label === 1).length };
}

// The classifiers learned on four fifths of train are written to CUE_HELDOUT_PATH, for measuring rule changes on
// the held-out fifth (eval/polnear-heldout.ts).
const heldOut = learn(fitting, 0);

let best = { threshold: 0, f1: 0 };
// Not below -1.5: a lower threshold keeps more words in the vocabulary, and the stage scores each of them in every claim.
for (const threshold of [-1.5, -1, -0.5, 0, 0.5, 1, 1.5]) {
  const stage = createAttributionStage(undefined, toCueModel({ ...heldOut.file, threshold }));
  const score = evaluatePolnear(tuning, (text) => predictedAttributions(text, stage));
  const f1 = score ? (score.cue.overlap.f1 + score.source.overlap.f1 + score.content.overlap.f1) / 3 : 0;
  console.log(`threshold ${threshold}: cue ${score?.cue.overlap.f1.toFixed(3)} source ${score?.source.overlap.f1.toFixed(3)} content ${score?.content.overlap.f1.toFixed(3)} on the held-out fifth`);
  if (f1 > best.f1) best = { threshold, f1 };
}
const none = evaluatePolnear(tuning, (text) => predictedAttributions(text, createAttributionStage(undefined, null)));
console.log(`without the classifier: cue ${none?.cue.overlap.f1.toFixed(3)} source ${none?.source.overlap.f1.toFixed(3)} content ${none?.content.overlap.f1.toFixed(3)}`);
const heldOutCues: CueModelFile = pruned(heldOut.file, heldOut.scored, best.threshold);
const prunedScore = evaluatePolnear(tuning, (text) => predictedAttributions(text, createAttributionStage(undefined, toCueModel(heldOutCues))));
console.log(
  `pruned to ${heldOutCues.vocabulary.length} words: cue ${prunedScore?.cue.overlap.f1.toFixed(3)} source ${prunedScore?.source.overlap.f1.toFixed(3)} content ${prunedScore?.content.overlap.f1.toFixed(3)} on the held-out fifth`,
);
const heldOutNested = learnNested(fitting, heldOutCues, 0);
let bestNested = { threshold: Infinity, f1: prunedScore ? (prunedScore.cue.overlap.f1 + prunedScore.source.overlap.f1 + prunedScore.content.overlap.f1) / 3 : 0 };
for (const threshold of [-1, -0.5, 0, 0.5, 1, 1.5, 2]) {
  const stage = createAttributionStage(undefined, toCueModel({ ...heldOutCues, nested: { threshold, weights: heldOutNested.weights } }));
  const score = evaluatePolnear(tuning, (text) => predictedAttributions(text, stage));
  const f1 = score ? (score.cue.overlap.f1 + score.source.overlap.f1 + score.content.overlap.f1) / 3 : 0;
  console.log(
    `nesting threshold ${threshold}: cue ${score?.cue.overlap.f1.toFixed(3)} source ${score?.source.overlap.f1.toFixed(3)} content ${score?.content.overlap.f1.toFixed(3)} on the held-out fifth`,
  );
  if (f1 > bestNested.f1) bestNested = { threshold, f1 };
}
if (process.env.CUE_HELDOUT_PATH) writeFileSync(process.env.CUE_HELDOUT_PATH, `${JSON.stringify({ ...heldOutCues, nested: { threshold: bestNested.threshold, weights: heldOutNested.weights } })}\n`);
const learned = learn(train, best.threshold);
const final = { ...learned, file: pruned(learned.file, learned.scored, best.threshold) };
const finalNested = learnNested(train, final.file, bestNested.threshold);
if (Number.isFinite(bestNested.threshold)) final.file.nested = { threshold: finalNested.threshold, weights: finalNested.weights };
writeFileSync(CUE_MODEL_PATH, `${JSON.stringify(final.file)}\n`);
console.log(
  `nesting classifier: threshold ${bestNested.threshold} (mean F1 ${bestNested.f1.toFixed(3)} on the held-out fifth), ${finalNested.examples} reports inside another's content, ${finalNested.nested} of them nested`,
);
console.log(
  `cue classifier: threshold ${best.threshold} (mean cue/source/content overlap F1 ${best.f1.toFixed(3)} on the held-out fifth), ${final.examples} words scored, ${final.file.vocabulary.length} in the vocabulary, ${Object.keys(final.file.weights).length} weights written to ${CUE_MODEL_PATH}`,
);
