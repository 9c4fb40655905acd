import type { Analysis } from '../core/analysis.js';
import type { Attribution, Claim, Entity, Link, Relation } from '../core/annotations.js';
import type { DocumentLink, DocumentPart, Origin, RemovedKind } from '../core/document.js';
import { safeUrl } from '../core/safe-output.js';
import { VERSION } from '../version.js';
import type { MergeCandidate } from '../corpus/entities.js';
import { MemoryCorpus } from '../corpus/corpus.js';

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
  /** The outlet that first published the text (wire copy, reprints), or null. */
  origin: Origin | null;
  extractor: string;
  fieldSources: Record<string, string>;
  /** A plain-text story's dateline: place, ISO date or null, and its span in `text`. Present only when found. */
  dateline?: { place: string; date: string | null; start: number; end: number };
  text: string;
  regions: Array<{ kind: string; start: number; end: number }>;
  removed: Array<{ kind: RemovedKind; text: string; rule: string }>;
  /** Hyperlinks of the article: anchor span in `text` and absolute URL (data only, never fetched). */
  links: DocumentLink[];
  /** Parts with their own writers (a letters page), each a span of `text` with its authors. */
  parts: DocumentPart[];
  sentences: Array<{ start: number; end: number; region: string; rule: string }>;
  mentions: Array<{ entity: string; start: number; end: number; text: string; type: string; kind: 'name' | 'pronoun'; provenance: object }>;
  /** Quotations over the whole document, each with how many paragraphs it runs over. */
  quotations: Array<{ start: number; end: number; paragraphs: number; provenance: object }>;
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
  mode?: Attribution['mode'];
  anaphor?: string;
  resolved?: boolean;
  antecedentSpan?: { start: number; end: number } | null;
  role?: string;
  quotation?: { start: number; end: number };
  url?: string;
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
  quantities: Array<{
    text: string;
    value: number | null;
    low?: number;
    high?: number;
    unit: string | null;
    qualifier: string;
    kind?: string;
    of?: string | null;
    subject?: string | null;
    start: number;
    end: number;
    provenance: object;
  }>;
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
  errors: Array<{ source: string; code: string; kind: string; message: string; budget?: string }>;
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
    ...(attribution.mode ? { mode: attribution.mode } : {}),
    ...(attribution.anaphor !== undefined ? { anaphor: attribution.anaphor, resolved: attribution.resolved ?? false, antecedentSpan: attribution.antecedentSpan ?? null } : {}),
    ...(attribution.role ? { role: attribution.role } : {}),
    ...(attribution.quotation ? { quotation: attribution.quotation } : {}),
    ...(attribution.url && safeUrl(attribution.url) ? { url: safeUrl(attribution.url)! } : {}),
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
    quantities: claim.quantities.map(({ text, value, low, high, unit, qualifier, kind, of, subject, start, end, provenance }) => ({
      text,
      value,
      ...(low !== undefined ? { low, high } : {}),
      unit,
      qualifier,
      ...(kind ? { kind } : {}),
      ...(of ? { of } : {}),
      ...(subject ? { subject } : {}),
      start,
      end,
      provenance,
    })),
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
    canonicalUrl: safeUrl(meta.canonicalUrl),
    origin: meta.origin ? { ...meta.origin, url: safeUrl(meta.origin.url) } : null,
    extractor: meta.extractor,
    fieldSources: meta.fieldSources,
    ...(meta.dateline ? { dateline: { place: meta.dateline.place, date: meta.dateline.date, start: meta.dateline.start, end: meta.dateline.end } } : {}),
    text: document.text,
    regions: document.regions.map(({ kind, start, end }) => ({ kind, start, end })),
    removed: document.removed.map(({ kind, text, rule }) => ({ kind, text, rule })),
    links: (document.links ?? []).flatMap(({ start, end, text, url }) => (safeUrl(url) ? [{ start, end, text, url: safeUrl(url)! }] : [])),
    parts: (document.parts ?? []).map(({ start, end, authors, rule }) => ({ start, end, authors, rule })),
    sentences: analysis.sentences.map(({ start, end, region, provenance }) => ({ start, end, region, rule: provenance.rule })),
    mentions: analysis.mentions.map(({ entity, start, end, text, type, kind, provenance }) => ({ entity, start, end, text, type, kind: kind ?? 'name', provenance })),
    quotations: (analysis.quotations ?? []).map(({ start, end, paragraphs, provenance }) => ({ start, end, paragraphs, provenance })),
    claims: analysis.claims.map(claimToJson),
    relations: analysis.relations,
    stages: analysis.stages,
  };
}

/** A document with every entity reference pointing to the actor kept for it across articles. */
export function documentWithActors(analysis: Analysis, canonical: Map<string, string>): ContractDocument {
  const document = documentToJson(analysis);
  if (canonical.size === 0) return document;
  const remap = (id: string | null) => (id ? (canonical.get(id) ?? id) : id);
  return {
    ...document,
    mentions: document.mentions.map((mention) => ({ ...mention, entity: remap(mention.entity)! })),
    claims: document.claims.map((claim) => ({ ...claim, entities: [...new Set(claim.entities.map((id) => remap(id)!))], attribution: remapAttribution(claim.attribution, remap) })),
    relations: document.relations.map((relation) => ({ ...relation, subject: remap(relation.subject)!, object: remap(relation.object)! })),
  };
}

function remapAttribution(attribution: ContractAttribution, remap: (id: string | null) => string | null): ContractAttribution {
  return { ...attribution, entity: remap(attribution.entity), chain: attribution.chain.map((level) => remapAttribution(level, remap)) };
}

/**
 * The whole output for a set of analyses, in memory (the CLI streams it instead, see stream.ts):
 * entities merged across documents by corpus/, every reference to a merged entity pointing to the
 * one kept, and the links between the documents' claims.
 */
export async function toContract(analyses: Analysis[], errors: ContractOutput['errors'] = []): Promise<ContractOutput> {
  const corpus = new MemoryCorpus();
  const documents: ContractDocument[] = [];
  for (const analysis of analyses) documents.push(documentWithActors(analysis, (await corpus.add(analysis)).canonical));
  return { version: VERSION, documents, entities: corpus.entities(), entityCandidates: corpus.candidates, links: corpus.links, errors };
}
