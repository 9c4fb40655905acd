import type { Document } from '../core/document.js';
import { ClaimgraphError } from '../core/errors.js';
import type { Store, StoredClaim, StoredEntity, StoredLink, StoredMention, StoredRelation } from '../store/store.js';

export interface LinkedClaim {
  kind: StoredLink['kind'];
  reason: string;
  strength: StoredLink['strength'];
  /** The claim of this article the link starts from. */
  from: string;
  other: StoredClaim;
}

export interface ReaderData {
  document: Document;
  claims: StoredClaim[];
  mentions: StoredMention[];
  entities: StoredEntity[];
  relations: StoredRelation[];
  links: LinkedClaim[];
}

/** Everything the article reader shows: the clean text and every span laid on it. */
export async function readerData(store: Store, documentId: string): Promise<ReaderData> {
  const document = await store.loadDocument(documentId);
  if (!document) throw new ClaimgraphError('not_found', `no document ${documentId} in the store`);
  const claims = await store.claims({ documentId, limit: 100_000 });
  const mentions = await store.documentMentions(documentId);
  const entities = await store.entitiesById([...new Set(mentions.map((mention) => mention.entity))]);
  const claimIds = new Set(claims.map((claim) => claim.id));
  const links = await linkedClaims(store, [...claimIds]);
  const relations = (await store.relations({ entityIds: entities.map((entity) => entity.id), limit: 100_000 })).filter((relation) => relation.documentId === documentId);
  return { document, claims, mentions, entities, relations, links };
}

/** The links touching `claimIds`, each turned to face outwards with the other claim loaded. */
export async function linkedClaims(store: Store, claimIds: string[]): Promise<LinkedClaim[]> {
  if (claimIds.length === 0) return [];
  const own = new Set(claimIds);
  const links = await store.links({ claimIds, limit: 100_000 });
  const otherIds = new Set<string>();
  for (const link of links) for (const id of link.claims) if (!own.has(id)) otherIds.add(id);
  // A link between two claims of the same set faces outwards from the first one.
  for (const link of links) if (own.has(link.claims[0]) && own.has(link.claims[1])) otherIds.add(link.claims[1]);
  const others = new Map((await store.claims({ claimIds: [...otherIds], limit: otherIds.size })).map((claim) => [claim.id, claim]));
  return links.flatMap((link) => {
    const [a, b] = link.claims;
    const [from, to] = own.has(a) ? [a, b] : [b, a];
    const other = others.get(to);
    return other ? [{ kind: link.kind, reason: link.reason, strength: link.strength, from, other }] : [];
  });
}
