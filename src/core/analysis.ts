import type { Claim, Diagnostic, Entity, Mention, Quotation, Relation, Sentence } from './annotations.js';
import type { Document } from './document.js';

/** The one object that flows through the pipeline: a document and everything found in it. */
export interface Analysis {
  document: Document;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  claims: Claim[];
  /** Quotations found over the whole document (the speakers stage). */
  quotations?: Quotation[];
  /** Who does what to whom within each claim (the relations stage). */
  relations: Relation[];
  diagnostics: Diagnostic[];
  /** The stages that ran, in order, with their versions. */
  stages: Array<{ name: string; version: string }>;
}

export function startAnalysis(document: Document): Analysis {
  return { document, sentences: [], mentions: [], entities: [], claims: [], relations: [], diagnostics: [], stages: [] };
}
