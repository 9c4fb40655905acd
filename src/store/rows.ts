import type { Analysis } from '../core/analysis.js';
import { budgetError, MAX_STORED_NAME_LENGTH } from '../core/budgets.js';
import { claimToJson } from '../contract/json.js';
import { nameKey } from '../core/names.js';
import { linkableClaims, type LinkableClaim } from '../corpus/links/index.js';
import type { Insertable } from 'kysely';
import { packJson } from './pack.js';
import type { Database } from './schema.js';

/** Every row one analysis adds to the store, built outside the transaction (pure). */
export interface AnalysisRows {
  document: Omit<Insertable<Database['documents']>, 'seq' | 'source_hash' | 'ingested_at'>;
  entities: Array<Insertable<Database['entities']>>;
  aliases: Array<Insertable<Database['entity_aliases']>>;
  mentions: Array<Insertable<Database['mentions']>>;
  claims: Array<Omit<Insertable<Database['claims']>, 'search_id'>>;
  claimEntities: Array<Omit<Insertable<Database['claim_entities']>, 'seq'>>;
  claimTimes: Array<Insertable<Database['claim_times']>>;
  relations: Array<Insertable<Database['relations']>>;
  /** The claims as link-finding reads them, in claim order (also stored, packed, on each claim row). */
  linkables: LinkableClaim[];
}

/**
 * Refuses, before any transaction, a name that would overflow an index key (PostgreSQL's btree
 * holds at most 2,704 bytes): whatever budgets the caller ran with, the store stays writable.
 */
function checkKeyLengths(analysis: Analysis): void {
  for (const entity of analysis.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      if (name.length > MAX_STORED_NAME_LENGTH) throw budgetError(analysis.document.source, 'nameLength', name.length, MAX_STORED_NAME_LENGTH);
    }
  }
}

export function analysisRows(analysis: Analysis): AnalysisRows {
  checkKeyLengths(analysis);
  const { document } = analysis;
  const documentId = document.id;
  const linkables = linkableClaims(analysis);
  const entityById = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  const { text, ...model } = document;
  void text;
  return {
    document: {
      id: documentId,
      source: document.source,
      title: document.meta.title,
      outlet: document.meta.outlet,
      authors: JSON.stringify(document.meta.authors),
      published: document.meta.published,
      genre: document.meta.genre,
      text: document.text,
      document: JSON.stringify(model),
      stages: JSON.stringify(analysis.stages),
      claim_count: analysis.claims.length,
    },
    // Each entity its own actor until cross-article work (corpus/) says which actor it is.
    entities: analysis.entities.map((entity) => ({ id: entity.id, name: entity.name, key: nameKey(entity.name), type: entity.type, canonical_id: entity.id })),
    aliases: analysis.entities.flatMap((entity) => [...new Set([entity.name, ...entity.aliases])].map((alias) => ({ entity_id: entity.id, alias, key: nameKey(alias) }))),
    mentions: analysis.mentions.map((mention) => ({
      document_id: documentId,
      entity_id: mention.entity,
      start: mention.start,
      end: mention.end,
      text: mention.text,
      type: mention.type,
    })),
    claims: analysis.claims.map(claimToJson).map((claim, ordinal) => ({
      id: claim.id,
      document_id: documentId,
      ordinal,
      start: claim.start,
      end: claim.end,
      text: claim.text,
      type: claim.type,
      attribution_kind: claim.attribution.kind,
      source: claim.attribution.source,
      hedged: claim.hedges.length > 0 ? 1 : 0,
      checkworthiness: claim.checkworthiness,
      data: packJson(claim),
      linkable: packJson(linkables[ordinal]),
    })),
    claimEntities: analysis.claims.flatMap((claim) =>
      [...new Set(claim.entities)].map((entityId) => ({
        claim_id: claim.id,
        document_id: documentId,
        entity_id: entityId,
        entity_key: nameKey(entityById.get(entityId)?.name ?? entityId),
      })),
    ),
    claimTimes: analysis.claims.flatMap((claim) =>
      claim.times.map((time) => ({
        claim_id: claim.id,
        document_id: documentId,
        value: time.value,
        calendar: /^\d{4}(?:-\d{2}){0,2}(?:T|$)/.test(time.value) ? 1 : 0,
        type: time.type ?? null,
        text: time.text,
        start: time.start,
        end: time.end,
      })),
    ),
    relations: analysis.relations.map((relation) => ({
      id: relation.id,
      claim_id: relation.claim,
      document_id: documentId,
      subject: relation.subject,
      predicate: relation.predicate,
      object: relation.object,
      object_text: relation.objectText,
      negated: relation.negated ? 1 : 0,
      attribution_kind: relation.attribution.kind,
      source: relation.attribution.source,
      hedged: relation.hedges.length > 0 ? 1 : 0,
      data: JSON.stringify(relation),
    })),
    linkables,
  };
}
