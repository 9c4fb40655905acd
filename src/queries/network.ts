import type { Store } from '../store/store.js';
import { relationType } from '../pipeline/stages/relations/index.js';

export interface NetworkNode {
  id: string;
  name: string;
  type: string;
  mentions: number;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  predicate: string;
  negated: boolean;
  directed: boolean;
  color: string;
  style: string;
  /** How many claims assert it, and how many distinct sources (outlet + attributed source) they rest on. */
  claims: number;
  sources: number;
  /** Claims asserting it that are hedged, or anonymously sourced: a heavy edge can still be weak. */
  hedged: number;
  anonymous: number;
  claimIds: string[];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** Entities and the relations claims assert between them, one edge per (subject, predicate, object, negation). */
export async function network(store: Store, options: { entityIds?: string[] } = {}): Promise<Network> {
  const relations = await store.relations({ entityIds: options.entityIds, limit: 100_000 });
  const edges = new Map<string, NetworkEdge & { sourceSet: Set<string> }>();
  for (const relation of relations) {
    const key = `${relation.subject}|${relation.predicate}|${relation.object}|${relation.negated ? 'not' : ''}`;
    const type = relationType(relation.predicate);
    let edge = edges.get(key);
    if (!edge) {
      edge = {
        id: `e${edges.size}`,
        source: relation.subject,
        target: relation.object,
        predicate: relation.predicate,
        negated: relation.negated,
        directed: type?.edge.directed ?? true,
        color: type?.edge.color ?? '#777777',
        style: relation.negated ? 'dotted' : (type?.edge.style ?? 'solid'),
        claims: 0,
        sources: 0,
        hedged: 0,
        anonymous: 0,
        claimIds: [],
        sourceSet: new Set(),
      };
      edges.set(key, edge);
    }
    // The relations stage keeps one relation per claim and edge key, so each row is another claim.
    edge.claimIds.push(relation.claimId);
    if (relation.hedged) edge.hedged++;
    if (relation.attributionKind === 'anonymous') edge.anonymous++;
    edge.sourceSet.add(`${relation.outlet ?? ''}|${relation.attributionKind === 'author' ? 'author' : (relation.source ?? '').toLowerCase()}`);
  }
  const entityIds = [...new Set(relations.flatMap((relation) => [relation.subject, relation.object]))];
  const entities = await store.entitiesById(entityIds);
  return {
    nodes: entities.map(({ id, name, type, mentions }) => ({ id, name, type, mentions })).sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...edges.values()].map(({ sourceSet, ...edge }) => ({ ...edge, claims: edge.claimIds.length, sources: sourceSet.size })),
  };
}
