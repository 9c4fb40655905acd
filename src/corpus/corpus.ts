import type { Analysis } from '../core/analysis.js';
import type { Entity, Link } from '../core/annotations.js';
import { HashMultimap } from './hash-multimap.js';
import { MemoryShelf, type ClaimShelf } from './claim-shelf.js';
import { RecentCache } from './recent-cache.js';
import { blocksOf, planMerges, type IndexedName, type MergeCandidate } from './entities.js';
import { claimKey, keyHash, linkBetween, linkKeys, linkableClaims, type ClaimKey, type LinkableClaim } from './links/index.js';
import { sameWording } from './links/compare.js';
import { keyOf, packClaimKey, unpackBody, unpackClaimKey, type KeyBody, type PackedClaimKey } from './links/packed-key.js';

/**
 * What cross-article work needs to read of the articles seen before: the names filed under some
 * blocks, the actor already recorded for some entity ids, and the claims filed under some link
 * keys. The store answers it with indexed queries inside its write transaction; `MemoryCorpus`
 * answers it from maps. Every question is about one article's own names and keys, so its cost does
 * not grow with the corpus.
 */
export interface CorpusLookup {
  namesUnder(blocks: string[]): Promise<IndexedName[]>;
  canonicalIds(ids: string[]): Promise<Map<string, string>>;
  /**
   * Claims of other documents than `document` filed under any of these key hashes, each with its
   * comparison key (kept with the claim, so not made again) and the hashes it is filed under (of those asked).
   */
  keysUnder(hashes: number[], document: string): Promise<Array<{ key: ClaimKey; hashes: number[] }>>;
}

/** One claim prepared for link-finding: its comparison key, the hashes of its link keys, and the key as JSON when it was made elsewhere. */
export interface PreparedClaim {
  key: ClaimKey;
  hashes: number[];
  packed?: PackedClaimKey;
}

/** An article's claims prepared for link-finding: the costly part of cross-article work that needs nothing but the article. */
export function prepareClaims(analysis: Analysis): PreparedClaim[] {
  return linkableClaims(analysis).map((claim) => {
    const key = claimKey(claim);
    return { key, hashes: [...new Set(linkKeys(key).map(keyHash))] };
  });
}

/** Prepared claims as an analysis thread sends them (the key as JSON), for the thread that does cross-article work. */
export type PackedPrepared = Array<{ packed: PackedClaimKey; hashes: number[] }>;
export const packPrepared = (prepared: PreparedClaim[]): PackedPrepared => prepared.map(({ key, hashes }) => ({ packed: packClaimKey(key), hashes }));
export const unpackPrepared = (packed: PackedPrepared): PreparedClaim[] => packed.map(({ packed, hashes }) => ({ key: unpackClaimKey(packed), hashes, packed }));

/** What one article adds to the corpus: to be saved as given. */
export interface CorpusAdditions {
  /** Each of the article's entity ids, mapped to the actor it is (its own id when new). */
  canonical: Map<string, string>;
  names: IndexedName[];
  candidates: MergeCandidate[];
  linkables: LinkableClaim[];
  /** The same claims prepared for link-finding, in the same order. */
  prepared: PreparedClaim[];
  /** Link-key hashes of each of the article's claims that later claims are to meet: every claim but the copies of a filed one. */
  claimKeys: Array<{ claim: string; hash: number }>;
  /** Links among the article's claims and to earlier articles' claims. */
  links: Link[];
}

const byClaimId = (a: ClaimKey, b: ClaimKey) => (a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0);

/**
 * Merges one article's entities into the known actors and finds its links: the one home of cross-article work.
 * `prepared` is the article's `prepareClaims`, when an analysis thread has made it already.
 */
export async function crossArticleWork(analysis: Analysis, lookup: CorpusLookup, prepared: PreparedClaim[] = prepareClaims(analysis)): Promise<CorpusAdditions> {
  const known = await lookup.canonicalIds(analysis.entities.map((entity) => entity.id));
  const filed = await lookup.namesUnder(blocksOf(analysis.entities));
  const plan = planMerges(analysis.entities, (id) => known.get(id), filed);

  const keyed = prepared;
  const allHashes = [...new Set(keyed.flatMap((item) => item.hashes))];
  // Which earlier claims share a key with which new claim.
  const holders = new Map<number, ClaimKey[]>();
  const file = (key: ClaimKey, hashes: number[]) => {
    for (const hash of hashes) (holders.get(hash) ?? holders.set(hash, []).get(hash)!).push(key);
  };
  for (const { key, hashes } of await lookup.keysUnder(allHashes, analysis.document.id)) file(key, hashes);
  const links: Link[] = [];
  const keptUnderKeys: PreparedClaim[] = [];
  for (const item of keyed) {
    const { key, hashes } = item;
    const candidates = new Set<ClaimKey>();
    for (const hash of hashes) for (const other of holders.get(hash) ?? []) candidates.add(other);
    let copy = false;
    for (const other of [...candidates].sort(byClaimId)) {
      const link = linkBetween(other, key);
      if (!link) continue;
      links.push(link);
      copy ||= isCopy(link, other, key);
    }
    if (copy) continue;
    file(key, hashes);
    keptUnderKeys.push(item);
  }
  return {
    canonical: plan.canonical,
    names: plan.names,
    candidates: plan.candidates,
    linkables: keyed.map(({ key }) => key.claim),
    prepared: keyed,
    claimKeys: keptUnderKeys.flatMap(({ key, hashes }) => hashes.map((hash) => ({ claim: key.claim.id, hash }))),
    links,
  };
}

/**
 * A claim that says word for word what a filed claim says, on the same sources and dates, and is linked
 * to it as a repeat (a wire story run by another outlet, a sentence said twice) is a copy: it keeps its
 * `repeats` link to the claim it copies and the links a comparison gives it now, but it is not filed
 * under its link keys, so later claims meet the first of the copies only. Copies are not independent
 * evidence, and a story run by many outlets then costs each later claim one comparison, not one per
 * copy: adding an article costs the same however many copies came before.
 */
function isCopy(link: Link, other: ClaimKey, key: ClaimKey): boolean {
  return link.kind === 'repeats' && sameWording(other.claim, key.claim) && JSON.stringify(other.claim.sources) === JSON.stringify(key.claim.sources);
}

/** How many unpacked key bodies the corpus keeps at hand: the copies of one text meet a new claim together. */
const BODY_CACHE = 4096;

/**
 * The corpus of one `analyze` run, in memory: only what cross-article work needs is kept (names
 * under their blocks, each claim's comparison key as JSON, claim numbers under their key hashes, and
 * a tally of each actor), so documents can be written out as they finish. A key's body (what is read
 * off the claim's text) is kept once for every claim with the same one, and unpacked once for all of
 * them while it is in use: a story run by many outlets costs one unpacking per new claim, not one
 * per copy.
 */
export class MemoryCorpus implements CorpusLookup {
  private readonly blocks = new Map<string, IndexedName[]>();
  private readonly canonical = new Map<string, string>();
  // Claim numbers under the low 32 bits of their key hashes (a collision only adds a candidate, which the comparison rejects).
  private readonly byHash = new HashMultimap();
  // Body numbers under a hash of the body's text (a collision is told apart by reading the text back).
  private readonly bodyByHash = new HashMultimap();
  private bodyOf = new Int32Array(1024);
  private readonly unpacked = new RecentCache<number, KeyBody>(BODY_CACHE);
  private drained = false;
  private readonly actors = new Map<string, { entity: Entity; aliases: Set<string>; documents: Set<string> }>();
  readonly candidates: MergeCandidate[] = [];
  /** The links found so far, unless the caller takes them as they come (`onLinks`). */
  readonly links: Link[] = [];

  /**
   * `onLinks` receives each article's links instead of the corpus keeping them (a long run spools them to disk);
   * `claims` keeps each claim as JSON and `bodies` each distinct key body (a long run keeps them in files: `FileShelf`).
   */
  constructor(
    private readonly onLinks?: (links: Link[]) => void,
    private readonly claims: ClaimShelf = new MemoryShelf(),
    private readonly bodies: ClaimShelf = new MemoryShelf(),
  ) {}

  async namesUnder(blocks: string[]): Promise<IndexedName[]> {
    return blocks.flatMap((block) => this.blocks.get(block) ?? []);
  }

  async canonicalIds(ids: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const id of ids) {
      const canonical = this.canonical.get(id);
      if (canonical) found.set(id, canonical);
    }
    return found;
  }

  async keysUnder(hashes: number[], document: string): Promise<Array<{ key: ClaimKey; hashes: number[] }>> {
    const found = new Map<number, number[]>();
    for (const hash of hashes) {
      for (const number of this.byHash.get(hash % 0x100000000)) {
        if (this.claims.document(number) !== document) (found.get(number) ?? found.set(number, []).get(number)!).push(hash);
      }
    }
    return [...found].map(([number, matched]) => ({ key: keyOf(JSON.parse(this.claims.json(number)) as LinkableClaim, this.body(this.bodyOf[number])), hashes: matched }));
  }

  private body(number: number): KeyBody {
    return this.unpacked.get(number, () => unpackBody(this.bodies.json(number)));
  }

  /** The number of this body's text on the body shelf, added if it is new. */
  private bodyNumber(text: string): number {
    const hash = keyHash(text) % 0x100000000;
    for (const number of this.bodyByHash.get(hash)) if (this.bodies.json(number) === text) return number;
    const number = this.bodies.add('', text);
    this.bodyByHash.add(hash, number);
    return number;
  }

  private keep(key: ClaimKey, packed: PackedClaimKey = packClaimKey(key)): number {
    const number = this.claims.add(key.claim.document, packed.claim);
    if (number >= this.bodyOf.length) {
      const grown = new Int32Array(this.bodyOf.length * 2);
      grown.set(this.bodyOf);
      this.bodyOf = grown;
    }
    this.bodyOf[number] = this.bodyNumber(packed.body);
    return number;
  }

  /** Adds one article (with its claims prepared, when an analysis thread did it); returns the actor each of its entity ids stands for, and its links. */
  async add(analysis: Analysis, prepared?: PreparedClaim[]): Promise<{ canonical: Map<string, string>; links: Link[] }> {
    if (this.drained) throw new Error('this corpus has given out its entities and takes no more articles');
    const additions = await crossArticleWork(analysis, this, prepared);
    for (const entry of additions.names) (this.blocks.get(entry.block) ?? this.blocks.set(entry.block, []).get(entry.block)!).push(entry);
    for (const [id, canonical] of additions.canonical) this.canonical.set(id, canonical);
    this.candidates.push(...additions.candidates);
    if (this.onLinks) this.onLinks(additions.links);
    else this.links.push(...additions.links);
    const numbers = new Map<string, number>();
    for (const { key, packed } of additions.prepared) numbers.set(key.claim.id, this.keep(key, packed));
    for (const { claim, hash } of additions.claimKeys) this.byHash.add(hash % 0x100000000, numbers.get(claim)!);
    this.tally(analysis.entities, additions.canonical);
    return { canonical: additions.canonical, links: additions.links };
  }

  private tally(entities: Entity[], canonical: Map<string, string>): void {
    for (const entity of entities) {
      const id = canonical.get(entity.id) ?? entity.id;
      const actor = this.actors.get(id);
      if (!actor) {
        // Sets, not arrays: a common actor ("the government") is named in thousands of articles.
        this.actors.set(id, { entity: { ...entity, id, aliases: [], documents: [] }, aliases: new Set(entity.aliases), documents: new Set(entity.documents) });
        continue;
      }
      actor.entity.mentions += entity.mentions;
      for (const alias of [entity.name, ...entity.aliases]) if (alias !== actor.entity.name) actor.aliases.add(alias);
      for (const document of entity.documents) actor.documents.add(document);
    }
  }

  /**
   * Every actor, most mentioned first, for the end of a run: the lookups only later articles would
   * need are dropped first, and each actor is let go once given, so writing them out needs no second
   * copy of them all. The corpus takes no more articles after.
   */
  *drainEntities(): Generator<Entity> {
    this.drained = true;
    this.blocks.clear();
    this.canonical.clear();
    this.byHash.clear();
    this.bodyByHash.clear();
    this.unpacked.clear();
    const order = [...this.actors].map(([id, actor]) => ({ id, mentions: actor.entity.mentions })).sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
    for (const { id } of order) {
      const { entity, aliases, documents } = this.actors.get(id)!;
      this.actors.delete(id);
      yield { ...entity, aliases: [...aliases], documents: [...documents] };
    }
  }

  /** Every actor, most mentioned first. */
  entities(): Entity[] {
    return [...this.actors.values()]
      .map(({ entity, aliases, documents }) => ({ ...entity, aliases: [...aliases], documents: [...documents] }))
      .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  }
}
