/**
 * The claim-type model: one logistic regression per type (factual, opinion, prescriptive, prediction),
 * one against the rest, over the claim's words and word pairs, the cue rules of type-cues.ts as
 * features, first-person stance, and where words stand: inside quotation marks (a title, someone
 * else's words) or in a description of a character ("a ruthless banker named Otto Varga").
 * Trained by `npm run train:claimtype` on the labelled sentences in eval/sets/claim-types.tsv.
 */
import type { ClaimType } from '../../../core/annotations.js';
import { train, type TrainingOptions } from '../checkworthiness/model.js';
import { findTypeCues, type FoundTypeCue } from './type-cues.js';
import { allMatches } from '../../../core/matches.js';
import { hasDigit, wordPairTable, type WordPairTable } from '../checkworthiness/word-table.js';

export const CLAIM_TYPES: readonly ClaimType[] = ['factual', 'opinion', 'prescriptive', 'prediction'];

export interface ClaimTypeModel {
  name: string;
  version: string;
  trainedOn: string;
  evaluation: Record<string, number | string>;
  /** Weights of the one-against-the-rest model of each type. */
  weights: Record<ClaimType, Record<string, number>>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[?!:;]/gu;
const QUOTED = /[“"«]([^”"»]{1,160})[”"»]/g;
const FIRST_PERSON = /\b(?:I|we)\s+(?:(?:do|did|can|could|really|strongly|simply|fully|still|must|will)\s+)?(?:n['’]t\s+|not\s+)?(\p{L}+)/gu;
/** An evaluative adjective describing a named or introduced character: the story's, not the writer's. */
const CHARACTER = /\b(?:a|an|the)\s+(?:[\p{L}-]+,?\s+){1,3}(?:named|called)\s+\p{Lu}|\b(?:a|an)\s+(?:[\p{L}-]+,?\s+){1,3}\p{Lu}\p{L}+\s+\p{Lu}/gu;
const PAST_WORDS = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'rose', 'fell', 'won', 'lost', 'met', 'left', 'began', 'built', 'took', 'made']);
const UPPER = /^\p{Lu}/u;
const NARRATIVE = /\b(?:film|novel|play|series|story|book|documentary|memoir|episode|character|follows|tells|centres|centers|stars|portrays|titled|entitled)\b/i;

/** A claim as the model reads it: its words (with where each stands) and its other features. */
export interface ClaimTypeParts {
  tokens: Array<{ word: string; slot: 'w' | 'q' }>;
  other: string[];
}

export function claimTypeParts(text: string, cues: FoundTypeCue[] = findTypeCues(text)): ClaimTypeParts {
  const quotes: Array<[number, number]> = /[“"«]/.test(text) ? allMatches(QUOTED, text).map((match) => [match.index ?? 0, (match.index ?? 0) + match[0].length]) : [];
  const quoted = (at: number) => quotes.some(([from, to]) => at >= from && at < to);
  // A name inside the sentence says nothing about its type ("Karsk's" in an opinion is "Karsk's" in news too).
  let past = false;
  const tokens: ClaimTypeParts['tokens'] = [];
  for (const match of allMatches(WORD, text)) {
    const lower = match[0].toLowerCase();
    if (!past && (PAST_WORDS.has(lower) || (lower.length >= 5 && lower.endsWith('ed')))) past = true;
    const code = match[0].charCodeAt(0);
    const upper = code < 128 ? code >= 65 && code <= 90 : UPPER.test(match[0]);
    const word = tokens.length > 0 && upper && match[0] !== 'I' ? '<name>' : lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    tokens.push({ word, slot: quotes.length > 0 && quoted(match.index ?? 0) ? 'q' : 'w' });
  }
  const features = new Set<string>(['bias']);
  if (tokens.length > 0) features.add(`first=${tokens[0].word}`);
  for (const cue of cues) features.add(`cue=${cue.type}.${cue.kind}${quoted(cue.start) ? '.quoted' : ''}`);
  if (/\b(?:I|we)\b/.test(text)) {
    features.add('first-person');
    for (const match of allMatches(FIRST_PERSON, text)) features.add(`stance=${match[1].toLowerCase()}`);
  }
  // Character descriptions are looked for only where a story or a name is introduced (the pattern is costly).
  const narrative = NARRATIVE.test(text);
  if (narrative) features.add('narrative');
  if ((narrative || /\b(?:named|called)\b/.test(text)) && CHARACTER.test(text)) features.add('describes-character');
  CHARACTER.lastIndex = 0;
  if (/^(?:please|keep|stop|don't|do not|bring|give|let)\b/i.test(text.trim())) features.add('imperative');
  // Reported past events are the commonest factual claims; a forecast looks ahead.
  if (past) features.add('past-tense');
  if (/\b(?:next|coming|upcoming|tomorrow|within|by 20\d\d|in 20[3-9]\d)\b/i.test(text)) features.add('looks-ahead');
  if (/\d/.test(text)) features.add('has-number');
  return { tokens, other: [...features] };
}

const NUMBER = /\d/;

/**
 * The features the model is trained on: each word and word pair with its slot (as often as it
 * occurs: a bag, not a set), and the rest once.
 */
export function claimTypeFeatures(text: string, cues: FoundTypeCue[] = findTypeCues(text)): string[] {
  const { tokens, other } = claimTypeParts(text, cues);
  const features = [...other];
  for (let index = 0; index < tokens.length; index++) {
    const { word, slot } = tokens[index];
    features.push(`${slot}=${NUMBER.test(word) ? '<num>' : word}`);
    if (index + 1 < tokens.length) features.push(`${slot}b=${word}_${tokens[index + 1].word}`);
  }
  return features;
}

/** The slots of the word and pair features, as numbered in the weight table. */
const SLOTS = { w: 0, q: 1 } as const;

const weightTables = new WeakMap<ClaimTypeModel, WordPairTable>();

/** The four models' weights in one word table, a row holding a weight per type in CLAIM_TYPES order. */
function weightTableOf(model: ClaimTypeModel): WordPairTable {
  let table = weightTables.get(model);
  if (!table) {
    table = wordPairTable(
      CLAIM_TYPES.map((type) => model.weights[type]),
      2,
      (feature) => {
        const word = /^([wq])=(.*)$/.exec(feature);
        if (word) return { slot: SLOTS[word[1] as 'w' | 'q'], first: word[2], second: null };
        const pair = /^([wq])b=([^_]*)_(.*)$/.exec(feature);
        return pair ? { slot: SLOTS[pair[1] as 'w' | 'q'], first: pair[2], second: pair[3] } : null;
      },
    );
    weightTables.set(model, table);
  }
  return table;
}

/** Each type's probability, and the most probable type: the same sums as over claimTypeFeatures, read from the parts. */
export function classifyClaimType(model: ClaimTypeModel, parts: ClaimTypeParts): { type: ClaimType; scores: Record<ClaimType, number> } {
  const { ids, stride, weights, words, pairs, other } = weightTableOf(model);
  const sums = new Float64Array(CLAIM_TYPES.length);
  const add = (row: number | undefined) => {
    if (row === undefined || row < 0) return;
    const at = row * sums.length;
    for (let index = 0; index < sums.length; index++) sums[index] += weights[at + index];
  };
  for (const feature of parts.other) add(other.get(feature));
  // Each word and pair counts as often as it occurs, as in training.
  const { tokens } = parts;
  const numberId = ids.get('<num>');
  let next = tokens.length > 0 ? ids.get(tokens[0].word) : undefined;
  for (let index = 0; index < tokens.length; index++) {
    const { word, slot } = tokens[index];
    const id = next;
    const wordId = hasDigit(word) ? numberId : id;
    if (wordId !== undefined) add(words[SLOTS[slot]][wordId]);
    if (index + 1 < tokens.length) {
      next = ids.get(tokens[index + 1].word);
      if (id !== undefined && next !== undefined) add(pairs[SLOTS[slot]].get(id * stride + next));
    }
  }
  const scores = {} as Record<ClaimType, number>;
  let best: ClaimType = 'factual';
  CLAIM_TYPES.forEach((type, index) => {
    scores[type] = 1 / (1 + Math.exp(-sums[index]));
    if (scores[type] > scores[best]) best = type;
  });
  return { type: best, scores };
}

export interface LabelledClaim {
  type: ClaimType;
  genre: string;
  text: string;
}

export const CLAIM_TYPE_TRAINING: TrainingOptions = { epochs: 30, learningRate: 0.2, l2: 1e-3, minCount: 1 };

/** Trains the four one-against-the-rest models on labelled sentences (deterministic: a seeded shuffle). */
export function trainClaimTypes(examples: LabelledClaim[], options: TrainingOptions = CLAIM_TYPE_TRAINING): ClaimTypeModel['weights'] {
  const featurized = examples.map((example) => ({ type: example.type, features: claimTypeFeatures(example.text) }));
  const weights = {} as ClaimTypeModel['weights'];
  for (const type of CLAIM_TYPES) {
    weights[type] = train(
      featurized.map((example) => ({ features: example.features, label: example.type === type ? 1 : 0 })),
      options,
    );
  }
  return weights;
}

/** Words too common to explain anything to a reader. */
const FUNCTION_WORDS = new Set(
  'the and but for are was were has have had its our their this that with from not any anyone who which what been being into than then there they them his her she him you your'.split(' '),
);

/** The model's strongest word for its decision, to show a reader why when no cue rule matched. */
export function strongestWord(model: ClaimTypeModel, type: ClaimType, text: string): { start: number; end: number; cue: string } | null {
  let best: { start: number; end: number; cue: string; weight: number } | null = null;
  // The weight of "w=<word>" for the type, read from the word table (the same number, no string built).
  const { ids, weights, words } = weightTableOf(model);
  const typeIndex = CLAIM_TYPES.indexOf(type);
  for (const match of allMatches(WORD, text)) {
    if (match[0].length < 3) continue;
    const lower = match[0].toLowerCase();
    if (FUNCTION_WORDS.has(lower)) continue;
    const id = ids.get(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
    const row = id === undefined ? -1 : words[SLOTS.w][id];
    const weight = row < 0 ? 0 : weights[row * CLAIM_TYPES.length + typeIndex];
    const start = match.index ?? 0;
    if (weight > 0.3 && (!best || weight > best.weight)) best = { start, end: start + match[0].length, cue: match[0], weight };
  }
  return best && { start: best.start, end: best.end, cue: best.cue };
}
