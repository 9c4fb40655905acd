import type { Link } from '../../core/annotations.js';
import type { LinkableClaim } from './linkable.js';
import { describeInterval, intervalOf, intervalsOverlap, unitKey } from './numbers.js';

const STOPWORDS = new Set(
  'a an the and or but of to in on at by for from with as is are was were be been being has have had it its this that these those which who whom whose their there they them he she his her we our you your i not no said says say told according also than then so such into over under about after before while during'.split(' '),
);

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
}

function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = match[0].replace(/[’']s$/, '');
    if (word.length > 1 && !STOPWORDS.has(word)) words.add(word);
  }
  return words;
}

export function claimKey(claim: LinkableClaim): ClaimKey {
  const allWords = contentWords(claim.text);
  const sourceWords = new Set<string>();
  for (const level of claim.sources) if (level.source) for (const word of contentWords(level.source)) sourceWords.add(word);
  const words = new Set([...allWords].filter((word) => !sourceWords.has(word)));
  const proper = new Set<string>();
  for (const match of claim.text.matchAll(/(?<=[\p{L}\p{N},;:]\s+)\p{Lu}[\p{L}’'-]*/gu)) proper.add(match[0].toLowerCase().replace(/[’']s$/, ''));
  return { claim, words, allWords, proper, entities: new Set(claim.entities) };
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const shared = sharedCount(a, b);
  return shared / (a.size + b.size - shared);
}

const CONDITIONAL = new Set(['if', 'unless', 'whether']);
const quote = (text: string) => `“${text.length > 90 ? `${text.slice(0, 87)}…` : text}”`;

function namedSources(claim: LinkableClaim): Set<string> {
  return new Set(claim.sources.filter((level) => level.kind === 'named' && level.source).map((level) => level.source!.toLowerCase().replace(/^(?:the|he|she)\s+/, '')));
}

const allAnonymous = (claim: LinkableClaim) => claim.sources.every((level) => level.kind === 'anonymous');

/** Things counted in every other story: two counts of them need more than a shared name to be about the same thing. */
export const GENERIC_UNITS = new Set(['people', 'person', 'men', 'women', 'children', 'year', 'month', 'day', 'week', 'hour', 'minute', 'time', 'percent', '%', 'dollar', 'pound', 'euro', 'member', 'other', 'one']);

function numberConflict(a: LinkableClaim, b: LinkableClaim, closeWording: boolean): string | null {
  for (const qa of a.quantities) {
    const unit = unitKey(qa.unit);
    const ia = intervalOf(qa);
    if (!unit || !ia || (GENERIC_UNITS.has(unit) && !closeWording)) continue;
    for (const qb of b.quantities) {
      if (unitKey(qb.unit) !== unit) continue;
      const ib = intervalOf(qb);
      if (ib && !intervalsOverlap(ia, ib)) {
        return `incompatible numbers for ${qa.unit}: “${qa.text}” (${describeInterval(ia)}) against “${qb.text}” (${describeInterval(ib)})`;
      }
    }
  }
  return null;
}

function sameNumbers(a: LinkableClaim, b: LinkableClaim): boolean {
  return a.quantities.some((qa) => qa.value !== null && b.quantities.some((qb) => qb.value === qa.value && unitKey(qb.unit) === unitKey(qa.unit)));
}

type RelationPair = [LinkableClaim['relations'][number], LinkableClaim['relations'][number]];

function sharedRelation(a: LinkableClaim, b: LinkableClaim): RelationPair | null {
  for (const ra of a.relations) {
    for (const rb of b.relations) {
      if (ra.predicate === rb.predicate && ra.subject === rb.subject && ra.object === rb.object) return [ra, rb];
    }
  }
  return null;
}

function dateConflict(a: LinkableClaim, b: LinkableClaim): string | null {
  const days = (claim: LinkableClaim) => claim.times.filter((time) => /^\d{4}-\d{2}-\d{2}$/.test(time.value));
  const da = days(a);
  const db = days(b);
  if (da.length === 0 || db.length === 0) return null;
  if (da.some((time) => db.some((other) => other.value === time.value))) return null;
  return `incompatible dates: “${da[0].text}” (${da[0].value}) against “${db[0].text}” (${db[0].value})`;
}

/**
 * How two claims relate, if at all: the same claim again (`repeats`), the same claim from an
 * independent source (`corroborates`), or incompatible numbers, a negated relation or different
 * dates for the same thing (`contradicts`). Independence means a different outlet, no shared
 * author and no shared named source; near-verbatim text across outlets counts as copied.
 */
export function compareClaims(a: ClaimKey, b: ClaimKey): Link | null {
  const ca = a.claim;
  const cb = b.claim;
  if (ca.id === cb.id) return null;
  const similarity = jaccard(a.words, b.words);
  const entities = sharedCount(a.entities, b.entities);
  const relation = sharedRelation(ca, cb);
  // Counts conflict only for the same thing counted ("fighters") about the same actors.
  if (entities >= 1 || sharedCount(a.proper, b.proper) >= 1 || similarity >= 0.25) {
    const numbers = numberConflict(ca, cb, similarity >= 0.3 || (entities >= 1 && similarity >= 0.2));
    if (numbers) return { kind: 'contradicts', claims: [ca.id, cb.id], reason: numbers, strength: 'normal' };
  }
  // The same count of the same thing, in sentences sharing three words ("at least 14 people were killed").
  const numbersAgree = sameNumbers(ca, cb) && (similarity >= 0.3 || entities >= 1 || sharedCount(a.words, b.words) >= 3);
  const sameTopic = similarity >= 0.5 || numbersAgree || relation !== null || (entities >= 1 && similarity >= 0.25) || (entities >= 2 && similarity >= 0.15);
  if (!sameTopic) return null;
  const link = (kind: Link['kind'], reason: string, strength: Link['strength'] = 'normal'): Link => ({ kind, claims: [ca.id, cb.id], reason, strength });

  if (relation) {
    const [ra, rb] = relation;
    const conditional = [...ra.hedges, ...rb.hedges].some((hedge) => CONDITIONAL.has(hedge.toLowerCase()));
    if (ra.negated !== rb.negated && !conditional) {
      return link('contradicts', `one claim asserts ${ra.predicate} between the same two actors and the other denies it: ${quote(ca.text)} against ${quote(cb.text)}`);
    }
  }
  if (similarity >= 0.5 || relation) {
    const dates = dateConflict(ca, cb);
    if (dates) return link('contradicts', dates);
  }

  const sameClaim = similarity >= 0.6 || (relation !== null && relation[0].negated === relation[1].negated) || numbersAgree;
  if (!sameClaim) return null;
  const copied = jaccard(a.allWords, b.allWords) >= 0.8;
  const how = copied ? 'near-verbatim' : relation ? `the same relation (${relation[0].predicate})` : 'the same claim';
  if (ca.document === cb.document) return link('repeats', `${how}, said again within one article`);
  if (ca.outlet && cb.outlet && ca.outlet.toLowerCase() === cb.outlet.toLowerCase()) return link('repeats', `${how}, again from the same outlet (${ca.outlet})`);
  const author = ca.authors.find((name) => cb.authors.includes(name));
  if (author) return link('repeats', `${how}, again by the same author (${author})`);
  if (copied) return link('repeats', `near-verbatim text in two outlets (${ca.outlet ?? 'unknown'}, ${cb.outlet ?? 'unknown'}): likely copied from a wire or syndicated`);
  const sharedSource = [...namedSources(ca)].find((source) => namedSources(cb).has(source));
  if (sharedSource) return link('repeats', `${how}, resting on the same named source (${sharedSource}), so not independent`);
  if (!ca.outlet || !cb.outlet) {
    return link('corroborates', `${how} in another article, but an outlet is unknown, so independence is not established: weak corroboration`, 'weak');
  }
  const outlets = `${ca.outlet} and ${cb.outlet}`;
  if (allAnonymous(ca) && allAnonymous(cb)) {
    return link('corroborates', `${how} in ${outlets}, but every source is anonymous: weak corroboration`, 'weak');
  }
  return link('corroborates', `${how} in ${outlets}, from different sources`);
}
