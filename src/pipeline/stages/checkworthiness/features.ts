import type { LogisticModel } from './model.js';
import type { Claim } from '../../../core/annotations.js';
import { hasDigit, wordPairTable, type WordPairTable } from './word-table.js';

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
  return (text.toLowerCase().match(WORD) ?? []).map((word) => (hasDigit(word) ? '<num>' : word));
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

const claimTables = new WeakMap<LogisticModel, WordPairTable>();

/** The model's weights as a word table: "w=<word>" and "b=<word>_<word>" features by word number. */
function claimTableOf(model: LogisticModel): WordPairTable {
  let table = claimTables.get(model);
  if (!table) {
    table = wordPairTable([model.weights], 1, (feature) => {
      if (feature.startsWith('w=')) return { slot: 0, first: feature.slice(2), second: null };
      const pair = /^b=([^_]*)_(.*)$/.exec(feature);
      return pair ? { slot: 0, first: pair[1], second: pair[2] } : null;
    });
    claimTables.set(model, table);
  }
  return table;
}

/**
 * The model's probability for a claim: `score(model, featuresOf(text, signals))`, the same weights
 * summed in the same order, each distinct feature once, without building a string per word or pair.
 * A feature without a weight adds nothing, so only weighted ones are looked for and counted once.
 */
export function scoreClaim(model: LogisticModel, text: string, signals: ClaimSignals): number {
  const { ids, stride, weights, words: wordRows, pairs: pairRows, other } = claimTableOf(model);
  const words = claimWords(text);
  const counted = new Set<number>();
  /** The weight of a row not counted yet (adding 0 leaves a sum as it is). */
  const weightOnce = (row: number | undefined): number => {
    if (row === undefined || row < 0 || counted.has(row)) return 0;
    counted.add(row);
    return weights[row];
  };
  let sum = weightOnce(other.get('bias'));
  let next = words.length > 0 ? ids.get(words[0]) : undefined;
  for (let index = 0; index < words.length; index++) {
    const id = next;
    if (id !== undefined) sum += weightOnce(wordRows[0][id]);
    if (index + 1 < words.length) {
      next = ids.get(words[index + 1]);
      if (id !== undefined && next !== undefined) sum += weightOnce(pairRows[0].get(id * stride + next));
    }
  }
  for (const feature of otherFeatures(text, words, signals)) sum += weightOnce(other.get(feature));
  return 1 / (1 + Math.exp(-sum));
}
