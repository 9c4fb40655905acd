import { ClaimgraphError } from '../core/errors.js';
import type { Store, StoredClaim, StoredEntity, StoredRelation } from '../store/store.js';
import { linkedClaims, type LinkedClaim } from './reader.js';

export interface ClaimDetail {
  claim: StoredClaim;
  /** The entities the claim names, and the entity of each source on its chain. */
  entities: StoredEntity[];
  relations: StoredRelation[];
  links: LinkedClaim[];
}

/** One claim with what it rests on and what it is linked to. */
export async function claimDetail(store: Store, claimId: string): Promise<ClaimDetail> {
  const [claim] = await store.claims({ claimIds: [claimId], limit: 1 });
  if (!claim) throw new ClaimgraphError('not_found', `no claim ${claimId} in the store`);
  const attribution = claim.claim.attribution;
  const sourceEntities = [attribution, ...attribution.chain].map((level) => level.entity).filter((id): id is string => id !== null);
  const entities = await store.entitiesById([...new Set([...claim.claim.entities, ...sourceEntities])]);
  const relations = claim.claim.entities.length === 0 ? [] : (await store.relations({ entityIds: claim.claim.entities, limit: 100_000 })).filter((relation) => relation.claimId === claimId);
  return { claim, entities, relations, links: await linkedClaims(store, [claimId]) };
}
