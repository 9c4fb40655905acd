import { readFileSync, existsSync } from 'node:fs';
import { modelPath } from '../../model-path.js';
import type { ClauseRole } from './clause-roles.js';
import type { PersonCue } from './person-cues.js';

/**
 * What the resolver knows about one (anaphor, antecedent) pair, as named numeric features. A linear
 * model over them (`npm run train:coreference`, models/coreference.json) ranks the antecedents that
 * agree with the anaphor; without the model a hand-set weighting is used.
 */
export interface PairContext {
  /** Sentences between the antecedent and the anaphor (0: the same sentence). */
  sentenceDistance: number;
  /** Characters between the end of the antecedent and the anaphor. */
  charDistance: number;
  /** The text between them. */
  between: string;
  /** The two words before the antecedent and the word after it. */
  before: string;
  after: string;
  subject: boolean;
  speaker: boolean;
  mentionCount: number;
  /** Other agreeing candidates between this one and the anaphor. */
  intervening: number;
  /** Whether this is the entity's first mention in the document, and the document's first person. */
  firstMention: boolean;
  firstPerson: boolean;
  genderKnown: boolean;
  anaphorForm: 'nominative' | 'possessive' | 'objective' | 'reflexive' | 'other';
  /** Whether the anaphor opens its clause (a subject pronoun: "He said", "..., she added"). */
  anaphorOpensClause: boolean;
  /** The roles of the antecedent and the anaphor in their clauses ("Ana married Tomas. He ...": object, subject). */
  candidateRole: ClauseRole;
  anaphorRole: ClauseRole;
  /** Clause marks (commas, clause-opening words, sentence ends) between them. */
  clauseBoundaries: number;
  /** Agreeing subjects nearer to the anaphor than this one. */
  subjectsBetween: number;
  /** Whether the antecedent comes after the pronoun, in the main clause after a fronted phrase ("Before she left, Ana ..."). */
  cataphor: boolean;
  /** For a name the entity stage typed as something other than a person: what says it is one. */
  personCues?: PersonCue[];
}

/** The pair's features as a map: what the trainer learns from. */
export function pairFeatures(pair: PairContext): Record<string, number> {
  const features: Record<string, number> = {};
  emitPairFeatures(
    pair,
    (name, value) => {
      features[name] = value;
    },
    null,
  );
  return features;
}

/** The non-zero weights of a weighting, by feature name, made once per weighting. */
const weightMaps = new WeakMap<Record<string, number>, Map<string, number>>();

function weightMapOf(weights: Record<string, number>): Map<string, number> {
  let map = weightMaps.get(weights);
  if (!map) {
    map = new Map(Object.entries(weights).filter(([, weight]) => weight !== 0));
    weightMaps.set(weights, map);
  }
  return map;
}

/**
 * The pair's score under `weights`, without building the feature map (the resolver's hot path). A
 * feature without a weight adds nothing, so it is not computed: the hand-set weighting reads ten
 * features, not the forty the model may. The sum is taken in the same order as over `pairFeatures`.
 */
export function scorePairContext(weights: Record<string, number>, pair: PairContext): number {
  const map = weightMapOf(weights);
  let score = 0;
  emitPairFeatures(
    pair,
    (name, value) => {
      const weight = map.get(name);
      if (weight !== undefined) score += weight * value;
    },
    map,
  );
  return score;
}

const joined = new Map<string, Map<string | number, string>>();
/** `prefix + value`, made once: feature names are built for every pair, so they are kept, not rebuilt. */
function nameOf(prefix: string, value: string | number): string {
  let byValue = joined.get(prefix);
  if (!byValue) joined.set(prefix, (byValue = new Map()));
  let name = byValue.get(value);
  if (name === undefined) byValue.set(value, (name = `${prefix}${value}`));
  return name;
}

/**
 * Every non-zero feature of the pair, by name, to `add`; with `wanted`, only the features it holds
 * (the ones that read the text between and around the pair are then not computed for nothing).
 */
function emitPairFeatures(pair: PairContext, add: (name: string, value: number) => void, wanted: ReadonlyMap<string, number> | null): void {
  const set = (name: string, value = 1) => {
    if (value !== 0) add(name, value);
  };
  const want = (name: string) => wanted === null || wanted.has(name);
  set('bias');
  const distance = Math.min(pair.sentenceDistance, 3);
  set(nameOf('sentences=', distance));
  set('log-chars', Math.log1p(pair.charDistance) / 5);
  set('subject', Number(pair.subject));
  set('speaker', Number(pair.speaker));
  set('log-mentions', Math.log2(pair.mentionCount));
  set('log-intervening', Math.log1p(pair.intervening));
  set('first-mention', Number(pair.firstMention));
  set('first-person', Number(pair.firstPerson));
  set('gender-known', Number(pair.genderKnown));
  const form = nameOf('form=', pair.anaphorForm);
  set(form);
  set(nameOf(form, '&subject'), Number(pair.subject));
  set(nameOf(form, nameOf('&sentences=', distance)));
  set('opens-clause&subject', Number(pair.anaphorOpensClause && pair.subject));
  set(nameOf('opens-clause&sentences=', distance), Number(pair.anaphorOpensClause));
  // "Lim Goh Tong and his ...", "Alice's hand. Her education": right before, nothing in between but a joint.
  if (want('adjacent') || want('between-has-comma') || want('between-has-quote') || want('between-has-and')) {
    const between = pair.between.trim();
    set('adjacent', Number(between.length <= 6 && !/[.;:!?]/.test(between)));
    set('between-has-comma', Number(between.includes(',')));
    set('between-has-quote', Number(/[“”"]/.test(between)));
    set('between-has-and', Number(/\band\b/.test(between)));
  }
  if (want('possessive-antecedent')) set('possessive-antecedent', Number(/^['’]s?\b/.test(pair.after)));
  if (want('prep-before')) set('prep-before', Number(/\b(?:by|with|of|to|for|from|against|than|and)\s*$/i.test(pair.before)));
  if (want('who-after')) set('who-after', Number(/^\s*,?\s*who\b/i.test(pair.after)));
  // "Jake Burns, who was promoting his band": the pronoun inside the relative clause on the antecedent.
  if (want('in-its-relative-clause')) set('in-its-relative-clause', Number(!pair.cataphor && /^\s*,?\s*(?:who|whose)\b[^,;:.!?]*$/i.test(pair.between)));
  if (want('in-parentheses')) set('in-parentheses', Number(/\(\s*$/.test(pair.before)));
  const role = nameOf('role=', pair.candidateRole);
  set(role);
  set(nameOf(role, nameOf('&anaphor-role=', pair.anaphorRole)));
  const sameClause = pair.clauseBoundaries === 0 && pair.sentenceDistance === 0;
  // "Ana met him": an object pronoun is not the subject of its own clause; "herself" is.
  if (sameClause) {
    const sameClauseForm = nameOf('same-clause&', form);
    set(sameClauseForm);
    set(nameOf(sameClauseForm, nameOf('&', role)));
  }
  set('log-clauses', Math.log1p(pair.clauseBoundaries) / 2);
  set('nearest-subject', Number(pair.candidateRole === 'subject' && pair.subjectsBetween === 0));
  set('log-subjects-between', Math.log1p(pair.subjectsBetween));
  if (pair.cataphor) {
    set('cataphor');
    set(nameOf('cataphor&', role));
    set(nameOf('cataphor&', form));
  }
  if (pair.personCues) {
    set('typed-not-person');
    for (const cue of pair.personCues) set(nameOf('typed-not-person&cue=', cue));
  }
}

export interface CoreferenceModelFile {
  trainedOn: string;
  /** Probability above which a pronoun is linked to its best antecedent as a mention. */
  threshold: number;
  weights: Record<string, number>;
}

export const COREFERENCE_MODEL_PATH = modelPath('coreference.json');

let loaded: CoreferenceModelFile | null | undefined;

/** The shipped ranking model, or null when none is built yet. */
export function coreferenceModel(): CoreferenceModelFile | null {
  if (loaded === undefined) loaded = existsSync(COREFERENCE_MODEL_PATH) ? (JSON.parse(readFileSync(COREFERENCE_MODEL_PATH, 'utf8')) as CoreferenceModelFile) : null;
  return loaded;
}

export function scorePair(weights: Record<string, number>, features: Record<string, number>): number {
  let score = 0;
  for (const [name, value] of Object.entries(features)) score += (weights[name] ?? 0) * value;
  return score;
}

/** The hand-set weighting used before a model is trained: recent speakers and subjects first. */
export const HAND_WEIGHTS: Record<string, number> = {
  speaker: 1.2,
  subject: 0.8,
  'opens-clause&subject': 0.4,
  'log-mentions': 0.3,
  'sentences=1': -0.6,
  'sentences=2': -1.2,
  'sentences=3': -1.8,
  'log-chars': -0.3,
  // A source pronoun refers back: a name after it ("After he spoke, Ana ...") only when nothing before agrees.
  cataphor: -2,
  // A source is a person or a body named as such: a name the entity stage typed otherwise only when nothing else agrees.
  'typed-not-person': -2,
  // ... unless a role and a given name end it ("House Speaker Paul Ryan" typed a body is Paul Ryan).
  'typed-not-person&cue=role-name': 2,
};
