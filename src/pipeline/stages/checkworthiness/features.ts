import type { LogisticModel } from './model.js';
import type { Claim } from '../../../core/annotations.js';

/** What the model sees of a claim besides its words: the other stages' findings. */
export interface ClaimSignals {
  quantities: Array<{ qualifier: string }>;
  times: Array<{ type?: string }>;
  attributionKind: string;
  type: string;
  hedges: number;
}

export function signalsOf(claim: Claim): ClaimSignals {
  return {
    quantities: claim.quantities,
    times: claim.times,
    attributionKind: claim.attribution.kind,
    type: claim.type,
    hedges: claim.hedges.length,
  };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[$%£€]/gu;

/**
 * The features of a claim for the check-worthiness model: lower-cased words and word pairs, digit
 * shapes, and what the claim stages found (numbers and their qualifiers, dates, attribution, type, hedges).
 */
export function featuresOf(text: string, signals: ClaimSignals): string[] {
  const words = claimWords(text);
  const features = new Set<string>(['bias']);
  for (let index = 0; index < words.length; index++) {
    features.add(`w=${words[index]}`);
    if (index + 1 < words.length) features.add(`b=${words[index]}_${words[index + 1]}`);
  }
  for (const feature of otherFeatures(text, words, signals)) features.add(feature);
  return [...features];
}

/** The claim's words as the model reads them: lower case, a number as "<num>". */
function claimWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((word) => (/\d/.test(word) ? '<num>' : word));
}

/** The features after the words and word pairs, in order (some may repeat: a set keeps the first). */
function otherFeatures(text: string, words: string[], signals: ClaimSignals): string[] {
  const features: string[] = [];
  if (words.length > 0) features.push(`first=${words[0]}`);
  features.push(`len=${words.length < 6 ? 'short' : words.length < 15 ? 'medium' : words.length < 30 ? 'long' : 'very-long'}`);
  if (signals.quantities.length > 0) features.push('has-number');
  for (const quantity of signals.quantities) features.push(`qualifier=${quantity.qualifier}`);
  if (signals.times.length > 0) features.push('has-time');
  for (const time of signals.times) features.push(`time=${time.type ?? 'DATE'}`);
  features.push(`attribution=${signals.attributionKind}`);
  features.push(`type=${signals.type}`);
  features.push(`hedges=${Math.min(signals.hedges, 2)}`);
  if (/\b(percent|per cent|%|million|billion|trillion)\b/i.test(text)) features.push('has-magnitude');
  if (/\b(more|less|fewer|higher|lower|increase[ds]?|decrease[ds]?|rose|fell|doubled|tripled|cut|raised)\b/i.test(text)) features.push('has-change');
  if (/\?\s*$/.test(text)) features.push('question');
  return features;
}

/**
 * The weights of a model arranged for reading a claim without building a string per word: every word
 * the "w=" and "b=" features name gets a number, word weights by it, pair weights by the two numbers.
 */
interface ClaimWeights {
  ids: Map<string, number>;
  stride: number;
  words: Array<number | undefined>;
  pairs: Map<number, number>;
  other: Map<string, number>;
}

const claimWeights = new WeakMap<LogisticModel, ClaimWeights>();

function claimWeightsOf(model: LogisticModel): ClaimWeights {
  let table = claimWeights.get(model);
  if (table) return table;
  const ids = new Map<string, number>();
  const idOf = (word: string) => ids.get(word) ?? ids.set(word, ids.size).get(word)!;
  const words: Array<[number, number]> = [];
  const pairs: Array<[number, number, number]> = [];
  const other = new Map<string, number>();
  for (const [feature, weight] of Object.entries(model.weights)) {
    const pair = /^b=([^_]*)_(.*)$/.exec(feature);
    if (feature.startsWith('w=')) words.push([idOf(feature.slice(2)), weight]);
    else if (pair) pairs.push([idOf(pair[1]), idOf(pair[2]), weight]);
    else other.set(feature, weight);
  }
  const stride = ids.size;
  table = { ids, stride, words: [], pairs: new Map(pairs.map(([first, second, weight]) => [first * stride + second, weight])), other };
  for (const [id, weight] of words) table.words[id] = weight;
  claimWeights.set(model, table);
  return table;
}

/**
 * The model's probability for a claim: `score(model, featuresOf(text, signals))`, the same weights
 * summed in the same order, each distinct feature once, without building a string per word or pair.
 */
export function scoreClaim(model: LogisticModel, text: string, signals: ClaimSignals): number {
  const table = claimWeightsOf(model);
  const words = claimWords(text);
  let sum = table.other.get('bias') ?? 0;
  const seenWords = new Set<number>();
  const seenPairs = new Set<number>();
  let next = words.length > 0 ? table.ids.get(words[0]) : undefined;
  for (let index = 0; index < words.length; index++) {
    const id = next;
    if (id !== undefined && !seenWords.has(id)) {
      seenWords.add(id);
      sum += table.words[id] ?? 0;
    }
    if (index + 1 < words.length) {
      next = table.ids.get(words[index + 1]);
      if (id !== undefined && next !== undefined) {
        const key = id * table.stride + next;
        if (!seenPairs.has(key)) {
          seenPairs.add(key);
          sum += table.pairs.get(key) ?? 0;
        }
      }
    }
  }
  const seen = new Set<string>();
  for (const feature of otherFeatures(text, words, signals)) {
    if (seen.has(feature)) continue;
    seen.add(feature);
    sum += table.other.get(feature) ?? 0;
  }
  return 1 / (1 + Math.exp(-sum));
}
