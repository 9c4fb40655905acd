import type { Analysis } from '../core/analysis.js';
import type { Attribution, Claim, Entity, Link, Relation } from '../core/annotations.js';
import type { RemovedKind } from '../core/document.js';
import { VERSION } from '../version.js';
import { mergeEntities, type MergeCandidate } from '../corpus/merge-entities.js';

/**
 * The public JSON contract of `claimgraph analyze --json`. Field names here are an interface:
 * keep them, add freely. Every span is half-open [start, end) in UTF-16 code units into `text`.
 */
export interface ContractDocument {
  id: string;
  source: string;
  title: string | null;
  dek: string | null;
  authors: string[];
  outlet: string | null;
  section: string | null;
  sections: string[];
  genre: string;
  published: string | null;
  language: string | null;
  canonicalUrl: string | null;
  extractor: string;
  fieldSources: Record<string, string>;
  text: string;
  regions: Array<{ kind: string; start: number; end: number }>;
  removed: Array<{ kind: RemovedKind; text: string; rule: string }>;
  sentences: Array<{ start: number; end: number; region: string; rule: string }>;
  mentions: Array<{ entity: string; start: number; end: number; text: string; type: string; provenance: object }>;
  claims: ContractClaim[];
  /** Who does what to whom within each claim, each with the claim's attribution and hedges. */
  relations: Relation[];
  stages: Array<{ name: string; version: string }>;
}

export interface ContractAttribution {
  kind: Attribution['kind'];
  source: string | null;
  entity: string | null;
  cue: string | null;
  cueSpan: { start: number; end: number } | null;
  sourceSpan: { start: number; end: number } | null;
  contentSpan: { start: number; end: number } | null;
  pronoun?: string;
  nested?: boolean;
  chain: ContractAttribution[];
  provenance: object;
}

export interface ContractClaim {
  id: string;
  text: string;
  start: number;
  end: number;
  type: Claim['type'];
  typeCues: Array<{ cue: string; kind: string; start: number; end: number; provenance: object }>;
  attribution: ContractAttribution;
  hedges: Array<{ cue: string; kind: string; strength: 'weak' | 'medium' | 'strong'; start: number; end: number; provenance: object }>;
  quantities: Array<{ text: string; value: number | null; unit: string | null; qualifier: string; start: number; end: number; provenance: object }>;
  times: Array<{ text: string; start: number; end: number; value: string; type?: string; provenance: object }>;
  entities: string[];
  checkworthiness: number;
  provenance: object;
}

export interface ContractOutput {
  version: string;
  documents: ContractDocument[];
  entities: Entity[];
  /** Entities that may be one actor but were kept apart, with the evidence. */
  entityCandidates: MergeCandidate[];
  links: Link[];
  errors: Array<{ source: string; code: string; kind: string; message: string }>;
}

function attributionToJson(attribution: Attribution): ContractAttribution {
  return {
    kind: attribution.kind,
    source: attribution.source,
    entity: attribution.entity,
    cue: attribution.cue,
    cueSpan: attribution.cueSpan,
    sourceSpan: attribution.sourceSpan,
    contentSpan: attribution.contentSpan ?? null,
    ...(attribution.pronoun ? { pronoun: attribution.pronoun } : {}),
    ...(attribution.nested ? { nested: true } : {}),
    chain: attribution.chain.map(attributionToJson),
    provenance: attribution.provenance,
  };
}

export function claimToJson(claim: Claim): ContractClaim {
  return {
    id: claim.id,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    type: claim.type,
    typeCues: claim.typeCues.map(({ cue, kind, start, end, provenance }) => ({ cue, kind, start, end, provenance })),
    attribution: attributionToJson(claim.attribution),
    hedges: claim.hedges.map(({ cue, kind, strength, start, end, provenance }) => ({ cue, kind, strength, start, end, provenance })),
    quantities: claim.quantities.map(({ text, value, unit, qualifier, start, end, provenance }) => ({ text, value, unit, qualifier, start, end, provenance })),
    times: claim.times.map(({ text, start, end, value, type, provenance }) => ({ text, start, end, value, type, provenance })),
    entities: claim.entities,
    checkworthiness: claim.checkworthiness,
    provenance: claim.provenance,
  };
}

export function documentToJson(analysis: Analysis): ContractDocument {
  const { document } = analysis;
  const { meta } = document;
  return {
    id: document.id,
    source: document.source,
    title: meta.title,
    dek: meta.dek,
    authors: meta.authors,
    outlet: meta.outlet,
    section: meta.section,
    sections: meta.sections,
    genre: meta.genre,
    published: meta.published,
    language: meta.language,
    canonicalUrl: meta.canonicalUrl,
    extractor: meta.extractor,
    fieldSources: meta.fieldSources,
    text: document.text,
    regions: document.regions.map(({ kind, start, end }) => ({ kind, start, end })),
    removed: document.removed.map(({ kind, text, rule }) => ({ kind, text, rule })),
    sentences: analysis.sentences.map(({ start, end, region, provenance }) => ({ start, end, region, rule: provenance.rule })),
    mentions: analysis.mentions.map(({ entity, start, end, text, type, provenance }) => ({ entity, start, end, text, type, provenance })),
    claims: analysis.claims.map(claimToJson),
    relations: analysis.relations,
    stages: analysis.stages,
  };
}

/**
 * The whole output for a set of analyses. Entities are merged across documents (the same id, or
 * spelling variants of one name), and every reference to a merged entity points to the one kept.
 */
export function toContract(analyses: Analysis[], errors: ContractOutput['errors'] = [], links: Link[] = []): ContractOutput {
  const byId = new Map<string, Entity>();
  for (const analysis of analyses) {
    for (const entity of analysis.entities) {
      const known = byId.get(entity.id);
      if (!known) byId.set(entity.id, { ...entity, aliases: [...entity.aliases], documents: [...entity.documents] });
      else {
        known.mentions += entity.mentions;
        for (const alias of entity.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
        for (const doc of entity.documents) if (!known.documents.includes(doc)) known.documents.push(doc);
      }
    }
  }
  const merged = mergeEntities([...byId.values()]);
  const remap = (id: string | null) => (id ? merged.mergedInto.get(id) ?? id : id);
  const documents = analyses.map(documentToJson).map((document) => ({
    ...document,
    mentions: document.mentions.map((mention) => ({ ...mention, entity: remap(mention.entity)! })),
    claims: document.claims.map((claim) => ({ ...claim, entities: [...new Set(claim.entities.map((id) => remap(id)!))], attribution: remapAttribution(claim.attribution, remap) })),
    relations: document.relations.map((relation) => ({ ...relation, subject: remap(relation.subject)!, object: remap(relation.object)! })),
  }));
  return { version: VERSION, documents, entities: merged.entities, entityCandidates: merged.candidates, links, errors };
}

function remapAttribution(attribution: ContractAttribution, remap: (id: string | null) => string | null): ContractAttribution {
  return { ...attribution, entity: remap(attribution.entity), chain: attribution.chain.map((level) => remapAttribution(level, remap)) };
}
