/**
 * The claim-type model: one logistic regression per type (factual, opinion, prescriptive, prediction),
 * one against the rest, over the claim's words and word pairs, the cue rules of type-cues.ts as
 * features, first-person stance, and where words stand: inside quotation marks (a title, someone
 * else's words) or in a description of a character ("a ruthless banker named Otto Varga").
 * Trained by `npm run train:claimtype` on the labelled sentences in eval/sets/claim-types.tsv.
 */
import type { ClaimType } from '../../../core/annotations.js';
import { score, train, type LogisticModel, type TrainingOptions } from '../checkworthiness/model.js';
import { findTypeCues, type FoundTypeCue } from './type-cues.js';

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
const PAST = /\b(?:was|were|had|did|said|told|rose|fell|won|lost|met|left|began|built|took|made|\p{L}{3,}ed)\b/iu;
const NARRATIVE = /\b(?:film|novel|play|series|story|book|documentary|memoir|episode|character|follows|tells|centres|centers|stars|portrays|titled|entitled)\b/i;

export function claimTypeFeatures(text: string, cues: FoundTypeCue[] = findTypeCues(text)): string[] {
  const quoted = new Set<number>();
  for (const match of text.matchAll(QUOTED)) for (let at = match.index ?? 0; at < (match.index ?? 0) + match[0].length; at++) quoted.add(at);
  // A name inside the sentence says nothing about its type ("Karsk's" in an opinion is "Karsk's" in news too).
  const tokens = [...text.matchAll(WORD)].map((match, index) => ({
    word: index > 0 && /^\p{Lu}/u.test(match[0]) && !/^I$/.test(match[0]) ? '<name>' : match[0].toLowerCase().replace(/’/g, "'"),
    inQuote: quoted.has(match.index ?? 0),
  }));
  const features = new Set<string>(['bias']);
  for (let index = 0; index < tokens.length; index++) {
    const { word, inQuote } = tokens[index];
    const slot = inQuote ? 'q' : 'w';
    features.add(`${slot}=${/\d/.test(word) ? '<num>' : word}`);
    if (index + 1 < tokens.length) features.add(`${slot}b=${word}_${tokens[index + 1].word}`);
  }
  if (tokens.length > 0) features.add(`first=${tokens[0].word}`);
  for (const cue of cues) {
    const inQuote = quoted.has(cue.start);
    features.add(`cue=${cue.type}.${cue.kind}${inQuote ? '.quoted' : ''}`);
  }
  for (const match of text.matchAll(FIRST_PERSON)) features.add(`stance=${match[1].toLowerCase()}`);
  if (/\b(?:I|we)\b/.test(text)) features.add('first-person');
  if (CHARACTER.test(text)) features.add('describes-character');
  CHARACTER.lastIndex = 0;
  if (NARRATIVE.test(text)) features.add('narrative');
  if (/^(?:please|keep|stop|don't|do not|bring|give|let)\b/i.test(text.trim())) features.add('imperative');
  // Reported past events are the commonest factual claims; a forecast looks ahead.
  if (PAST.test(text)) features.add('past-tense');
  if (/\b(?:next|coming|upcoming|tomorrow|within|by 20\d\d|in 20[3-9]\d)\b/i.test(text)) features.add('looks-ahead');
  if (/\d/.test(text)) features.add('has-number');
  return [...features];
}

/** Each type's binary model, made once per loaded model (score() caches its weights per model object). */
const binaryModels = new WeakMap<ClaimTypeModel, Record<ClaimType, LogisticModel>>();

function binaryModelsOf(model: ClaimTypeModel): Record<ClaimType, LogisticModel> {
  let models = binaryModels.get(model);
  if (!models) {
    models = {} as Record<ClaimType, LogisticModel>;
    for (const type of CLAIM_TYPES) models[type] = { name: type, version: model.version, trainedOn: '', evaluation: {}, threshold: 0.5, weights: model.weights[type] };
    binaryModels.set(model, models);
  }
  return models;
}

/** Each type's probability, and the most probable type. */
export function classifyClaimType(model: ClaimTypeModel, features: string[]): { type: ClaimType; scores: Record<ClaimType, number> } {
  const scores = {} as Record<ClaimType, number>;
  const models = binaryModelsOf(model);
  let best: ClaimType = 'factual';
  for (const type of CLAIM_TYPES) {
    scores[type] = score(models[type], features);
    if (scores[type] > scores[best]) best = type;
  }
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
    weights[type] = train(featurized.map((example) => ({ features: example.features, label: example.type === type ? 1 : 0 })), options);
  }
  return weights;
}

/** Words too common to explain anything to a reader. */
const FUNCTION_WORDS = new Set('the and but for are was were has have had its our their this that with from not any anyone who which what been being into than then there they them his her she him you your'.split(' '));

/** The model's strongest word for its decision, to show a reader why when no cue rule matched. */
export function strongestWord(model: ClaimTypeModel, type: ClaimType, text: string): { start: number; end: number; cue: string } | null {
  let best: { start: number; end: number; cue: string; weight: number } | null = null;
  for (const match of text.matchAll(WORD)) {
    if (match[0].length < 3 || FUNCTION_WORDS.has(match[0].toLowerCase())) continue;
    const weight = model.weights[type][`w=${match[0].toLowerCase().replace(/’/g, "'")}`] ?? 0;
    const start = match.index ?? 0;
    if (weight > 0.3 && (!best || weight > best.weight)) best = { start, end: start + match[0].length, cue: match[0], weight };
  }
  return best && { start: best.start, end: best.end, cue: best.cue };
}
