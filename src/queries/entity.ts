import type { AttributionKind } from '../core/index.js';
import { ClaimgraphError } from '../core/errors.js';
import type { Store, StoredClaim, StoredDocument, StoredEntity, StoredRelation } from '../store/store.js';

export interface EntityProfile {
  query: string;
  /** Every stored entity answering to the name: one actor may have been typed two ways. */
  entities: StoredEntity[];
  types: string[];
  aliases: string[];
  documents: Array<StoredDocument & { mentions: number }>;
  /** Claims naming the entity, grouped by who asserts them. */
  claims: Record<AttributionKind, StoredClaim[]>;
  relations: Array<StoredRelation & { subjectName: string; objectName: string }>;
}

/** Who is it, where it appears, what is claimed about it, and by whom. */
export async function entityProfile(store: Store, name: string, options: { claimLimit?: number } = {}): Promise<EntityProfile> {
  const entities = await requireEntities(store, name);
  const ids = entities.map((entity) => entity.id);
  const claims = await store.claims({ entityIds: ids, limit: options.claimLimit ?? 500 });
  const grouped: Record<AttributionKind, StoredClaim[]> = { named: [], anonymous: [], author: [] };
  for (const claim of claims) grouped[claim.attributionKind].push(claim);
  const relations = await store.relations({ entityIds: ids, limit: 500 });
  const names = await entityNames(
    store,
    relations.flatMap((relation) => [relation.subject, relation.object]),
  );
  const aliases = new Set<string>();
  for (const entity of entities) for (const alias of [entity.name, ...entity.aliases]) aliases.add(alias);
  return {
    query: name,
    entities,
    types: [...new Set(entities.map((entity) => entity.type))],
    aliases: [...aliases].sort(),
    documents: await store.entityDocuments(ids),
    claims: grouped,
    relations: relations.map((relation) => ({ ...relation, subjectName: names.get(relation.subject) ?? relation.subject, objectName: names.get(relation.object) ?? relation.object })),
  };
}

export async function entityNames(store: Store, ids: string[]): Promise<Map<string, string>> {
  const entities = await store.entitiesById([...new Set(ids)]);
  return new Map(entities.map((entity) => [entity.id, entity.name]));
}

/** The stored entities answering to a name, or an error saying none is stored. */
async function requireEntities(store: Store, name: string): Promise<StoredEntity[]> {
  const entities = await store.findEntities(name);
  if (entities.length === 0) throw new ClaimgraphError('not_found', `no entity named "${name}" in the store`);
  return entities;
}

/** Entity ids for a name given on the command line, or an error saying none is stored. */
export async function resolveEntityIds(store: Store, name: string): Promise<string[]> {
  return (await requireEntities(store, name)).map((entity) => entity.id);
}
