/**
 * A claim's comparison key (`ClaimKey`) as JSON text and back, so a corpus can keep each claim's key
 * ready instead of making it again (words, lemmas, actors, counts) every time the claim is a
 * candidate for a new one. Unpacking only rebuilds sets from arrays: a fraction of what `claimKey`
 * costs. The packed form holds everything `compareClaims` reads; `unpackClaimKey(packClaimKey(key))`
 * compares exactly as `key` does (a test holds it over many pairs).
 *
 * It comes in two parts: the claim itself (ids, outlet, authors, text) and the body read off it
 * (words, actors, triples, counts). Copies of one text (a wire story run by many outlets) have the
 * same body, so a corpus can keep the body once and unpack it once for all the copies.
 */
import type { ClaimKey } from './compare.js';
import type { Interval } from './numbers.js';

type Triple = ClaimKey['triples'][number];
type Count = ClaimKey['counts'][number];

/** What a key holds besides its claim; unpacked once, it may serve every claim with the same body (nothing in it is changed after). */
export type KeyBody = Omit<ClaimKey, 'claim' | 'counts'> & { counts: Array<Omit<Count, 'quantity'> & { quantity: number }> };

/** A key in two JSON texts: the claim, and the body read off it. */
export interface PackedClaimKey {
  claim: string;
  body: string;
}

/** Sets as arrays; a count's quantity as its index among the claim's quantities; an interval as four values (an infinite end as null). */
interface PackedBody {
  w: string[];
  aw: string[];
  p: string[];
  e: string[];
  l: string[];
  a: Array<[string[], string, number]>;
  ak: string[];
  t: Array<[string, string[], string[], string, string, boolean, boolean, boolean]>;
  n: Array<[number, string, string, string[] | null, string[], string[], string | null, PackedInterval | null]>;
  y: string[];
  nm: string[];
  b: string[];
  pw: string[];
}

type PackedInterval = [number | null, number | null, boolean, boolean];

const packInterval = (interval: Interval): PackedInterval => [
  Number.isFinite(interval.low) ? interval.low : null,
  Number.isFinite(interval.high) ? interval.high : null,
  interval.lowOpen,
  interval.highOpen,
];
const unpackInterval = ([low, high, lowOpen, highOpen]: PackedInterval): Interval => ({ low: low ?? -Infinity, high: high ?? Infinity, lowOpen, highOpen });

export function packClaimKey(key: ClaimKey): PackedClaimKey {
  return { claim: JSON.stringify(key.claim), body: packBody(key) };
}

/** The body of a key (what is read off the claim's text) as JSON text. */
export function packBody(key: ClaimKey): string {
  const body: PackedBody = {
    w: [...key.words],
    aw: [...key.allWords],
    p: [...key.proper],
    e: [...key.entities],
    l: [...key.lemmas],
    a: key.actors.map((actor) => [[...actor.keys], actor.name, actor.start]),
    ak: [...key.actorKeys],
    t: key.triples.map((triple) => [triple.predicate, [...triple.subject], [...triple.object], triple.subjectName, triple.objectName, triple.negated, triple.conditional, triple.fromRelation]),
    n: key.counts.map((count) => [
      key.claim.quantities.indexOf(count.quantity),
      count.unit,
      count.thing,
      count.owner ? [...count.owner] : null,
      [...count.clause],
      [...count.before],
      count.ownerName,
      count.interval ? packInterval(count.interval) : null,
    ]),
    y: [...key.years],
    nm: [...key.names],
    b: [...key.bigrams],
    pw: [...key.predicateWords],
  };
  return JSON.stringify(body);
}

export function unpackBody(json: string): KeyBody {
  const packed = JSON.parse(json) as PackedBody;
  return {
    words: new Set(packed.w),
    allWords: new Set(packed.aw),
    proper: new Set(packed.p),
    entities: new Set(packed.e),
    lemmas: new Set(packed.l),
    actors: packed.a.map(([keys, name, start]) => ({ keys: new Set(keys), name, start })),
    actorKeys: new Set(packed.ak),
    triples: packed.t.map(([predicate, subject, object, subjectName, objectName, negated, conditional, fromRelation]): Triple => ({
      predicate,
      subject: new Set(subject),
      object: new Set(object),
      subjectName,
      objectName,
      negated,
      conditional,
      fromRelation,
    })),
    counts: packed.n.map(([quantity, unit, thing, owner, clause, before, ownerName, interval]) => ({
      quantity,
      unit,
      thing,
      owner: owner ? new Set(owner) : null,
      clause: new Set(clause),
      before: new Set(before),
      ownerName,
      interval: interval ? unpackInterval(interval) : null,
    })),
    years: new Set(packed.y),
    names: new Set(packed.nm),
    bigrams: new Set(packed.b),
    predicateWords: new Set(packed.pw),
  };
}

/** The key of one claim from its body (which may be shared with other claims of the same text). */
export function keyOf(claim: ClaimKey['claim'], body: KeyBody): ClaimKey {
  return { ...body, claim, counts: body.counts.map((count): Count => ({ ...count, quantity: claim.quantities[count.quantity] })) };
}

export const unpackClaimKey = (packed: PackedClaimKey): ClaimKey => keyOf(JSON.parse(packed.claim) as ClaimKey['claim'], unpackBody(packed.body));
