/**
 * Whether a word that can be a hedge cue is one here. "may" is a hedge in "it may rain" and not in
 * "May 2020" or "they may not enter"; "considered" is one in "considered the best" and not in "being
 * considered by the Court". A logistic model over the cue's neighbours decides, trained on the Szeged
 * uncertainty corpus (`npm run train:hedges`) with the learned lexicon's candidates.
 */
import { score, type LogisticModel } from '../checkworthiness/model.js';
import { allMatches } from '../../../core/matches.js';

export interface Token {
  word: string;
  raw: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function tokenize(text: string): Token[] {
  return allMatches(WORD, text).map((match) => {
    const start = match.index ?? 0;
    const lower = match[0].toLowerCase();
    return { word: lower.includes('’') ? lower.replace(/’/g, "'") : lower, raw: match[0], start, end: start + match[0].length };
  });
}

const NEGATION = new Set(['not', "n't", 'never', 'no', "didn't", "don't", "doesn't", 'did', 'cannot', "couldn't", "wouldn't", "isn't", "wasn't"]);
const BE_HAVE = new Set(['be', 'been', 'have', 'has', 'had', 'being', 'become']);
/** A crude part of speech: "-ed" participles, "-ing" forms and "-ly" adverbs behave alike after a modal. */
const suffix = (word: string) => (/(?:ed|en)$/.test(word) ? 'ed' : /ing$/.test(word) ? 'ing' : /ly$/.test(word) ? 'ly' : /s$/.test(word) ? 's' : 'other');
const shape = (token: Token | undefined) => (!token ? 'none' : /\d/.test(token.word) ? 'num' : /^\p{Lu}/u.test(token.raw) ? 'cap' : 'low');

/** The features of the cue spanning tokens [first, last] of `tokens`. */
export function contextFeatures(tokens: Token[], first: number, last: number): string[] {
  const cue = tokens
    .slice(first, last + 1)
    .map((token) => token.word)
    .join(' ');
  const prev = tokens[first - 1]?.word ?? '<s>';
  const prev2 = tokens[first - 2]?.word ?? '<s>';
  const next = tokens[last + 1]?.word ?? '</s>';
  const next2 = tokens[last + 2]?.word ?? '</s>';
  const negatedBefore = [prev, prev2].some((word) => NEGATION.has(word) || word.endsWith("n't"));
  const features = [
    'bias',
    `c=${cue}`,
    `c=${cue}|p=${prev}`,
    `c=${cue}|n=${next}`,
    `c=${cue}|n=${next}|n2=${next2}`,
    `c=${cue}|p2=${prev2}|p=${prev}`,
    `c=${cue}|shape=${first === 0 ? 'initial' : shape(tokens[first])}`,
    `c=${cue}|nshape=${shape(tokens[last + 1])}`,
    `n=${next}`,
    `p=${prev}`,
    `c=${cue}|nsuffix=${suffix(next)}`,
    `c=${cue}|psuffix=${suffix(prev)}`,
  ];
  if (negatedBefore) features.push(`c=${cue}|neg-before`, 'neg-before');
  if (NEGATION.has(next)) features.push(`c=${cue}|neg-after`, 'neg-after');
  if (BE_HAVE.has(next)) features.push(`c=${cue}|then-be-have`);
  if (next === 'to') features.push(`c=${cue}|then-to`);
  if (prev === 'being' || prev === 'is' || prev === 'was' || prev === 'are' || prev === 'were') features.push(`c=${cue}|after-be`);
  return features;
}

export interface HedgeContextModel extends LogisticModel {}

export const isHedgeInContext = (model: HedgeContextModel, tokens: Token[], first: number, last: number) => score(model, contextFeatures(tokens, first, last)) >= model.threshold;
