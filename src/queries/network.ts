import type { Store, StoredRelation } from '../store/store.js';
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
  /** Edges and nodes before `maxEdges` kept the heaviest: a drawing says what it left out. */
  totalEdges: number;
  totalNodes: number;
}

export interface NetworkOptions {
  /** Only relations with one of these entities as subject or object (a neighbourhood). */
  entityIds?: string[];
  /** Only relations this accepts (filters by attribution kind, outlet, hedging). */
  keep?: (relation: StoredRelation) => boolean;
  /** At most this many edges, the ones most claims assert. */
  maxEdges?: number;
}

/** Entities and the relations claims assert between them, one edge per (subject, predicate, object, negation). */
export async function network(store: Store, options: NetworkOptions = {}): Promise<Network> {
  const stored = await store.relations({ entityIds: options.entityIds, limit: 100_000 });
  const relations = options.keep ? stored.filter(options.keep) : stored;
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
  const all = [...edges.values()].map(({ sourceSet, ...edge }) => ({ ...edge, claims: edge.claimIds.length, sources: sourceSet.size }));
  const kept = options.maxEdges === undefined || all.length <= options.maxEdges ? all : [...all].sort((a, b) => b.claims - a.claims || a.id.localeCompare(b.id)).slice(0, options.maxEdges);
  const endpoints = (list: NetworkEdge[]) => new Set(list.flatMap((edge) => [edge.source, edge.target]));
  const entities = await store.entitiesById([...endpoints(kept)]);
  return {
    nodes: entities.map(({ id, name, type, mentions }) => ({ id, name, type, mentions })).sort((a, b) => a.id.localeCompare(b.id)),
    edges: kept,
    totalEdges: all.length,
    totalNodes: endpoints(all).size,
  };
}
