import type { Analysis } from '../core/analysis.js';
import type { AttributionKind, ClaimType, Document, LinkEvidence, LinkKind } from '../core/index.js';
import type { ContractClaim } from '../contract/json.js';
import type { CorpusAdditions, CorpusLookup } from '../corpus/corpus.js';

/**
 * Cross-article work for one article (entity merges, link keys, links), run by the store inside its
 * write transaction over the lookup it provides; the store saves what it returns. Defaults to
 * corpus/'s `crossArticleWork`.
 */
export type CrossArticleWork = (analysis: Analysis, lookup: CorpusLookup) => Promise<CorpusAdditions>;

/**
 * The one storage interface. SQLite and PostgreSQL implement it over the same Kysely schema, and
 * both must pass `store.contract.ts`. Only store/ speaks SQL.
 */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** The document already stored for these input bytes, if any (so unchanged files are skipped unread). */
  documentForSource(sourceHash: string): Promise<string | null>;
  /**
   * Saves an analysis, its annotations and its links to earlier claims in one transaction: after a
   * crash the document is either wholly there or not at all. Saving the same bytes again does nothing.
   * `queued`: the bytes came through the job queue (PostgreSQL only): their queue input is marked done
   * in the same transaction, so a job run twice or cut off after the commit never stores twice.
   */
  save(analysis: Analysis, options: SaveOptions): Promise<SaveResult>;
  /**
   * Saves several analyses, in order, in one transaction (one commit, one search-index flush): each
   * article either wholly there or not at all, as with `save`. An article that fails is rolled back
   * alone (to its savepoint) and its error returned in its place while the others are kept. When the
   * transaction itself fails (its commit, a lost connection) the whole call rejects and nothing of it
   * is stored.
   */
  saveBatch(entries: ReadonlyArray<{ analysis: Analysis; options: SaveOptions }>): Promise<SaveOutcome[]>;
  /** Replaces a stored document's analysis (after a pipeline upgrade), keeping its place in the order. */
  replace(analysis: Analysis, options?: { crossArticle?: CrossArticleWork }): Promise<SaveResult>;
  /** The stored document model, enough to run the pipeline on it again. */
  loadDocument(id: string): Promise<Document | null>;
  documents(options?: { limit?: number; offset?: number }): Promise<StoredDocument[]>;
  /** Documents whose stored analysis came from other stage versions than `stages`. */
  staleDocuments(stages: Array<{ name: string; version: string }>): Promise<string[]>;
  /** Entities whose name or an alias is `name` (any case), across types. */
  findEntities(name: string): Promise<StoredEntity[]>;
  entityDocuments(entityIds: string[]): Promise<Array<StoredDocument & { mentions: number }>>;
  claims(filter: ClaimFilter): Promise<StoredClaim[]>;
  /** How many claims the filter selects (ignoring limit and offset), so a page can say "N of M". */
  countClaims(filter: ClaimFilter): Promise<number>;
  /** Every entity mention in one document, in text order. */
  documentMentions(documentId: string): Promise<StoredMention[]>;
  /** Per document: claims, and how many are anonymously sourced, hedged, opinion. */
  documentStats(documentIds: string[]): Promise<DocumentStats[]>;
  relations(filter: { entityIds?: string[]; limit?: number }): Promise<StoredRelation[]>;
  links(filter: { kind?: LinkKind; claimIds?: string[]; limit?: number }): Promise<StoredLink[]>;
  /** Full-text search over claims and articles; the input is taken as words, never as query syntax. */
  search(text: string, options?: { limit?: number }): Promise<SearchResult>;
  timeline(filter: { entityIds?: string[]; limit?: number }): Promise<TimelineEntry[]>;
  entitiesById(ids: string[]): Promise<StoredEntity[]>;
  /** Every entity, most mentioned first. */
  allEntities(): Promise<StoredEntity[]>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}

export interface SaveOptions {
  sourceHash: string;
  crossArticle?: CrossArticleWork;
  queued?: boolean;
}

/** One entry of a batch save: what was stored, or why this article was not. */
export type SaveOutcome = { result: SaveResult; error?: undefined } | { result?: undefined; error: unknown };

export interface SaveResult {
  status: 'added' | 'unchanged' | 'replaced';
  documentId: string;
  claims: number;
  links: number;
}

export interface StoredDocument {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  genre: string;
  claimCount: number;
  ingestedAt: string;
}

export interface StoredEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
  documents: number;
}

export interface ClaimFilter {
  /** Entity ids the claim must name (any of them). */
  entityIds?: string[];
  attribution?: AttributionKind;
  /** Words of the source's name, any case ("ministry", "Imran Khan"). */
  source?: string;
  type?: ClaimType;
  hedged?: boolean;
  /** Publication date range of the article, inclusive, as YYYY-MM-DD. */
  from?: string;
  to?: string;
  documentId?: string;
  claimIds?: string[];
  /** The article's outlet, exactly. */
  outlet?: string;
  minCheckworthiness?: number;
  /** Text order within ingestion order (the default), most check-worthy first, or newest article first. */
  sort?: 'document' | 'checkworthiness' | 'published';
  limit?: number;
  offset?: number;
}

export interface StoredClaim {
  id: string;
  documentId: string;
  text: string;
  start: number;
  end: number;
  type: ClaimType;
  attributionKind: AttributionKind;
  source: string | null;
  hedged: boolean;
  checkworthiness: number;
  claim: ContractClaim;
  document: { title: string | null; outlet: string | null; published: string | null; source: string };
}

export interface StoredRelation {
  id: string;
  claimId: string;
  documentId: string;
  subject: string;
  predicate: string;
  object: string;
  objectText: string;
  negated: boolean;
  attributionKind: AttributionKind;
  source: string | null;
  hedged: boolean;
  outlet: string | null;
}

export interface StoredLink {
  kind: LinkKind;
  claims: [string, string];
  reason: string;
  strength: 'weak' | 'normal';
  /** What matched: entities, numbers, dates, relation, words (absent on links stored before it was kept). */
  evidence?: LinkEvidence;
}

export interface SearchResult {
  claims: Array<StoredClaim & { rank: number }>;
  documents: Array<StoredDocument & { rank: number }>;
}

export interface TimelineEntry {
  claimId: string;
  documentId: string;
  /** When the thing happened, as the claim dates it (TIMEX3 value). */
  eventDate: string;
  dateText: string;
  /** When it was reported: the article's publication date. */
  reportDate: string | null;
  claimText: string;
  attributionKind: AttributionKind;
  source: string | null;
  outlet: string | null;
}

export interface StoreCounts {
  documents: number;
  claims: number;
  entities: number;
  mentions: number;
  relations: number;
  links: number;
}

export interface StoredMention {
  entity: string;
  start: number;
  end: number;
  text: string;
  type: string;
}

export interface DocumentStats {
  documentId: string;
  claims: number;
  anonymous: number;
  hedged: number;
  opinion: number;
}
