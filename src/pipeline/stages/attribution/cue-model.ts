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
  weights: CompiledWeights;
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
  /** A word that can head a source (a name, a pronoun, "officials", "the ministry") stands right before the word (after adverbs). */
  sourceBefore: boolean;
  /** A possessive or possessive pronoun stands right before the word ("his criticism", "Kessel's view"). */
  possessor: boolean;
  /** The claim opens (after a conjunction or adverb) with a word that can head a source, before this word. */
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
    weights: compileWeights(file.weights),
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
  const text = token.text;
  const code = text.charCodeAt(0);
  // ASCII first: the regular expressions below are for other scripts.
  if (code >= 65 && code <= 90) return text.length > 1 && text === text.toUpperCase() ? 'A' : 'C';
  if (code >= 97 && code <= 122) return 'l';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return text;
  if (/^\p{Lu}/u.test(text)) return text.length > 1 && text === text.toUpperCase() ? 'A' : 'C';
  if (/^\p{Ll}/u.test(text)) return 'l';
  if (/^\p{N}/u.test(text)) return 'd';
  return text;
};

const word = (token: ModelToken | undefined): string => (token ? token.lower : '_');

const TRUE_FALSE = (name: string) => [`${name}:false`, `${name}:true`] as const;
const QUOTED = TRUE_FALSE('quoted');
const SOURCE = TRUE_FALSE('source');
const WSOURCE = TRUE_FALSE('wsource');
const POSSESSOR = TRUE_FALSE('possessor');
const WPOSSESSOR = TRUE_FALSE('wpossessor');
const SUBJECT = TRUE_FALSE('subject');
const WSUBJECT = TRUE_FALSE('wsubject');
const CONTENT = TRUE_FALSE('content');
const WCONTENT = TRUE_FALSE('wcontent');
const BY_RULE = (name: string) => ({ none: `${name}:none`, before: `${name}:before`, after: `${name}:after` });
const RULE = BY_RULE('rule');
const WRULE = BY_RULE('wrule');
const RULE_CONTENT = [BY_RULE('rulecontent:false'), BY_RULE('rulecontent:true')] as const;
const NEAR = { none: 'near:none', before: 'near:before', after: 'near:after' };
const WNEAR = { none: 'wnear:none', before: 'wnear:before', after: 'wnear:after' };

/** What the features of the word at `index` read: the word, its neighbours, its place and the claim's context as numbers. */
function windowOf(tokens: ModelToken[], index: number, context: CueContext) {
  return {
    token: tokens[index],
    w: tokens[index].lower,
    p1: word(tokens[index - 1]),
    p2: word(tokens[index - 2]),
    n1: word(tokens[index + 1]),
    n2: word(tokens[index + 2]),
    position: index === 0 ? 'position:first' : index < 3 ? 'position:early' : index >= tokens.length - 3 ? 'position:end' : 'position:mid',
    q: Number(context.quoted),
    src: Number(context.sourceBefore),
    pos: Number(context.possessor),
    sub: Number(context.subject),
    con: Number(context.inContent),
  };
}

/**
 * The features of the word at `index`: the word, its ending, its neighbours and what the rules saw around it.
 * Each is a template (with the values of the claim's context in its name) and the words it is keyed by; written
 * out as one string, they are joined by spaces (no token holds a space).
 */
export function cueFeatureParts(tokens: ModelToken[], index: number, context: CueContext): string[][] {
  const { token, w, p1, p2, n1, n2, position, q, src, pos, sub, con } = windowOf(tokens, index, context);
  return [
    ['bias'],
    ['w', w],
    ['suffix', w.slice(-3)],
    ['shape', shape(token)],
    ['p1', p1],
    ['p2', p2],
    ['n1', n1],
    ['n2', n2],
    ['p1w', p1, w],
    ['wn1', w, n1],
    ['wn1n2', w, n1, n2],
    ['p2p1w', p2, p1, w],
    ['p1shape', shape(tokens[index - 1])],
    ['n1shape', shape(tokens[index + 1])],
    [position],
    [QUOTED[q]],
    [RULE[context.ruleCue]],
    [WRULE[context.ruleCue], w],
    [SOURCE[src]],
    [WSOURCE[src], w],
    [POSSESSOR[pos]],
    [WPOSSESSOR[pos], w],
    [SUBJECT[sub]],
    [WSUBJECT[sub], w],
    [CONTENT[con]],
    [WCONTENT[con], w],
    [RULE_CONTENT[con][context.ruleCue]],
    [NEAR[context.near]],
    [WNEAR[context.near], w],
  ];
}

/** The features of the word at `index`, each written out as one string (for training and the model file). */
export function cueFeatures(tokens: ModelToken[], index: number, context: CueContext): string[] {
  return cueFeatureParts(tokens, index, context).map((parts) => parts.join(' '));
}

/** What is learned about one word of the vocabulary: its own weight by context, and with its neighbours. */
interface WordWeights {
  /** `w` first, then `wrule:*`, `wsource:*`, `wpossessor:*`, `wsubject:*`, `wcontent:*`, `wnear:*` (see WORD_SLOTS). */
  slots: Float64Array;
  previous: Map<string, number>;
  next: Map<string, number>;
  nextTwo: Map<string, Map<string, number>>;
  previousTwo: Map<string, Map<string, number>>;
}

/**
 * The weights laid out for scoring: everything keyed by the scored word sits in that word's record, each context
 * template's weight in a fixed slot, so a word costs about a dozen lookups in small maps (the model is read for every
 * word of its vocabulary in every claim).
 */
export interface CompiledWeights {
  constant: Map<string, number>;
  byTemplate: Map<string, Map<string, number>>;
  words: Map<string, WordWeights>;
}

const WORD_SLOTS = new Map<string, number>(['w', ...Object.values(WRULE), ...WSOURCE, ...WPOSSESSOR, ...WSUBJECT, ...WCONTENT, ...Object.values(WNEAR)].map((name, at) => [name, at]));
const slotOf = (name: string) => WORD_SLOTS.get(name)!;
/** The slot of each context template by the context's value, found once rather than for every word scored. */
const WRULE_SLOT = { none: slotOf(WRULE.none), before: slotOf(WRULE.before), after: slotOf(WRULE.after) };
const WNEAR_SLOT = { none: slotOf(WNEAR.none), before: slotOf(WNEAR.before), after: slotOf(WNEAR.after) };
const WSOURCE_SLOT = WSOURCE.map(slotOf);
const WPOSSESSOR_SLOT = WPOSSESSOR.map(slotOf);
const WSUBJECT_SLOT = WSUBJECT.map(slotOf);
const WCONTENT_SLOT = WCONTENT.map(slotOf);

export function compileWeights(weights: Record<string, number>): CompiledWeights {
  const compiled: CompiledWeights = { constant: new Map(), byTemplate: new Map(), words: new Map() };
  const wordOf = (key: string): WordWeights => {
    let record = compiled.words.get(key);
    if (!record) compiled.words.set(key, (record = { slots: new Float64Array(WORD_SLOTS.size), previous: new Map(), next: new Map(), nextTwo: new Map(), previousTwo: new Map() }));
    return record;
  };
  const nested = (map: Map<string, Map<string, number>>, key: string) => {
    let inner = map.get(key);
    if (!inner) map.set(key, (inner = new Map()));
    return inner;
  };
  for (const [feature, weight] of Object.entries(weights)) {
    const [template, a, b, c] = feature.split(' ');
    const slot = WORD_SLOTS.get(template);
    if (slot !== undefined) wordOf(a).slots[slot] = weight;
    else if (template === 'p1w') wordOf(b).previous.set(a, weight);
    else if (template === 'wn1') wordOf(a).next.set(b, weight);
    else if (template === 'wn1n2') nested(wordOf(a).nextTwo, b).set(c, weight);
    else if (template === 'p2p1w') nested(wordOf(c).previousTwo, a).set(b, weight);
    else if (a === undefined) compiled.constant.set(template, weight);
    else nested(compiled.byTemplate, template).set(a, weight);
  }
  return compiled;
}

const EMPTY = new Map<string, number>();

/**
 * The log-odds that the word at `index` is part of a cue: the same features as `cueFeatureParts`, read straight
 * from the compiled weights without building them (the attribution stage scores every word of the vocabulary).
 */
export function cueWordScore(weights: CompiledWeights, tokens: ModelToken[], index: number, context: CueContext): number {
  const { token, w, p1, p2, n1, n2, position, q, src, pos, sub, con } = windowOf(tokens, index, context);
  const { constant, byTemplate } = weights;
  const of = (template: string, key: string) => (byTemplate.get(template) ?? EMPTY).get(key) ?? 0;
  let score =
    (constant.get('bias') ?? 0) +
    (constant.get(position) ?? 0) +
    (constant.get(QUOTED[q]) ?? 0) +
    (constant.get(RULE[context.ruleCue]) ?? 0) +
    (constant.get(SOURCE[src]) ?? 0) +
    (constant.get(POSSESSOR[pos]) ?? 0) +
    (constant.get(SUBJECT[sub]) ?? 0) +
    (constant.get(CONTENT[con]) ?? 0) +
    (constant.get(RULE_CONTENT[con][context.ruleCue]) ?? 0) +
    (constant.get(NEAR[context.near]) ?? 0) +
    of('suffix', w.slice(-3)) +
    of('shape', shape(token)) +
    of('p1', p1) +
    of('p2', p2) +
    of('n1', n1) +
    of('n2', n2) +
    of('p1shape', shape(tokens[index - 1])) +
    of('n1shape', shape(tokens[index + 1]));
  const record = weights.words.get(w);
  if (record) {
    const slots = record.slots;
    score +=
      slots[0] +
      slots[WRULE_SLOT[context.ruleCue]] +
      slots[WSOURCE_SLOT[src]] +
      slots[WPOSSESSOR_SLOT[pos]] +
      slots[WSUBJECT_SLOT[sub]] +
      slots[WCONTENT_SLOT[con]] +
      slots[WNEAR_SLOT[context.near]] +
      (record.previous.get(p1) ?? 0) +
      (record.next.get(n1) ?? 0) +
      ((record.nextTwo.get(n1) ?? EMPTY).get(n2) ?? 0) +
      ((record.previousTwo.get(p2) ?? EMPTY).get(p1) ?? 0);
  }
  return score;
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
