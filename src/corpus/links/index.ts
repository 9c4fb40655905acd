import type { Link } from '../../core/annotations.js';
import { claimKey, compareClaims, type ClaimKey } from './compare.js';
import type { LinkableClaim } from './linkable.js';

export { compareClaims, claimKey, type ClaimKey } from './compare.js';
export { entityKey, linkableClaims, sourceChain, type LinkableClaim } from './linkable.js';
export { intervalOf, intervalsOverlap } from './numbers.js';

/** At most this many links per claim, strongest kinds first, so a much-repeated claim does not flood the ledger. */
export const MAX_LINKS_PER_CLAIM = 8;
const KIND_ORDER: Record<Link['kind'], number> = { contradicts: 0, corroborates: 1, repeats: 2 };

/** What claims are looked up by: the entities they name, and capitalised words the tagger may have missed. */
const lookupKeys = (key: ClaimKey) => [...key.entities, ...[...key.proper].map((word) => `word:${word}`)];

function candidatesOf(key: ClaimKey, byEntity: Map<string, ClaimKey[]>, byWord: Map<string, ClaimKey[]>): Set<ClaimKey> {
  const found = new Set<ClaimKey>();
  for (const entity of lookupKeys(key)) for (const other of byEntity.get(entity) ?? []) found.add(other);
  // Claims with no entity in common can still be the same sentence: share a rare word at least.
  const shared = new Map<ClaimKey, number>();
  for (const word of key.words) {
    const holders = byWord.get(word);
    if (!holders || holders.length > 200) continue;
    for (const other of holders) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  for (const [other, count] of shared) if (count >= 3) found.add(other);
  return found;
}

/**
 * Links between `incoming` claims and `existing` ones (and among the incoming themselves), each
 * pair compared once. Existing claims come first in each link.
 */
export function findLinks(incoming: LinkableClaim[], existing: LinkableClaim[] = []): Link[] {
  const byEntity = new Map<string, ClaimKey[]>();
  const byWord = new Map<string, ClaimKey[]>();
  const index = (key: ClaimKey) => {
    for (const entity of lookupKeys(key)) (byEntity.get(entity) ?? byEntity.set(entity, []).get(entity)!).push(key);
    for (const word of key.words) (byWord.get(word) ?? byWord.set(word, []).get(word)!).push(key);
  };
  existing.map(claimKey).forEach(index);
  const links: Link[] = [];
  for (const claim of incoming) {
    const key = claimKey(claim);
    const found: Link[] = [];
    for (const other of candidatesOf(key, byEntity, byWord)) {
      const link = compareClaims(other, key);
      if (link) found.push(link);
    }
    found.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    links.push(...found.slice(0, MAX_LINKS_PER_CLAIM));
    index(key);
  }
  return links;
}
