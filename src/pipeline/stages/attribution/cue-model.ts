import { readFileSync } from 'node:fs';
import { modelPath } from '../../model-path.js';

/**
 * A cue-word classifier learned on PolNeAR's train split (`npm run train:attribution`): a logistic
 * regression over one word and its neighbourhood that decides whether the word is part of an
 * attribution cue the hand rules left unread ("in an interview with", "his criticism of", "made clear",
 * "told reporters" with no subject before it). Only words of its vocabulary are scored, so a claim
 * with none of them costs a set lookup per word.
 */
export interface CueModelFile {
  trainedOn: string;
  /** Score (log-odds) above which a word is read as a cue. */
  threshold: number;
  /** Lower-case words that can be cues (those inside a gold cue often enough on train). */
  vocabulary: string[];
  /** Feature name → weight. */
  weights: Record<string, number>;
}

export interface CueModel {
  threshold: number;
  vocabulary: Set<string>;
  weights: Map<string, number>;
}

/** What the classifier sees of a word besides its neighbours: what the rules read around it. */
export interface CueContext {
  /** The word stands inside a quotation. */
  quoted: boolean;
  /** Where the hand rules found a cue in the claim: 'none', 'before' or 'after' this word. */
  ruleCue: 'none' | 'before' | 'after';
  /** A source-like noun phrase or pronoun ends right before the word (after adverbs). */
  sourceBefore: boolean;
  /** A possessive or possessive pronoun stands right before the word ("his criticism", "Kessel's view"). */
  possessor: boolean;
  /** The claim opens with a subject that names someone. */
  subject: boolean;
  /** The word lies inside the content of a cue the rules found (a report inside a report). */
  inContent: boolean;
}

interface ModelToken {
  text: string;
  lower: string;
}

export const CUE_MODEL_PATH = modelPath('attribution-cue-model.json');

let loaded: CueModel | null = null;

export function toCueModel(file: CueModelFile): CueModel {
  return { threshold: file.threshold, vocabulary: new Set(file.vocabulary), weights: new Map(Object.entries(file.weights)) };
}

/** The shipped cue model. */
export function cueModel(): CueModel {
  loaded ??= toCueModel(JSON.parse(readFileSync(CUE_MODEL_PATH, 'utf8')) as CueModelFile);
  return loaded;
}

const shape = (token: ModelToken | undefined): string => {
  if (!token) return '_';
  if (/^\p{Lu}/u.test(token.text)) return token.text.length > 1 && token.text === token.text.toUpperCase() ? 'A' : 'C';
  if (/^\p{Ll}/u.test(token.text)) return 'l';
  if (/^\p{N}/u.test(token.text)) return 'd';
  return token.text;
};

const word = (token: ModelToken | undefined): string => (token ? token.lower : '_');

/** The features of the word at `index`: the word, its ending, its neighbours and what the rules saw around it. */
export function cueFeatures(tokens: ModelToken[], index: number, context: CueContext): string[] {
  const token = tokens[index];
  const w = token.lower;
  const p1 = word(tokens[index - 1]);
  const p2 = word(tokens[index - 2]);
  const n1 = word(tokens[index + 1]);
  const n2 = word(tokens[index + 2]);
  const position = index === 0 ? 'first' : index < 3 ? 'early' : index >= tokens.length - 3 ? 'end' : 'mid';
  return [
    'bias',
    `w=${w}`,
    `suffix=${w.slice(-3)}`,
    `shape=${shape(token)}`,
    `p1=${p1}`,
    `p2=${p2}`,
    `n1=${n1}`,
    `n2=${n2}`,
    `p1w=${p1}|${w}`,
    `wn1=${w}|${n1}`,
    `wn1n2=${w}|${n1}|${n2}`,
    `p2p1w=${p2}|${p1}|${w}`,
    `p1shape=${shape(tokens[index - 1])}`,
    `n1shape=${shape(tokens[index + 1])}`,
    `position=${position}`,
    `quoted=${context.quoted}`,
    `rule=${context.ruleCue}`,
    `wrule=${w}|${context.ruleCue}`,
    `source=${context.sourceBefore}`,
    `wsource=${w}|${context.sourceBefore}`,
    `possessor=${context.possessor}`,
    `wpossessor=${w}|${context.possessor}`,
    `subject=${context.subject}`,
    `wsubject=${w}|${context.subject}`,
    `content=${context.inContent}`,
    `wcontent=${w}|${context.inContent}`,
    `rulecontent=${context.ruleCue}|${context.inContent}`,
  ];
}

/** The log-odds that the word is part of a cue. */
export function cueScore(model: CueModel, features: string[]): number {
  let score = 0;
  for (const feature of features) score += model.weights.get(feature) ?? 0;
  return score;
}
