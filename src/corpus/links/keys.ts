import { GENERIC_UNITS, type ClaimKey } from './compare.js';
import { unitKey } from './numbers.js';

/**
 * The keys a claim is filed under for link-finding. Two claims are compared only when they share a
 * key, and whether they share one depends on the two claims alone, so the links of a set of
 * articles do not depend on the order they arrive in (on either store), and each new claim costs
 * the size of its keys' buckets, not the size of the corpus. Each key covers one way
 * `compareClaims` can find two claims alike:
 *  - `r:` the same relation between the same actors (asserted or denied); `t:` the same for triples
 *    read off the words, under every name of their actors;
 *  - `n:` the same count of the same thing (small counts of generic things, "two people", only with a shared actor);
 *  - `u:` a count of the same specific thing ("fighters") about the same actor, for contradictions;
 *  - `b:` MinHash bands over the claim's content words, so that wordings overlapping by half almost
 *    usually meet: the probability is 0.88 at a Jaccard overlap of 0.5, 0.98 at 0.6 (where
 *    `compareClaims` starts to call two wordings the same claim), 0.99999 at 0.8, and 0.016 at 0.1.
 */
export function linkKeys(key: ClaimKey): string[] {
  const keys = new Set<string>();
  const claim = key.claim;
  // Bands over lemmas: what compareClaims measures a paraphrase by ("backs" and "backed" meet).
  const minima = minhash(key.lemmas);
  const anchors = [...key.entities, ...[...key.proper].map((word) => `w:${word}`)];
  for (const relation of claim.relations) keys.add(`r:${relation.subject}|${relation.predicate}|${relation.object}`);
  // Triples read off the words, under every name their actors answer to (aliases, owning country):
  // "Pakistan's spy agency backs Hamas" meets "Pakistan supports Hamas".
  for (const triple of key.triples) {
    for (const subject of triple.subject) for (const object of triple.object) keys.add(`t:${triple.predicate}|${subject}|${object}`);
  }
  for (const quantity of claim.quantities) {
    const unit = unitKey(quantity.unit);
    if (!unit) continue;
    const generic = GENERIC_UNITS.has(unit);
    if (quantity.value !== null && Number.isFinite(quantity.value)) {
      // "two people" is in every other story: a small count of a generic thing needs a shared actor too.
      if (!generic || quantity.value >= SMALL_COUNT) keys.add(`n:${unit}|${quantity.value}`);
      else for (const anchor of anchors) keys.add(`n:${unit}|${quantity.value}|${anchor}`);
    }
    if (generic) continue;
    for (const anchor of anchors) keys.add(`u:${unit}|${anchor}`);
    // Wordings a quarter or a third alike with no shared actor ("the militia had used the depots to
    // store nearly 3,000 rifles" / "... no more than 300 rifles"): bands of two words within the
    // thing counted (0.65 at a third alike). Not for money: "$3bn" and "$5bn" share words with
    // thousands of business claims, and that bucket would grow with the corpus.
    if (!CURRENCIES.has(unit)) for (const band of bands(minima, UNIT_BANDS, 2)) keys.add(`u:${unit}|${band}`);
  }
  for (const band of bands(minima, BANDS, ROWS)) keys.add(band);
  return [...keys];
}

const SMALL_COUNT = 10;
// Three words per band: two unrelated claims rarely share three minimum hashes, so a band's bucket
// stays small as the corpus grows (two words per band gave buckets of hundreds at 1,200 articles).
const BANDS = 16;
const ROWS = 3;
const UNIT_BANDS = 8;
/** Currency codes as unitKey gives them: amounts of money are counted in every business story. */
const CURRENCIES = new Set(['usd', 'gbp', 'eur', 'jpy', 'cny', 'inr', 'rub', 'chf', 'cad', 'aud']);
const SEEDS = Array.from({ length: BANDS * ROWS }, (_, index) => Math.imul(index + 1, 0x9e3779b1) >>> 0);

/** FNV-1a over UTF-16 units: a fast 32-bit hash, the same on every machine. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/** murmur3's finaliser: spreads one word hash into an independent-looking hash per seed. */
function mix(value: number, seed: number): number {
  let x = (value ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The minimum hash of the words under each seed (MinHash): two sets agree at a seed with probability equal to their Jaccard overlap. */
function minhash(words: Set<string>): Uint32Array | null {
  if (words.size === 0) return null;
  const minima = new Uint32Array(SEEDS.length).fill(0xffffffff);
  for (const word of words) {
    const hash = fnv1a(word);
    for (let index = 0; index < SEEDS.length; index++) {
      const value = mix(hash, SEEDS[index]);
      if (value < minima[index]) minima[index] = value;
    }
  }
  return minima;
}

function bands(minima: Uint32Array | null, count: number, rows: number): string[] {
  if (!minima) return [];
  const found: string[] = [];
  for (let band = 0; band < count; band++) found.push(`b${rows}.${band}:${minima.subarray(band * rows, band * rows + rows).join('.')}`);
  return found;
}

/** A link key as the store indexes it: a 53-bit number (a bounded index entry, however long the names in the key). */
export function keyHash(key: string): number {
  return (fnv1a(key) % 0x200000) * 0x100000000 + fnv1a(key, 0x01234567);
}
