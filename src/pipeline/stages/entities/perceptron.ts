/**
 * A greedy, left-to-right averaged perceptron for tagging sequences (Collins 2002; the same family
 * as spaCy's first taggers). Each token is scored on its own features plus the two tags predicted
 * before it; training updates on the tags it predicts itself, so it learns from its own mistakes.
 */
export interface TaggerModel {
  labels: string[];
  /** Feature -> one weight per label. */
  weights: Map<string, Float32Array>;
  /** The same weights as read from a model file: feature -> row, and one row of `labels.length` weights each (compileTagger uses them as they are). */
  packed?: { rows: Map<string, number>; matrix: Float32Array };
}

/** History feature strings are few: made once and reused, so their hashes are cached. */
const historyStrings = new Map<string, string>();
function historyString(value: string): string {
  let cached = historyStrings.get(value);
  if (cached === undefined) {
    cached = value;
    historyStrings.set(value, cached);
  }
  return cached;
}

function historyFeatures(previous: string, beforePrevious: string, word: string): string[] {
  return [historyString(`t-1=${previous}`), historyString(`t-2t-1=${beforePrevious}|${previous}`), `t-1w=${previous}|${word}`];
}

let scratch = new Float64Array(16);

function bestLabel(model: TaggerModel, features: string[], allowed: (label: string) => boolean, more: string[] = []): number {
  const size = model.labels.length;
  if (scratch.length < size) scratch = new Float64Array(size);
  const scores = scratch;
  scores.fill(0, 0, size);
  for (const list of [features, more]) {
    for (const feature of list) {
      const weights = model.weights.get(feature);
      if (!weights) continue;
      for (let label = 0; label < size; label++) scores[label] += weights[label];
    }
  }
  let best = -1;
  for (let label = 0; label < size; label++) {
    if (!allowed(model.labels[label])) continue;
    if (best === -1 || scores[label] > scores[best]) best = label;
  }
  return best;
}

/** BIO says I-X may only follow B-X or I-X. */
export function allowedAfter(previous: string): (label: string) => boolean {
  return (label) => !label.startsWith('I-') || previous.slice(2) === label.slice(2);
}

/** Tags one sentence. `tokenFeatures[i]` holds token i's features; `words[i]` its text. */
export function tag(model: TaggerModel, words: string[], tokenFeatures: string[][]): string[] {
  const tags: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const previous = tags[index - 1] ?? '<s>';
    const beforePrevious = tags[index - 2] ?? '<s>';
    tags.push(model.labels[bestLabel(model, tokenFeatures[index], allowedAfter(previous), historyFeatures(previous, beforePrevious, words[index].toLowerCase()))]);
  }
  return tags;
}

export interface TrainingSentence {
  words: string[];
  features: string[][];
  tags: string[];
}

/**
 * Trains for `epochs` passes in a seeded order and returns the averaged weights. Features seen fewer
 * than `minCount` times are left out, and near-zero weights are dropped, to keep the model small.
 */
export function trainTagger(sentences: TrainingSentence[], labels: string[], epochs: number, seed = 1, minCount = 1, onEpoch?: (epoch: number, errors: number) => void): TaggerModel {
  const labelIndex = new Map(labels.map((label, index) => [label, index]));
  const counts = new Map<string, number>();
  if (minCount > 1) for (const sentence of sentences) for (const features of sentence.features) for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const keep = (feature: string) => minCount <= 1 || feature.startsWith('t-') || (counts.get(feature) ?? 0) >= minCount;
  const weights = new Map<string, Float32Array>();
  const accumulated = new Map<string, Float64Array>();
  const model: TaggerModel = { labels, weights };
  let step = 1;
  const update = (features: string[], label: number, delta: number) => {
    for (const feature of features) {
      if (!keep(feature)) continue;
      let w = weights.get(feature);
      let u = accumulated.get(feature);
      if (!w || !u) {
        w = new Float32Array(labels.length);
        u = new Float64Array(labels.length);
        weights.set(feature, w);
        accumulated.set(feature, u);
      }
      w[label] += delta;
      u[label] += step * delta;
    }
  };
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const order = sentences.map((_, index) => index);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other], order[index]];
    }
    let errors = 0;
    for (const position of order) {
      const sentence = sentences[position];
      const predicted: string[] = [];
      for (let index = 0; index < sentence.words.length; index++) {
        const previous = predicted[index - 1] ?? '<s>';
        const beforePrevious = predicted[index - 2] ?? '<s>';
        const features = [...sentence.features[index], ...historyFeatures(previous, beforePrevious, sentence.words[index].toLowerCase())];
        const guess = bestLabel(model, features, allowedAfter(previous));
        const gold = labelIndex.get(sentence.tags[index]) ?? 0;
        if (guess !== gold) {
          errors++;
          update(features, gold, 1);
          update(features, guess, -1);
        }
        // The next step sees what was predicted, as it will at run time.
        predicted.push(labels[guess]);
        step++;
      }
    }
    onEpoch?.(epoch, errors);
  }
  // Average: w - u / step, rounded; drop features whose averaged weights are all near zero.
  const averaged = new Map<string, Float32Array>();
  for (const [feature, w] of weights) {
    const u = accumulated.get(feature)!;
    const average = new Float32Array(labels.length);
    let keepFeature = false;
    for (let label = 0; label < labels.length; label++) {
      average[label] = Math.round((w[label] - u[label] / step) * 1000) / 1000;
      if (Math.abs(average[label]) >= 0.001) keepFeature = true;
    }
    if (keepFeature) averaged.set(feature, average);
  }
  return { labels, weights: averaged };
}
