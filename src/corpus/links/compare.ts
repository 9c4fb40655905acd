import type { Link, LinkEvidence } from '../../core/annotations.js';
import { relationVocabulary } from '../../pipeline/stages/relations/vocabulary.js';
import { actorKeys, actorsOf, type Actor } from './aliases.js';
import { countsOf, yearsCompatible, yearsOf, type Count } from './frame.js';
import { lemma } from './lemma.js';
import type { LinkableClaim } from './linkable.js';
import { describeInterval, intervalsOverlap } from './numbers.js';

const STOPWORDS = new Set(
  'a an the and or but of to in on at by for from with as is are was were be been being has have had it its this that these those which who whom whose their there they them he she his her we our you your i not no said says say told according also than then so such into over under about after before while during'.split(' '),
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
      fromRelation: false,
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
    counts: countsOf(claim, actors),
    years: yearsOf(claim),
  };
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
const GENERIC_UNITS = new Set(['people', 'person', 'man', 'woman', 'child', 'year', 'month', 'day', 'week', 'hour', 'minute', 'time', 'percent', '%', 'dollar', 'pound', 'euro', 'member', 'other', 'one']);

/** Two counts are of the same thing: the same unit and what it is of, the same owner, a compatible time frame. */
function sameCounted(a: ClaimKey, ca: Count, b: ClaimKey, cb: Count, similarity: number): boolean {
  if (ca.thing !== cb.thing) return false;
  if (!yearsCompatible(a.years, b.years)) return false;
  if (ca.owner && cb.owner) return overlaps(ca.owner, cb.owner);
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
export function compareClaims(a: ClaimKey, b: ClaimKey): Link | null {
  const ca = a.claim;
  const cb = b.claim;
  if (ca.id === cb.id) return null;
  const similarity = jaccard(a.lemmas, b.lemmas);
  const link = (kind: Link['kind'], reason: string, evidence: LinkEvidence, strength: Link['strength'] = 'normal'): Link => ({ kind, claims: [ca.id, cb.id], reason, strength, evidence });

  // Numbers: the same thing counted, of the same owner, in a compatible time frame, with intervals that cannot both hold.
  for (const qa of a.counts) {
    for (const qb of b.counts) {
      if (qa.unit !== qb.unit || !qa.interval || !qb.interval || intervalsOverlap(qa.interval, qb.interval)) continue;
      if (!sameCounted(a, qa, b, qb, similarity)) continue;
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
    if (ta.negated !== tb.negated && ta.fromRelation && tb.fromRelation && !ta.conditional && !tb.conditional && yearsCompatible(a.years, b.years)) {
      return link('contradicts', `one claim asserts ${ta.predicate} between the same two actors and the other denies it: ${quote(ca.text)} against ${quote(cb.text)}`, evidenceOf(a, b, { relation }));
    }
  }
  const sameSubject = overlaps(a.actorKeys, b.actorKeys);
  if (sameSubject && (similarity >= 0.5 || (triple && triple[0].negated === triple[1].negated))) {
    const days = (claim: LinkableClaim) => claim.times.filter((time) => /^\d{4}-\d{2}-\d{2}$/.test(time.value));
    const da = days(ca);
    const db = days(cb);
    if (da.length > 0 && db.length > 0 && !da.some((time) => db.some((other) => other.value === time.value))) {
      return link('contradicts', `incompatible dates: “${da[0].text}” (${da[0].value}) against “${db[0].text}” (${db[0].value})`, evidenceOf(a, b, { dates: [da[0].value, db[0].value] }));
    }
  }

  // The same claim: near-identical lemmas, the same relation between the same actors, or the same count of the same thing.
  const agreeing = a.counts.flatMap((qa) => b.counts.filter((qb) => qb.quantity.value === qa.quantity.value && qb.unit === qa.unit && sameCounted(a, qa, b, qb, similarity)).map((qb) => [qa, qb] as const));
  const numbersAgree = agreeing.length > 0 && (similarity >= 0.3 || sameSubject || shared(a.lemmas, b.lemmas).length >= 3);
  const sameRelation = triple !== null && triple[0].negated === triple[1].negated && !triple[0].conditional && !triple[1].conditional && yearsCompatible(a.years, b.years);
  const paraphrase = similarity >= 0.55 && (sameSubject || a.actorKeys.size === 0 || b.actorKeys.size === 0) && yearsCompatible(a.years, b.years);
  if (!paraphrase && !sameRelation && !numbersAgree) return null;

  const evidence = evidenceOf(a, b, {
    ...(agreeing.length > 0 ? { numbers: [agreeing[0][0].quantity.text, agreeing[0][1].quantity.text] } : {}),
    ...(sameRelation ? { relation: describeTriples(triple!) } : {}),
    words: shared(a.lemmas, b.lemmas).slice(0, 12),
  });
  const copied = jaccard(a.allWords, b.allWords) >= 0.8;
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
