import type { Link } from '../../core/annotations.js';
import { claimKey, compareClaims, type ClaimKey } from './compare.js';
import { linkKeys } from './keys.js';
import type { LinkableClaim } from './linkable.js';

export { compareClaims, claimKey, type ClaimKey } from './compare.js';
export { linkKeys, keyHash } from './keys.js';
export { linkableClaims, sourceChain, type LinkableClaim } from './linkable.js';
export { intervalOf, intervalsOverlap } from './numbers.js';

/**
 * The link between two claims, if any, decided by the two claims alone: they are compared in the
 * order of their ids, so the same pair gives the same link (kind, reason, order) whichever of them
 * was seen first, in `analyze` and on either store.
 */
export function linkBetween(a: ClaimKey, b: ClaimKey): Link | null {
  if (a.claim.id === b.claim.id) return null;
  return a.claim.id < b.claim.id ? compareClaims(a, b) : compareClaims(b, a);
}

const byId = (a: LinkableClaim, b: LinkableClaim) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Links between `incoming` claims and `existing` ones, and among the incoming themselves: every
 * pair that shares a link key is compared once. The result depends only on the set of claims.
 */
export function findLinks(incoming: LinkableClaim[], existing: LinkableClaim[] = []): Link[] {
  const buckets = new Map<string, ClaimKey[]>();
  const file = (key: ClaimKey, keys: string[]) => {
    for (const name of keys) (buckets.get(name) ?? buckets.set(name, []).get(name)!).push(key);
  };
  for (const claim of existing) {
    const key = claimKey(claim);
    file(key, linkKeys(key));
  }
  const links: Link[] = [];
  for (const claim of incoming) {
    const key = claimKey(claim);
    const keys = linkKeys(key);
    const candidates = new Set<ClaimKey>();
    for (const name of keys) for (const other of buckets.get(name) ?? []) candidates.add(other);
    for (const other of [...candidates].sort((a, b) => byId(a.claim, b.claim))) {
      const link = linkBetween(other, key);
      if (link) links.push(link);
    }
    file(key, keys);
  }
  return links;
}
