import type { LinkKind } from '../core/annotations.js';
import type { Store, StoredClaim, StoredLink } from '../store/store.js';

export interface LinkPair extends StoredLink {
  left: StoredClaim;
  right: StoredClaim;
}

/** Links of one kind (or all), paged, with both claims loaded so they can be shown side by side. */
export async function linkPairs(store: Store, options: { kind?: LinkKind; offset?: number; limit?: number } = {}): Promise<{ total: number; offset: number; items: LinkPair[] }> {
  const offset = options.offset ?? 0;
  const limit = options.limit ?? 25;
  const links = await store.links({ kind: options.kind, limit: 10_000_000 });
  const page = links.slice(offset, offset + limit);
  const ids = [...new Set(page.flatMap((link) => link.claims))];
  const claims = new Map((await store.claims({ claimIds: ids, limit: ids.length })).map((claim) => [claim.id, claim]));
  const items = page.flatMap((link) => {
    const left = claims.get(link.claims[0]);
    const right = claims.get(link.claims[1]);
    return left && right ? [{ ...link, left, right }] : [];
  });
  return { total: links.length, offset, items };
}
