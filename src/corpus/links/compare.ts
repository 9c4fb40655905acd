import type { Link, LinkEvidence } from '../../core/annotations.js';
import { relationVocabulary } from '../../pipeline/stages/relations/vocabulary.js';
import { actorKeys, actorsOf, type Actor } from './aliases.js';
import { countsOf, yearsCompatible, yearsOf, type Count } from './frame.js';
import { lemma } from './lemma.js';
import type { LinkableClaim } from './linkable.js';
import { describeInterval, intervalsOverlap } from './numbers.js';

const STOPWORDS = new Set(
  'a an the and or but of to in on at by for from with as is are was were be been being has have had it its this that these those which who whom whose their there they them he she his her we our you your i not no said says say told according also than then so such into over under about after before while during'.split(
    ' ',
  ),
);

/** Who does what to whom, from the relations stage or read off the text around a predicate word. */
interface Triple {
  predicate: string;
  subject: Set<string>;
  object: Set<string>;
  subjectName: string;
  objectName: string;
  negated: boolean;
  conditional: boolean;
  /** From the relations stage (its negation can be trusted) or only from the words. */
  fromRelation: boolean;
}

/** A claim prepared once for many comparisons. */
export interface ClaimKey {
  claim: LinkableClaim;
  /** Content words of what is claimed, without the words naming its sources ("the ministry said"). */
  words: Set<string>;
  /** Every content word, sources included: near-identical wording means copied text. */
  allWords: Set<string>;
  /** Words written with a capital inside the sentence ("Bangladeshi"), lower-cased: names the tagger may have missed. */
  proper: Set<string>;
  entities: Set<string>;
  /** `words` lemmatised, demonyms as their country ("Pakistani" → pakistan). */
  lemmas: Set<string>;
  actors: Actor[];
  /** Every name the claim's actors answer to, aliases and owning countries included. */
  actorKeys: Set<string>;
  triples: Triple[];
  counts: Count[];
  years: Set<string>;
  /** The names in what is claimed (actors and capitalised words, not the sources): who or what it is about. */
  names: Set<string>;
  /** Word pairs of the whole text, in order: copied text keeps them, a reordered paraphrase does not. */
  bigrams: Set<string>;
  /** What is said of them: lemmas without names, numbers, times, qualifiers or sources ("employ", "worker", "pit"). */
  predicateWords: Set<string>;
}

function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = match[0].replace(/[’']s$/, '');
    if (word.length > 1 && !STOPWORDS.has(word)) words.add(word);
  }
  return words;
}

/** Each relation type's single-word forms, lemmatised: "supporter", "backing" and "support" all signal `supports`. */
let predicateLemmas: Map<string, string> | null = null;
function predicateOf(word: string): string | undefined {
  if (!predicateLemmas) {
    predicateLemmas = new Map();
    for (const type of relationVocabulary().relations) {
      for (const form of type.forms) if (!form.includes(' ')) predicateLemmas.set(lemma(form), type.id);
    }
  }
  return predicateLemmas.get(lemma(word));
}

const NEGATED = /\b(?:not|never|no longer|n['’]t|denied|denies)\b/i;

/** "never sheltered", "did not fund", "has not recognised": a denial of the predicate itself. */
const DENIAL_BEFORE = /\b(?:not|never|n['’]t)\s+(?:\p{L}+\s+)?$/iu;
const NEGATION_BEFORE = /\b(?:not|never|no longer|n['’]t|denied|denies|deny|denying|rejected|rejects|without|ended|stopped|halted|cut off)\b[^.;:]{0,30}$/i;
const CONDITIONAL = /\b(?:if|unless|whether)\b/i;
const CONDITIONAL_CUES = new Set(['if', 'unless', 'whether']);

function triplesOf(claim: LinkableClaim, actors: Actor[]): Triple[] {
  const triples: Triple[] = [];
  const keysOf = (name: string) => actors.find((actor) => actor.name === name)?.keys ?? new Set([name]);
  for (const relation of claim.relations) {
    triples.push({
      predicate: relation.predicate,
      subject: keysOf(relation.subject),
      object: keysOf(relation.object),
      subjectName: relation.subject,
      objectName: relation.object,
      negated: relation.negated,
      conditional: relation.hedges.some((hedge) => CONDITIONAL_CUES.has(hedge.toLowerCase())),
      fromRelation: true,
    });
  }
  // The nearest actor before a predicate word and the nearest after, in one clause: "Pakistani spy agency ISI ... extending support ... to Hamas".
  for (const match of claim.text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const predicate = predicateOf(match[0]);
    if (!predicate) continue;
    const at = match.index ?? 0;
    const subject = [...actors].reverse().find((actor) => actor.start + actor.name.length <= at);
    const object = actors.find((actor) => actor.start > at);
    if (!subject || !object || subject.keys === object.keys) continue;
    const between = claim.text.slice(subject.start, object.start);
    if (/[;:]/.test(between) || /\b(?:but|while|whereas)\b/i.test(between)) continue;
    const before = claim.text.slice(Math.max(0, at - 40), at);
    triples.push({
      predicate,
      subject: subject.keys,
      object: object.keys,
      subjectName: subject.name,
      objectName: object.name,
      negated: NEGATION_BEFORE.test(before),
      conditional: CONDITIONAL.test(claim.text.slice(0, at)),
      // Plainly asserted, or plainly denied right before the predicate ("never sheltered"): as clear as the relations stage.
      fromRelation: DENIAL_BEFORE.test(before) || !NEGATION_BEFORE.test(before),
    });
  }
  return triples;
}

export function claimKey(claim: LinkableClaim): ClaimKey {
  const allWords = contentWords(claim.text);
  const sourceWords = new Set<string>();
  for (const level of claim.sources) if (level.source) for (const word of contentWords(level.source)) sourceWords.add(word);
  const words = new Set([...allWords].filter((word) => !sourceWords.has(word)));
  const proper = new Set<string>();
  for (const match of claim.text.matchAll(/(?<=[\p{L}\p{N},;:]\s+)\p{Lu}[\p{L}’'-]*/gu)) proper.add(match[0].toLowerCase().replace(/[’']s$/, ''));
  const actors = actorsOf(claim);
  // Names stay as they are ("Hamas" is no plural); other words are lemmatised, demonyms become their country.
  const nameWords = new Set([...actorKeys(actors)].flatMap((key) => key.split(/\s+/)));
  const lemmas = new Set([...words].map((word) => (nameWords.has(word) ? word : lemma(word))));
  const names = new Set<string>();
  for (const actor of actors) if (actor.name.split(/\s+/).every((word) => words.has(word) || STOPWORDS.has(word))) for (const key of actor.keys) names.add(key);
  const timeWords = new Set(claim.times.flatMap((time) => time.text.toLowerCase().split(/\s+/)));
  for (const word of proper) if (words.has(word) && !names.has(word) && !timeWords.has(word)) names.add(word);
  const counts = countsOf(claim, actors);
  // What is counted is compared on its own; what is said of it is the rest.
  const countWords = new Set([...claim.quantities.flatMap((quantity) => quantity.text.toLowerCase().split(/\s+/)), ...counts.flatMap((count) => count.thing.split(' '))]);
  const predicateWords = new Set(
    [...words]
      .filter((word) => !nameWords.has(word) && !proper.has(word) && !timeWords.has(word) && !QUALIFIERS.has(word))
      .map(lemma)
      .filter((word) => !countWords.has(word) && !REPORTING.has(word)),
  );
  return {
    claim,
    words,
    allWords,
    proper,
    entities: new Set(claim.entities),
    lemmas,
    actors,
    actorKeys: actorKeys(actors),
    triples: triplesOf(claim, actors),
    counts,
    years: yearsOf(claim),
    bigrams: bigramsOf(claim.text),
    names,
    predicateWords,
  };
}

function bigramsOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const pairs = new Set<string>();
  for (let index = 0; index + 1 < words.length; index++) pairs.add(`${words[index]} ${words[index + 1]}`);
  return pairs;
}

/** Reporting verbs the attribution stage may have left in the text ("auditors found"): how it is known, not what. */
const REPORTING = new Set(['say', 'find', 'show', 'tell', 'report', 'claim', 'state', 'announce', 'add', 'note', 'confirm', 'accord', 'reveal', 'suggest', 'admit']);

/** Words that qualify a number, not what is said of it. */
const QUALIFIERS = new Set(
  'nearly almost more fewer less least most only just some around roughly approximately over under up above below exactly precisely million billion thousand hundred percent per cent'.split(' '),
);

/** Each claim names someone or something the other does not: they are about different things. */
function differentNames(a: ClaimKey, b: ClaimKey): boolean {
  const missing = (from: Set<string>, other: Set<string>) => [...from].some((name) => !other.has(name) && ![...other].some((key) => key.includes(name) || name.includes(key)));
  return missing(a.names, b.names) && missing(b.names, a.names);
}

const CURRENCIES = new Set(['crown', 'dollar', 'euro', 'pound', 'yuan', 'yen', 'rupee', 'franc', 'rouble', 'ruble', 'dinar', 'peso', '$', '£', '€']);
/** Verbs and phrases that only say a count exists: "there are", "put the number at", "as we know". */
const NEUTRAL_PREDICATES = new Set(['be', 'have', 'there', 'number', 'put', 'total', 'count', 'reach', 'stand', 'estimate', 'know', 'figure', 'exist']);

/**
 * What is said of two counts agrees: for money, shares and common units the predicate decides what is
 * measured (revenue or debt, fines or dividends), so it must match; for a specific unit ("fighters")
 * one side may only say the count exists.
 */
function samePredicate(a: ClaimKey, b: ClaimKey, unit: string): boolean {
  if (jaccard(a.predicateWords, b.predicateWords) >= 0.4) return true;
  if (GENERIC_UNITS.has(unit) || CURRENCIES.has(unit)) return false;
  const onlyNeutral = (key: ClaimKey, other: ClaimKey) => [...key.predicateWords].every((word) => NEUTRAL_PREDICATES.has(word) || other.predicateWords.has(word));
  if (onlyNeutral(a, b) || onlyNeutral(b, a)) return true;
  // A specific unit ("fighters") is the same thing unless the two say different things happened to it ("cut" and "created" jobs).
  const events = (key: ClaimKey, other: ClaimKey) => [...key.predicateWords].filter((word) => !other.predicateWords.has(word) && EVENT_STEMS.some((stem) => word.startsWith(stem)));
  return events(a, b).length === 0 || events(b, a).length === 0;
}

/** What can happen to a count: two different ones make two different counts ("900 jobs cut", "200 jobs created"). */
const EVENT_STEMS = [
  'kill',
  'injur',
  'wound',
  'arrest',
  'detain',
  'cut',
  'creat',
  'add',
  'lose',
  'gain',
  'sell',
  'sold',
  'buy',
  'bought',
  'import',
  'export',
  'produc',
  'build',
  'built',
  'destroy',
  'damag',
  'hire',
  'fire',
  'rescu',
  'evacuat',
  'deport',
  'releas',
  'sentenc',
  'pay',
  'paid',
  'spend',
  'spent',
  'raise',
  'borrow',
  'earn',
  'win',
  'won',
  'elect',
  'captur',
  'seiz',
  'recruit',
  'train',
  'deploy',
  'withdr',
  'employ',
  'sack',
  'close',
  'open',
  'cancel',
  'delay',
  'displac',
  'flee',
  'fled',
  'return',
  'vaccinat',
  'infect',
  'die',
  'dead',
  'death',
];

/** The same number of the same unit given twice with different values: not the same claim. */
function numbersDiffer(a: ClaimKey, b: ClaimKey): boolean {
  return a.counts.some((qa) => b.counts.some((qb) => qa.unit === qb.unit && qa.quantity.value !== null && qb.quantity.value !== null && qa.quantity.value !== qb.quantity.value));
}

function shared<T>(a: Set<T>, b: Set<T>): T[] {
  const out: T[] = [];
  for (const item of a) if (b.has(item)) out.push(item);
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const common = shared(a, b).length;
  return common / (a.size + b.size - common);
}

const overlaps = (a: Set<string>, b: Set<string>) => shared(a, b).length > 0;
const quote = (text: string) => `“${text.length > 90 ? `${text.slice(0, 87)}…` : text}”`;

function namedSources(claim: LinkableClaim): Set<string> {
  return new Set(claim.sources.filter((level) => level.kind === 'named' && level.source).map((level) => level.source!.toLowerCase().replace(/^(?:the|he|she)\s+/, '')));
}

const allAnonymous = (claim: LinkableClaim) => claim.sources.every((level) => level.kind === 'anonymous');

/** Things counted in every other story: two counts of them need more than a shared name to be about the same thing. */
export const GENERIC_UNITS = new Set([
  'people',
  'person',
  'man',
  'woman',
  'child',
  'year',
  'month',
  'day',
  'week',
  'hour',
  'minute',
  'time',
  'percent',
  '%',
  'dollar',
  'pound',
  'euro',
  'member',
  'other',
  'one',
  'fraction',
]);

/** Two counts are of the same thing: the same unit and what it is of, the same owner, a compatible time frame. */
function sameCounted(a: ClaimKey, ca: Count, b: ClaimKey, cb: Count, similarity: number): boolean {
  if (ca.thing !== cb.thing) return false;
  if (!yearsCompatible(a.years, b.years)) return false;
  // "Dalvik Mining's Sarn pit" and "Dalvik Mining … at its Sarn pit" share an owner; "Velmar Steel's Orlen plant" and its Sarn plant do not.
  // One side's owner is among those the other names before its count, and the other's is in the first's clause
  // ("The Velorian army lost 120 tanks in the Karsk offensive" is not the Karsk army's 40 in the Velorian one).
  if (ca.owner && cb.owner) {
    return (overlaps(ca.owner, cb.before) && overlaps(cb.owner, ca.clause)) || (overlaps(cb.owner, ca.before) && overlaps(ca.owner, cb.clause));
  }
  if (ca.owner || cb.owner) return false;
  // Nobody owns either count: the claims must share an actor, and a generic unit needs close wording too.
  if (!overlaps(a.actorKeys, b.actorKeys) && similarity < 0.3) return false;
  return !GENERIC_UNITS.has(ca.unit) || ca.thing.includes(' ') || similarity >= 0.3;
}

function sharedTriple(a: ClaimKey, b: ClaimKey): [Triple, Triple] | null {
  let found: [Triple, Triple] | null = null;
  for (const ta of a.triples) {
    for (const tb of b.triples) {
      if (ta.predicate !== tb.predicate || !overlaps(ta.subject, tb.subject) || !overlaps(ta.object, tb.object)) continue;
      // Relations the stage found outrank triples read off the words.
      if (!found || (ta.fromRelation && tb.fromRelation && !(found[0].fromRelation && found[1].fromRelation))) found = [ta, tb];
    }
  }
  return found;
}

/** "supports(pakistan, hamas)", or both sides when the actors were matched through an alias. */
function describeTriples([ta, tb]: [Triple, Triple]): string {
  const one = (triple: Triple) => `${triple.negated ? 'NOT ' : ''}${triple.predicate}(${triple.subjectName}, ${triple.objectName})`;
  return one(ta) === one(tb) || (ta.subjectName === tb.subjectName && ta.objectName === tb.objectName) ? one(ta) : `${one(ta)} ~ ${one(tb)}`;
}

function evidenceOf(a: ClaimKey, b: ClaimKey, extra: Partial<LinkEvidence> = {}): LinkEvidence {
  const entities = a.actors.filter((actor) => overlaps(actor.keys, b.actorKeys)).map((actor) => actor.name);
  const dates = shared(a.years, b.years);
  for (const time of a.claim.times) if (b.claim.times.some((other) => other.value === time.value) && !dates.includes(time.value)) dates.push(time.value);
  return { entities: [...new Set(entities)], numbers: [], dates, ...extra };
}

/**
 * How two claims relate, if at all: the same claim again (`repeats`), the same claim from an
 * independent source (`corroborates`), or incompatible numbers, a negated relation or different
 * dates for the same thing (`contradicts`). Two claims are about the same thing only when they share
 * the subject (or the counted thing with its owner), the predicate or unit, and a compatible time
 * frame; a contradiction needs all three. Independence means a different outlet, no shared author
 * and no shared named source; near-verbatim text across outlets counts as copied. Each link keeps
 * its evidence: the actors, numbers and dates that matched.
 */
/** Two claims in the same words, reading the same numbers and dates out of them (a copy, or a sentence said again). */
export function sameWording(a: LinkableClaim, b: LinkableClaim): boolean {
  if (a.text !== b.text || a.quantities.length !== b.quantities.length || a.times.length !== b.times.length) return false;
  return JSON.stringify(a.quantities) === JSON.stringify(b.quantities) && JSON.stringify(a.times) === JSON.stringify(b.times);
}

export function compareClaims(a: ClaimKey, b: ClaimKey): Link | null {
  const ca = a.claim;
  const cb = b.claim;
  if (ca.id === cb.id) return null;
  const similarity = jaccard(a.lemmas, b.lemmas);
  const link = (kind: Link['kind'], reason: string, evidence: LinkEvidence, strength: Link['strength'] = 'normal'): Link => ({ kind, claims: [ca.id, cb.id], reason, strength, evidence });
  // The same words with the same numbers and dates (a story run again by another outlet) are one claim:
  // it never contradicts itself, though two counts inside it may pair up with each other's copies.
  const verbatim = sameWording(ca, cb);

  // Numbers: the same thing counted, of the same owner, in a compatible time frame, with intervals that cannot both hold.
  for (const qa of verbatim ? [] : a.counts) {
    for (const qb of b.counts) {
      if (qa.unit !== qb.unit || !qa.interval || !qb.interval || intervalsOverlap(qa.interval, qb.interval)) continue;
      // Without an owner on either side, the names around the counts must not differ ("the Sarn concert", "the Holm concert").
      if (!sameCounted(a, qa, b, qb, similarity) || (!qa.owner && differentNames(a, b)) || !samePredicate(a, b, qa.unit)) continue;
      const owner = qa.ownerName ? ` of ${qa.ownerName}` : '';
      return link(
        'contradicts',
        `incompatible numbers for ${qa.quantity.unit}${owner}: “${qa.quantity.text}” (${describeInterval(qa.interval)}) against “${qb.quantity.text}” (${describeInterval(qb.interval)})`,
        evidenceOf(a, b, { numbers: [qa.quantity.text, qb.quantity.text] }),
      );
    }
  }

  const triple = sharedTriple(a, b);
  if (triple) {
    const [ta, tb] = triple;
    const relation = describeTriples(triple);
    // Only a relation the stage read, with its negation, can contradict; never a conditional one or in another year.
    if (!verbatim && ta.negated !== tb.negated && ta.fromRelation && tb.fromRelation && !ta.conditional && !tb.conditional && yearsCompatible(a.years, b.years)) {
      return link('contradicts', `one claim asserts ${ta.predicate} between the same two actors and the other denies it: ${quote(ca.text)} against ${quote(cb.text)}`, evidenceOf(a, b, { relation }));
    }
  }
  const sameSubject = overlaps(a.actorKeys, b.actorKeys);
  const unnamed = a.actorKeys.size === 0 && b.actorKeys.size === 0;
  if (!verbatim && (sameSubject || unnamed) && !differentNames(a, b) && (similarity >= 0.5 || (triple && triple[0].negated === triple[1].negated))) {
    const days = (claim: LinkableClaim) => claim.times.filter((time) => /^\d{4}-\d{2}-\d{2}$/.test(time.value));
    const da = days(ca);
    const db = days(cb);
    if (da.length > 0 && db.length > 0 && !da.some((time) => db.some((other) => other.value === time.value))) {
      return link('contradicts', `incompatible dates: “${da[0].text}” (${da[0].value}) against “${db[0].text}” (${db[0].value})`, evidenceOf(a, b, { dates: [da[0].value, db[0].value] }));
    }
  }

  // The same claim: near-identical lemmas, the same relation between the same actors, or the same count of the same thing.
  // A relation asserted on one side and denied on the other is never the same claim.
  if (triple && triple[0].negated !== triple[1].negated) return null;
  const sameRelation = triple !== null && !triple[0].conditional && !triple[1].conditional && yearsCompatible(a.years, b.years);
  const sameThing = !differentNames(a, b) && !numbersDiffer(a, b) && yearsCompatible(a.years, b.years);
  const agreeing = a.counts.flatMap((qa) =>
    b.counts.filter((qb) => qb.quantity.value === qa.quantity.value && qb.unit === qa.unit && sameCounted(a, qa, b, qb, similarity)).map((qb) => [qa, qb] as const),
  );
  const numbersAgree = sameThing && agreeing.length > 0 && jaccard(a.predicateWords, b.predicateWords) >= 0.3;
  // Both give numbers and none agrees: "18,000 nurses" and "4,000 teachers" are not one claim.
  const countsClash = a.counts.length > 0 && b.counts.length > 0 && agreeing.length === 0;
  // A paraphrase names the same actors in what it claims, or one side names none there (sources aside).
  const namesAgree = overlaps(a.names, b.names) || a.names.size === 0 || b.names.size === 0;
  // "trained" and "never trained" share their words, not their claim.
  const negated = (key: ClaimKey) => NEGATED.test(key.claim.text);
  const paraphrase = sameThing && !countsClash && similarity >= 0.55 && namesAgree && negated(a) === negated(b);
  if (!paraphrase && !sameRelation && !numbersAgree && !verbatim) return null;

  const evidence = evidenceOf(a, b, {
    ...(agreeing.length > 0 ? { numbers: [agreeing[0][0].quantity.text, agreeing[0][1].quantity.text] } : {}),
    ...(sameRelation ? { relation: describeTriples(triple!) } : {}),
    words: shared(a.lemmas, b.lemmas).slice(0, 12),
  });
  const copied = verbatim || (jaccard(a.allWords, b.allWords) >= 0.8 && jaccard(a.bigrams, b.bigrams) >= 0.6);
  const how = copied ? 'near-verbatim' : paraphrase ? 'the same claim' : sameRelation ? `the same relation (${triple![0].predicate})` : 'the same count of the same thing';
  if (ca.document === cb.document) return link('repeats', `${how}, said again within one article`, evidence);
  if (ca.outlet && cb.outlet && ca.outlet.toLowerCase() === cb.outlet.toLowerCase()) return link('repeats', `${how}, again from the same outlet (${ca.outlet})`, evidence);
  const author = ca.authors.find((name) => cb.authors.includes(name));
  if (author) return link('repeats', `${how}, again by the same author (${author})`, evidence);
  if (copied) return link('repeats', `near-verbatim text in two outlets (${ca.outlet ?? 'unknown'}, ${cb.outlet ?? 'unknown'}): likely copied from a wire or syndicated`, evidence);
  const sharedSource = [...namedSources(ca)].find((source) => namedSources(cb).has(source));
  if (sharedSource) return link('repeats', `${how}, resting on the same named source (${sharedSource}), so not independent`, evidence);
  if (!ca.outlet || !cb.outlet) {
    return link('corroborates', `${how} in another article, but an outlet is unknown, so independence is not established: weak corroboration`, evidence, 'weak');
  }
  const outlets = `${ca.outlet} and ${cb.outlet}`;
  if (allAnonymous(ca) && allAnonymous(cb)) {
    return link('corroborates', `${how} in ${outlets}, but every source is anonymous: weak corroboration`, evidence, 'weak');
  }
  return link('corroborates', `${how} in ${outlets}, from different sources`, evidence);
}
