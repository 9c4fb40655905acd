import { sql, type Kysely } from 'kysely';
import { packDictionaryHash } from './pack.js';

/**
 * The store's tables, typed once for Kysely: the same schema on SQLite and PostgreSQL. JSON values
 * are kept as text, so both engines read them alike; offsets are UTF-16 code units into `text`.
 */
export interface DocumentsTable {
  id: string;
  /** SHA-256 of the bytes ingested: an unchanged file is recognised before any analysis. */
  source_hash: string;
  /** Order of ingestion, so "earlier" is well defined for links. */
  seq: number;
  source: string;
  title: string | null;
  outlet: string | null;
  authors: string;
  published: string | null;
  genre: string;
  text: string;
  /** The document model without its text: meta, regions, removed (JSON), enough to re-run the pipeline. */
  document: string;
  /** The pipeline's stages and versions that produced the stored analysis (JSON). */
  stages: string;
  claim_count: number;
  ingested_at: string;
}

export interface EntitiesTable {
  id: string;
  name: string;
  /** The name key (core/names.ts): what profiles, claim filters and links match on. */
  key: string;
  type: string;
  /** The actor this entity was merged into across articles (its own id when it was the first seen). */
  canonical_id: string;
}

/** Names filed under their merge blocks (corpus/entities.ts), so a new article's entities find their actor by index. */
export interface EntityNamesTable {
  /** The block as a 53-bit hash: a bounded index entry, however long the name. */
  block_hash: number;
  block: string;
  /** The canonical entity the name belongs to. */
  entity_id: string;
  type: string;
  name: string;
}

/** Each claim's link keys (corpus/links/keys.ts), hashed: claims are compared only with those sharing a key. */
export interface ClaimKeysTable {
  key_hash: number;
  claim_id: string;
  document_id: string;
}

export interface EntityAliasesTable {
  entity_id: string;
  alias: string;
  key: string;
}

export interface MentionsTable {
  document_id: string;
  entity_id: string;
  start: number;
  end: number;
  text: string;
  type: string;
}

export interface ClaimsTable {
  id: string;
  document_id: string;
  ordinal: number;
  start: number;
  end: number;
  text: string;
  type: string;
  attribution_kind: string;
  source: string | null;
  hedged: number;
  checkworthiness: number;
  /** The claim's key in the full-text index: the document's seq × 100,000 + the claim's ordinal. */
  search_id: number;
  /** The claim as the JSON contract gives it (deflated JSON, see pack.ts). */
  data: Uint8Array;
  /** What link-finding needs of the claim (LinkableClaim, deflated JSON). */
  linkable: Uint8Array;
  /**
   * The body of the claim's comparison key (corpus/links/packed-key.ts, deflated JSON), so a later
   * article's link-finding reads it instead of making it again; null in rows saved before it was kept.
   */
  key_body: Uint8Array | null;
}

export interface ClaimEntitiesTable {
  /** The document's ingestion order, so link candidates can be taken newest first per entity. */
  seq: number;
  claim_id: string;
  document_id: string;
  entity_id: string;
  entity_key: string;
}

export interface ClaimTimesTable {
  claim_id: string;
  document_id: string;
  value: string;
  /** 1 when the value is a calendar date that starts with a year and can be placed on a timeline. */
  calendar: number;
  type: string | null;
  text: string;
  start: number;
  end: number;
}

export interface RelationsTable {
  id: string;
  claim_id: string;
  document_id: string;
  subject: string;
  predicate: string;
  object: string;
  object_text: string;
  negated: number;
  attribution_kind: string;
  source: string | null;
  hedged: number;
  data: string;
}

export interface LinksTable {
  claim_a: string;
  claim_b: string;
  kind: string;
  reason: string;
  strength: string;
  /** What matched between the two claims (LinkEvidence as JSON), for a person to check. */
  evidence: string | null;
}

export interface StoreInfoTable {
  key: string;
  value: string;
}

export interface Database {
  documents: DocumentsTable;
  entities: EntitiesTable;
  entity_aliases: EntityAliasesTable;
  entity_names: EntityNamesTable;
  claim_keys: ClaimKeysTable;
  mentions: MentionsTable;
  claims: ClaimsTable;
  claim_entities: ClaimEntitiesTable;
  claim_times: ClaimTimesTable;
  relations: RelationsTable;
  links: LinksTable;
  store_info: StoreInfoTable;
}

export const SCHEMA_VERSION = '5';

/** Every table a store must have: one missing means the store is damaged. */
export const TABLES: ReadonlyArray<keyof Database> = ['documents', 'entities', 'entity_aliases', 'mentions', 'claims', 'claim_entities', 'claim_times', 'relations', 'links', 'store_info'];

/** Creates every table and index that does not exist yet (idempotent). */
/** Whether a store written before claims kept their key bodies lacks the column (`addKeyBodies` adds it). */
export async function keyBodiesMissing(db: Kysely<Database>): Promise<boolean> {
  return sql`select key_body from claims limit 0`.execute(db).then(
    () => false,
    () => true,
  );
}

/** Adds the key-body column to an older store: its rows keep null, and their keys are made when needed. */
export async function addKeyBodies(db: Kysely<Database>, binaryType: 'blob' | 'bytea'): Promise<void> {
  await db.schema.alterTable('claims').addColumn('key_body', sql.raw(binaryType)).execute();
}

export async function createSchema(db: Kysely<Database>, binaryType: 'blob' | 'bytea'): Promise<void> {
  await db.schema
    .createTable('documents')
    .ifNotExists()
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('source_hash', 'text', (column) => column.notNull().unique())
    .addColumn('seq', 'bigint', (column) => column.notNull().unique())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('title', 'text')
    .addColumn('outlet', 'text')
    .addColumn('authors', 'text', (column) => column.notNull())
    .addColumn('published', 'text')
    .addColumn('genre', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('document', 'text', (column) => column.notNull())
    .addColumn('stages', 'text', (column) => column.notNull())
    .addColumn('claim_count', 'integer', (column) => column.notNull())
    .addColumn('ingested_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('entities')
    .ifNotExists()
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('key', 'text', (column) => column.notNull())
    .addColumn('type', 'text', (column) => column.notNull())
    .addColumn('canonical_id', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('entity_names')
    .ifNotExists()
    .addColumn('block_hash', 'bigint', (column) => column.notNull())
    .addColumn('block', 'text', (column) => column.notNull())
    .addColumn('entity_id', 'text', (column) => column.notNull())
    .addColumn('type', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('claim_keys')
    .ifNotExists()
    .addColumn('key_hash', 'bigint', (column) => column.notNull())
    .addColumn('claim_id', 'text', (column) => column.notNull())
    .addColumn('document_id', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('entity_aliases')
    .ifNotExists()
    .addColumn('entity_id', 'text', (column) => column.notNull())
    .addColumn('alias', 'text', (column) => column.notNull())
    .addColumn('key', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('entity_aliases_pk', ['entity_id', 'alias'])
    .execute();
  await db.schema
    .createTable('mentions')
    .ifNotExists()
    .addColumn('document_id', 'text', (column) => column.notNull())
    .addColumn('entity_id', 'text', (column) => column.notNull())
    .addColumn('start', 'integer', (column) => column.notNull())
    .addColumn('end', 'integer', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('type', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('claims')
    .ifNotExists()
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('document_id', 'text', (column) => column.notNull())
    .addColumn('ordinal', 'integer', (column) => column.notNull())
    .addColumn('start', 'integer', (column) => column.notNull())
    .addColumn('end', 'integer', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('type', 'text', (column) => column.notNull())
    .addColumn('attribution_kind', 'text', (column) => column.notNull())
    .addColumn('source', 'text')
    .addColumn('hedged', 'integer', (column) => column.notNull())
    .addColumn('checkworthiness', 'real', (column) => column.notNull())
    .addColumn('search_id', 'bigint', (column) => column.notNull().unique())
    .addColumn('data', sql.raw(binaryType), (column) => column.notNull())
    .addColumn('linkable', sql.raw(binaryType), (column) => column.notNull())
    .addColumn('key_body', sql.raw(binaryType))
    .execute();
  await db.schema
    .createTable('claim_entities')
    .ifNotExists()
    .addColumn('seq', 'integer', (column) => column.notNull())
    .addColumn('claim_id', 'text', (column) => column.notNull())
    .addColumn('document_id', 'text', (column) => column.notNull())
    .addColumn('entity_id', 'text', (column) => column.notNull())
    .addColumn('entity_key', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('claim_entities_pk', ['claim_id', 'entity_id'])
    .execute();
  await db.schema
    .createTable('claim_times')
    .ifNotExists()
    .addColumn('claim_id', 'text', (column) => column.notNull())
    .addColumn('document_id', 'text', (column) => column.notNull())
    .addColumn('value', 'text', (column) => column.notNull())
    .addColumn('calendar', 'integer', (column) => column.notNull())
    .addColumn('type', 'text')
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('start', 'integer', (column) => column.notNull())
    .addColumn('end', 'integer', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('relations')
    .ifNotExists()
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('claim_id', 'text', (column) => column.notNull())
    .addColumn('document_id', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('predicate', 'text', (column) => column.notNull())
    .addColumn('object', 'text', (column) => column.notNull())
    .addColumn('object_text', 'text', (column) => column.notNull())
    .addColumn('negated', 'integer', (column) => column.notNull())
    .addColumn('attribution_kind', 'text', (column) => column.notNull())
    .addColumn('source', 'text')
    .addColumn('hedged', 'integer', (column) => column.notNull())
    .addColumn('data', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('links')
    .ifNotExists()
    .addColumn('claim_a', 'text', (column) => column.notNull())
    .addColumn('claim_b', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('reason', 'text', (column) => column.notNull())
    .addColumn('strength', 'text', (column) => column.notNull())
    .addColumn('evidence', 'text')
    .addPrimaryKeyConstraint('links_pk', ['claim_a', 'claim_b', 'kind'])
    .execute();
  await db.schema
    .createTable('store_info')
    .ifNotExists()
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('value', 'text', (column) => column.notNull())
    .execute();
  const indexes: Array<[string, keyof Database, string[]]> = [
    ['entities_key', 'entities', ['key']],
    ['entity_aliases_key', 'entity_aliases', ['key']],
    ['mentions_entity', 'mentions', ['entity_id']],
    ['mentions_document', 'mentions', ['document_id']],
    ['claims_document', 'claims', ['document_id', 'ordinal']],
    ['entities_canonical', 'entities', ['canonical_id']],
    ['entity_names_block', 'entity_names', ['block_hash']],
    ['claim_keys_key', 'claim_keys', ['key_hash']],
    ['claim_keys_document', 'claim_keys', ['document_id']],
    ['claim_entities_entity', 'claim_entities', ['entity_id']],
    ['claim_entities_document', 'claim_entities', ['document_id']],
    ['claim_times_value', 'claim_times', ['calendar', 'value']],
    ['claim_times_document', 'claim_times', ['document_id']],
    ['relations_subject', 'relations', ['subject']],
    ['relations_object', 'relations', ['object']],
    ['relations_document', 'relations', ['document_id']],
    ['links_b', 'links', ['claim_b']],
  ];
  for (const [name, table, columns] of indexes) await db.schema.createIndex(name).ifNotExists().on(table).columns(columns).execute();
  await sql`insert into store_info (key, value) values ('schema_version', ${SCHEMA_VERSION}) on conflict (key) do nothing`.execute(db);
  await sql`insert into store_info (key, value) values ('pack_dictionary', ${packDictionaryHash()}) on conflict (key) do nothing`.execute(db);
}
