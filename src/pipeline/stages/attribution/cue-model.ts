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
  /** Whether a report inside another level's content is nested in it (PolNeAR annotates only the outer one). */
  nested?: { threshold: number; weights: Record<string, number> };
}

export interface CueModel {
  threshold: number;
  vocabulary: Set<string>;
  weights: Map<string, number>;
  nested?: { threshold: number; weights: Map<string, number> };
}

/** A report that lies inside another report's content, as the nesting classifier sees it. */
export interface NestedContext {
  rule: string;
  hostRule: string;
  cue: string;
  hostCue: string;
  /** The inner report's source lies inside the host's content too ("X said Y claimed ..."). */
  sourceInside: boolean;
  sourceless: boolean;
  sameSource: boolean;
  /** The text from the host content's start to the inner cue. */
  between: string;
  /** The host's content comes after its cue ("X said ...") rather than before ("..., X said"). */
  hostContentAfter: boolean;
  quoted: boolean;
  kind: string;
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
  /** A cue the rules found ends up to three words before this one ('after'), starts up to three after it ('before'), or neither. */
  near: 'after' | 'before' | 'none';
}

interface ModelToken {
  text: string;
  lower: string;
}

export const CUE_MODEL_PATH = modelPath('attribution-cue-model.json');

let loaded: CueModel | null = null;

export function toCueModel(file: CueModelFile): CueModel {
  return {
    threshold: file.threshold,
    vocabulary: new Set(file.vocabulary),
    weights: new Map(Object.entries(file.weights)),
    ...(file.nested ? { nested: { threshold: file.nested.threshold, weights: new Map(Object.entries(file.nested.weights)) } } : {}),
  };
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
    `near=${context.near}`,
    `wnear=${w}|${context.near}`,
  ];
}

/** The log-odds that a word is part of a cue (or a report is nested), by the weights of its features. */
export function cueScore(weights: Map<string, number>, features: string[]): number {
  let score = 0;
  for (const feature of features) score += weights.get(feature) ?? 0;
  return score;
}

/** The features of a report inside another's content: both rules and cues, where the inner source stands, what lies between. */
export function nestedFeatures(context: NestedContext): string[] {
  const between = context.between;
  const words = between.split(/\s+/).filter(Boolean).length;
  const length = words <= 2 ? 'short' : words <= 6 ? 'near' : words <= 14 ? 'mid' : 'far';
  const rule = context.rule.replace(/\+.*$/, '');
  const hostRule = context.hostRule.replace(/\+.*$/, '');
  const joint = /[,;]\s*(and|but)?\s*$/i.test(between) ? 'comma' : /\b(and|but)\s*$/i.test(between) ? 'and' : 'none';
  const inside = context.sourceless ? 'sourceless' : context.sameSource ? 'same' : context.sourceInside ? 'inside' : 'outside';
  return [
    'bias',
    `rule=${rule}`,
    `host=${hostRule}`,
    `rules=${rule}|${hostRule}`,
    `cue=${context.cue}`,
    `hostcue=${context.hostCue}`,
    `source=${inside}`,
    `rulesource=${rule}|${inside}`,
    `cuesource=${context.cue}|${inside}`,
    `length=${length}`,
    `lengthsource=${length}|${inside}`,
    `joint=${joint}`,
    `jointsource=${joint}|${inside}`,
    `quote=${/[“”"]/.test(between)}`,
    `that=${/\bthat\b/i.test(between)}`,
    `after=${context.hostContentAfter}`,
    `aftersource=${context.hostContentAfter}|${inside}`,
    `quoted=${context.quoted}`,
    `kind=${context.kind}`,
  ];
}
