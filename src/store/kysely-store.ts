import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Analysis } from '../core/analysis.js';
import type { AttributionKind, ClaimType, Document, LinkEvidence, LinkKind } from '../core/index.js';
import type { ContractClaim } from '../contract/json.js';
import { nameKey } from '../core/names.js';
import { crossArticleWork, type CorpusLookup } from '../corpus/corpus.js';
import { claimKey, keyHash, type ClaimKey, type LinkableClaim } from '../corpus/links/index.js';
import { keyOf, packBody, unpackBody, type KeyBody } from '../corpus/links/packed-key.js';
import { RecentCache } from '../corpus/recent-cache.js';
import { searchWords, statisticsDue, type DialectAdapter } from './adapter.js';
import { packDictionaryHash, packText, unpackJson, unpackText } from './pack.js';
import { analysisRows } from './rows.js';
import { addKeyBodies, createSchema, keyBodiesMissing, SCHEMA_VERSION, TABLES, type Database } from './schema.js';
import type { QueueDatabase } from './queue-schema.js';
import { recoveryHint } from './errors.js';
import { ClaimgraphError, isClaimgraphError } from '../core/errors.js';
import type {
  ClaimFilter,
  CrossArticleWork,
  DocumentStats,
  SaveOptions,
  SaveOutcome,
  SaveResult,
  SearchResult,
  Store,
  StoreCounts,
  StoredClaim,
  StoredDocument,
  StoredEntity,
  StoredLink,
  StoredMention,
  StoredRelation,
  TimelineEntry,
} from './store.js';

/** Rows per multi-row INSERT: well under SQLite's 32,766 bound parameters for the widest table. */
const INSERT_CHUNK = 400;

type Tx = Kysely<Database>;

/** Stands for an empty IN list (which SQL does not allow): no id is the empty string. */
const NO_IDS = [''];

async function insertMany<T extends keyof Database>(db: Tx, table: T, rows: Array<Insertable<Database[T]>>, ignoreConflicts = false): Promise<void> {
  for (let index = 0; index < rows.length; index += INSERT_CHUNK) {
    const chunk = rows.slice(index, index + INSERT_CHUNK);
    const query = db.insertInto(table).values(chunk as never);
    await (ignoreConflicts ? query.onConflict((conflict) => conflict.doNothing()) : query).execute();
  }
}

/** Runs `ids` through an IN list in chunks, for engines with a bound-parameter limit. */
async function inChunks<T>(ids: string[], run: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const results: T[] = [];
  for (let index = 0; index < ids.length; index += 500) results.push(...(await run(ids.slice(index, index + 500))));
  return results;
}

/** What a StoredDocument needs: listings never drag each article's text and model along. */
const DOCUMENT_COLUMNS = ['id', 'source', 'title', 'outlet', 'authors', 'published', 'genre', 'claim_count', 'ingested_at'] as const;
const QUALIFIED_DOCUMENT_COLUMNS = DOCUMENT_COLUMNS.map((column) => `documents.${column}` as const);

const toDocument = (row: Pick<Selectable<Database['documents']>, (typeof DOCUMENT_COLUMNS)[number]>): StoredDocument => ({
  id: row.id,
  source: row.source,
  title: row.title,
  outlet: row.outlet,
  authors: JSON.parse(row.authors) as string[],
  published: row.published,
  genre: row.genre,
  claimCount: Number(row.claim_count),
  ingestedAt: row.ingested_at,
});

/** The job queue's done mark, written inside the save's transaction: the document and the mark commit together. */
async function markQueueInputDone(trx: Tx, sourceHash: string, documentId: string): Promise<void> {
  await (trx as unknown as Kysely<QueueDatabase>)
    .updateTable('queue_inputs')
    .set({ state: 'done', document_id: documentId, finished_at: sql`now()`, bytes: null, error_code: null, error_message: null })
    .where('source_hash', '=', sourceHash)
    .execute();
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** How many unpacked key bodies a store keeps at hand between saves: the copies of one story meet new claims together. */
const KEY_BODY_CACHE = 1024;
/** Stored claims' comparison keys held made: a few MB, and most of the earlier claims a save compares with. */
const KEY_CACHE = 2048;

/** Bytes as a string, one character per byte: a cheap exact map key for a stored value. */
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** The Store over Kysely: one implementation, with engine differences in a DialectAdapter. */

export class KyselyStore implements Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Unpacked key bodies by their stored bytes (as latin1 text). */
  private readonly keyBodies = new RecentCache<string, KeyBody>(KEY_BODY_CACHE);
  /** Comparison keys of stored claims, by their stored bytes (as latin1 text). */
  private readonly keys = new RecentCache<string, ClaimKey>(KEY_CACHE);

  private constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: DialectAdapter,
    /** A second connection for the reads that must not queue behind a write transaction (SQLite has one connection). */
    private readonly sideReader: Kysely<Database> | null,
  ) {
    this.dialect = adapter.name;
  }

  static async open(db: Kysely<Database>, adapter: DialectAdapter, options: { readonly: boolean; sideReader?: Kysely<Database> }): Promise<KyselyStore> {
    const store = new KyselyStore(db, adapter, options.sideReader ?? null);
    try {
      // Check the version before creating anything, so an older store is never half-upgraded.
      const version = await db
        .selectFrom('store_info')
        .select('value')
        .where('key', '=', 'schema_version')
        .executeTakeFirst()
        .then((row) => row?.value ?? null)
        .catch(() => null);
      if (version !== null && version !== SCHEMA_VERSION) {
        throw new ClaimgraphError('store_unavailable', `the store has schema version ${version}, this claimgraph reads version ${SCHEMA_VERSION}: ingest into a new store`);
      }
      if (version !== null) {
        // A table dropped by hand or lost to damage: refuse now, with a code, not mid-query.
        for (const table of TABLES) {
          const present = await sql`select 1 from ${sql.table(table)} limit 0`.execute(db).then(
            () => true,
            () => false,
          );
          if (!present) throw new ClaimgraphError('store_damaged', `the store has no ${table} table; ${recoveryHint()}`);
        }
        const packed = await db.selectFrom('store_info').select('value').where('key', '=', 'pack_dictionary').executeTakeFirst();
        if (packed?.value !== packDictionaryHash()) {
          throw new ClaimgraphError('store_unavailable', 'the store was written with another pack dictionary (models/pack-dictionary.txt): ingest into a new store');
        }
        // A search index of an older form is brought up to date once, under the write lock.
        if (!options.readonly && (await adapter.searchOutdated?.(db))) await store.write((trx) => adapter.createSearch(trx));
        // Claims' key bodies, kept since; another writer opening the store at once may have added the column first.
        if (!options.readonly && (await keyBodiesMissing(db))) {
          await store
            .write((trx) => addKeyBodies(trx, adapter.binaryType))
            .catch(async (error) => {
              if (await keyBodiesMissing(db)) throw error;
            });
        }
      }
      if (version === null) {
        if (options.readonly) throw new ClaimgraphError('store_unavailable', 'not a claimgraph store (no schema version)');
        // Tables of ours without our store_info: another application's database. Never write into it.
        const clash = await sql`select 1 from documents limit 0`.execute(db).then(
          () => true,
          () => false,
        );
        if (clash) throw new ClaimgraphError('store_foreign', 'this database has a documents table but is not a claimgraph store: refusing to write into it');
        await store.write(async (trx) => {
          await createSchema(trx, adapter.binaryType);
          await adapter.createSearch(trx);
        });
      }
    } catch (error) {
      await options.sideReader?.destroy().catch(() => undefined);
      await db.destroy().catch(() => undefined);
      if (isClaimgraphError(error)) throw error;
      throw new ClaimgraphError('store_unavailable', `cannot open as a claimgraph store (${(error as Error).message})`, { cause: error });
    }
    return store;
  }

  /** One write transaction that holds the write lock from its start; rolled back on any error. */
  private async write<T>(work: (trx: Tx) => Promise<T>): Promise<T> {
    return this.db.connection().execute(async (connection) => {
      for (const statement of this.adapter.beginWrite) await sql.raw(statement).execute(connection);
      try {
        const result = await work(connection);
        await sql`commit`.execute(connection);
        return result;
      } catch (error) {
        await sql`rollback`.execute(connection).catch(() => undefined);
        throw error;
      }
    });
  }

  async documentForSource(sourceHash: string): Promise<string | null> {
    // Read beside the writer: ingest asks this for the next inputs while it saves earlier ones. What it
    // answers may lag a commit; a save checks again inside its transaction.
    const row = await (this.sideReader ?? this.db).selectFrom('documents').select('id').where('source_hash', '=', sourceHash).executeTakeFirst();
    return row?.id ?? null;
  }

  async save(analysis: Analysis, options: SaveOptions): Promise<SaveResult> {
    const { result, seq } = await this.write((trx) => this.saveWithin(trx, analysis, options));
    // After the commit, outside the write lock: other writers go on while the statistics are gathered.
    if (result.status === 'added' && statisticsDue(seq)) await this.adapter.refreshStatistics?.(this.db);
    return result;
  }

  async saveBatch(entries: ReadonlyArray<{ analysis: Analysis; options: SaveOptions }>): Promise<SaveOutcome[]> {
    let refresh = false;
    const outcomes = await this.write(async (trx) => {
      const done: SaveOutcome[] = [];
      for (const { analysis, options } of entries) {
        await sql`savepoint cg_batch_entry`.execute(trx);
        try {
          const { result, seq } = await this.saveWithin(trx, analysis, options);
          refresh ||= result.status === 'added' && statisticsDue(seq);
          done.push({ result });
        } catch (error) {
          await sql`rollback to savepoint cg_batch_entry`.execute(trx);
          done.push({ error });
        }
        await sql`release savepoint cg_batch_entry`.execute(trx);
      }
      return done;
    });
    if (refresh) await this.adapter.refreshStatistics?.(this.db);
    return outcomes;
  }

  /** One article's save inside an open write transaction; `seq` is its place in the order (0 when unchanged). */
  private async saveWithin(trx: Tx, analysis: Analysis, options: SaveOptions): Promise<{ result: SaveResult; seq: number }> {
    const rows = analysisRows(analysis);
    const documentId = analysis.document.id;
    // Checked again inside the lock: another process may have stored it since we looked.
    const existing = await trx
      .selectFrom('documents')
      .select('id')
      .where((where) => where.or([where('source_hash', '=', options.sourceHash), where('id', '=', documentId)]))
      .executeTakeFirst();
    if (existing) {
      if (options.queued) await markQueueInputDone(trx, options.sourceHash, existing.id);
      return { result: { status: 'unchanged', documentId: existing.id, claims: 0, links: 0 }, seq: 0 };
    }
    const { next } = await trx
      .selectFrom('documents')
      .select(sql<number>`coalesce(max(seq), 0) + 1`.as('next'))
      .executeTakeFirstOrThrow();
    const seq = Number(next);
    await trx
      .insertInto('documents')
      .values({ ...rows.document, seq, source_hash: options.sourceHash, ingested_at: new Date().toISOString() })
      .execute();
    const links = await this.insertAnnotations(trx, rows, seq, analysis, options.crossArticle ?? crossArticleWork);
    if (options.queued) await markQueueInputDone(trx, options.sourceHash, documentId);
    return { result: { status: 'added', documentId, claims: rows.claims.length, links }, seq };
  }

  async replace(analysis: Analysis, options: { crossArticle?: CrossArticleWork } = {}): Promise<SaveResult> {
    const rows = analysisRows(analysis);
    const documentId = analysis.document.id;
    return this.write(async (trx) => {
      const existing = await trx.selectFrom('documents').select(['seq']).where('id', '=', documentId).executeTakeFirst();
      if (!existing) throw new Error(`document ${documentId} is not in the store`);
      await this.deleteAnnotations(trx, documentId);
      await trx
        .updateTable('documents')
        .set({ stages: rows.document.stages, document: rows.document.document, claim_count: rows.document.claim_count, title: rows.document.title, outlet: rows.document.outlet })
        .where('id', '=', documentId)
        .execute();
      const links = await this.insertAnnotations(trx, rows, Number(existing.seq), analysis, options.crossArticle ?? crossArticleWork);
      return { status: 'replaced', documentId, claims: rows.claims.length, links };
    });
  }

  private async deleteAnnotations(trx: Tx, documentId: string): Promise<void> {
    const claimIds = (await trx.selectFrom('claims').select('id').where('document_id', '=', documentId).execute()).map((row) => row.id);
    await inChunks(claimIds, async (chunk) => {
      await trx
        .deleteFrom('links')
        .where((where) => where.or([where('claim_a', 'in', chunk), where('claim_b', 'in', chunk)]))
        .execute();
      return [];
    });
    await this.adapter.removeFromSearch(trx, documentId);
    for (const table of ['mentions', 'claims', 'claim_entities', 'claim_times', 'claim_keys', 'relations'] as const) {
      await trx.deleteFrom(table).where('document_id', '=', documentId).execute();
    }
  }

  private async insertAnnotations(trx: Tx, rows: ReturnType<typeof analysisRows>, seq: number, analysis: Analysis, crossArticle: CrossArticleWork): Promise<number> {
    // Cross-article work (corpus/) decides merges and links from indexed lookups in this transaction,
    // under the write lock, so two writers never decide from the same stale view; the store saves what it is given.
    const additions = await crossArticle(analysis, this.lookup(trx));
    const entities = rows.entities.map((row) => ({ ...row, canonical_id: additions.canonical.get(row.id) ?? row.id }));
    const bodies = new Map(additions.prepared.map(({ key, packed }) => [key.claim.id, packed?.body ?? packBody(key)]));
    await insertMany(trx, 'entities', entities, true);
    await insertMany(trx, 'entity_aliases', rows.aliases, true);
    await insertMany(
      trx,
      'entity_names',
      additions.names.map((entry) => ({ block_hash: keyHash(entry.block), block: entry.block, entity_id: entry.entity, type: entry.type, name: entry.name })),
    );
    await insertMany(trx, 'mentions', rows.mentions);
    await insertMany(
      trx,
      'claims',
      rows.claims.map((row, ordinal) => {
        const body = bodies.get(row.id);
        return { ...row, search_id: seq * 100_000 + ordinal, key_body: body === undefined ? null : packText(body) };
      }),
    );
    await insertMany(
      trx,
      'claim_entities',
      rows.claimEntities.map((row) => ({ ...row, seq })),
      true,
    );
    await insertMany(trx, 'claim_times', rows.claimTimes);
    await insertMany(trx, 'relations', rows.relations, true);
    await insertMany(
      trx,
      'claim_keys',
      additions.claimKeys.map(({ claim, hash }) => ({ key_hash: hash, claim_id: claim, document_id: analysis.document.id })),
    );
    await this.adapter.indexForSearch(trx, analysis.document.id);
    await insertMany(
      trx,
      'links',
      additions.links.map((link) => ({
        claim_a: link.claims[0],
        claim_b: link.claims[1],
        kind: link.kind,
        reason: link.reason,
        strength: link.strength ?? 'normal',
        evidence: link.evidence ? JSON.stringify(link.evidence) : null,
      })),
      true,
    );
    return additions.links.length;
  }

  /** What cross-article work may read of the stored corpus, within one write transaction: indexed lookups only. */
  private lookup(trx: Tx): CorpusLookup {
    return {
      namesUnder: async (blocks) => {
        const wanted = new Set(blocks);
        const rows = await inChunks([...new Set(blocks.map(keyHash))].map(String), (chunk) =>
          trx.selectFrom('entity_names').select(['block', 'entity_id', 'type', 'name']).where('block_hash', 'in', chunk.map(Number)).execute(),
        );
        return rows.filter((row) => wanted.has(row.block)).map((row) => ({ block: row.block, entity: row.entity_id, type: row.type, name: row.name }));
      },
      canonicalIds: async (ids) => {
        const rows = await inChunks(ids, (chunk) => trx.selectFrom('entities').select(['id', 'canonical_id']).where('id', 'in', chunk).execute());
        return new Map(rows.map((row) => [row.id, row.canonical_id]));
      },
      keysUnder: async (hashes, documentId) => (await this.claimRowsUnder(trx, hashes, documentId)).map(({ row, hashes }) => ({ key: this.storedKey(row), hashes })),
    };
  }

  /**
   * A stored claim's comparison key, made once while it is in use (a claim filed under a common key
   * is read by many later saves). It is found by the stored bytes themselves, so a claim replaced
   * since, by this process or another, is never compared in its old form.
   */
  private storedKey(row: { linkable: Uint8Array; key_body: Uint8Array | null }): ClaimKey {
    const body = row.key_body;
    const bytes = body ? `${latin1(row.linkable)}\u0000${latin1(body)}` : latin1(row.linkable);
    return this.keys.get(bytes, () => {
      const claim = unpackJson<LinkableClaim>(row.linkable);
      return body ? keyOf(claim, this.keyBody(body)) : claimKey(claim);
    });
  }

  /** A stored key body, unpacked once for all the claims that share it while it is in use. */
  private keyBody(packed: Uint8Array): KeyBody {
    return this.keyBodies.get(latin1(packed), () => unpackBody(unpackText(packed)));
  }

  /** Claims of other documents filed under any of these key hashes, each with the hashes it matched. */
  private async claimRowsUnder(trx: Tx, hashes: number[], documentId: string): Promise<Array<{ row: { id: string; linkable: Uint8Array; key_body: Uint8Array | null }; hashes: number[] }>> {
    const rows = await inChunks(hashes.map(String), (chunk) =>
      trx.selectFrom('claim_keys').select(['claim_id', 'key_hash']).where('key_hash', 'in', chunk.map(Number)).where('document_id', '!=', documentId).execute(),
    );
    const matched = new Map<string, number[]>();
    for (const row of rows) (matched.get(row.claim_id) ?? matched.set(row.claim_id, []).get(row.claim_id)!).push(Number(row.key_hash));
    const found = await inChunks([...matched.keys()], (chunk) => trx.selectFrom('claims').select(['id', 'linkable', 'key_body']).where('id', 'in', chunk).execute());
    return found.map((row) => ({ row, hashes: matched.get(row.id)! }));
  }

  async loadDocument(id: string): Promise<Document | null> {
    const row = await this.db.selectFrom('documents').select(['text', 'document']).where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    return { ...(JSON.parse(row.document) as Omit<Document, 'text'>), text: row.text };
  }

  async documents(options: { limit?: number; offset?: number } = {}): Promise<StoredDocument[]> {
    const rows = await this.db
      .selectFrom('documents')
      .select(DOCUMENT_COLUMNS)
      .orderBy('seq')
      .limit(options.limit ?? 1_000_000)
      .offset(options.offset ?? 0)
      .execute();
    return rows.map(toDocument);
  }

  async staleDocuments(stages: Array<{ name: string; version: string }>): Promise<string[]> {
    const current = JSON.stringify(stages);
    const rows = await this.db.selectFrom('documents').select(['id', 'stages']).orderBy('seq').execute();
    return rows.filter((row) => row.stages !== current).map((row) => row.id);
  }

  async findEntities(name: string): Promise<StoredEntity[]> {
    const key = nameKey(name);
    // Every entity merged into the same actor as one answering to the name (merges are stored per entity).
    const rows = await this.db
      .selectFrom('entities')
      .select('id')
      .where('canonical_id', 'in', (eb) =>
        eb
          .selectFrom('entities')
          .select('canonical_id')
          .where((where) => where.or([where('key', '=', key), where('id', 'in', where.selectFrom('entity_aliases').select('entity_id').where('key', '=', key))])),
      )
      .execute();
    return this.entitiesById(rows.map((row) => row.id));
  }

  async entitiesById(ids: string[]): Promise<StoredEntity[]> {
    if (ids.length === 0) return [];
    const entities = await inChunks(ids, (chunk) => this.db.selectFrom('entities').selectAll().where('id', 'in', chunk).execute());
    const aliases = await inChunks(ids, (chunk) => this.db.selectFrom('entity_aliases').select(['entity_id', 'alias']).where('entity_id', 'in', chunk).orderBy('alias').execute());
    const counts = await inChunks(ids, (chunk) =>
      this.db
        .selectFrom('mentions')
        .select(['entity_id', (eb) => eb.fn.countAll<number>().as('mentions'), sql<number>`count(distinct document_id)`.as('documents')])
        .where('entity_id', 'in', chunk)
        .groupBy('entity_id')
        .execute(),
    );
    const countOf = new Map(counts.map((row) => [row.entity_id, row]));
    return entities
      .map((entity) => ({
        id: entity.id,
        name: entity.name,
        type: entity.type,
        aliases: aliases.filter((alias) => alias.entity_id === entity.id && alias.alias !== entity.name).map((alias) => alias.alias),
        mentions: Number(countOf.get(entity.id)?.mentions ?? 0),
        documents: Number(countOf.get(entity.id)?.documents ?? 0),
      }))
      .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  }

  async allEntities(): Promise<StoredEntity[]> {
    const rows = await this.db.selectFrom('entities').select('id').orderBy('id').execute();
    return this.entitiesById(rows.map((row) => row.id));
  }

  async entityDocuments(entityIds: string[]): Promise<Array<StoredDocument & { mentions: number }>> {
    if (entityIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('mentions')
      .innerJoin('documents', 'documents.id', 'mentions.document_id')
      .select(QUALIFIED_DOCUMENT_COLUMNS)
      .select((eb) => eb.fn.countAll<number>().as('mention_count'))
      .where('mentions.entity_id', 'in', entityIds)
      .groupBy('documents.id')
      .orderBy('documents.seq')
      .execute();
    return rows.map((row) => ({ ...toDocument(row), mentions: Number(row.mention_count) }));
  }

  /** The claims a filter selects, with the columns a StoredClaim needs; shared by claims() and countClaims(). */
  private claimQuery(filter: ClaimFilter) {
    let query = this.db
      .selectFrom('claims')
      .innerJoin('documents', 'documents.id', 'claims.document_id')
      .select([
        'claims.id',
        'claims.document_id',
        'claims.text',
        'claims.start',
        'claims.end',
        'claims.type',
        'claims.attribution_kind',
        'claims.source',
        'claims.hedged',
        'claims.checkworthiness',
        'claims.data',
        'documents.title',
        'documents.outlet',
        'documents.published',
        'documents.source as document_source',
      ]);
    if (filter.entityIds) {
      const entityIds = filter.entityIds.length > 0 ? filter.entityIds : NO_IDS;
      query = query.where('claims.id', 'in', (eb) => eb.selectFrom('claim_entities').select('claim_id').where('entity_id', 'in', entityIds));
    }
    if (filter.attribution) query = query.where('claims.attribution_kind', '=', filter.attribution);
    if (filter.source) query = query.where(sql<boolean>`lower(claims.source) like ${`%${escapeLike(filter.source.toLowerCase())}%`} escape '\\'`);
    if (filter.type) query = query.where('claims.type', '=', filter.type);
    if (filter.hedged !== undefined) query = query.where('claims.hedged', '=', filter.hedged ? 1 : 0);
    if (filter.from) query = query.where('documents.published', '>=', filter.from);
    if (filter.to) query = query.where('documents.published', '<', `${filter.to}~`);
    if (filter.documentId) query = query.where('claims.document_id', '=', filter.documentId);
    if (filter.claimIds) query = query.where('claims.id', 'in', filter.claimIds.length > 0 ? filter.claimIds : NO_IDS);
    if (filter.outlet) query = query.where('documents.outlet', '=', filter.outlet);
    if (filter.minCheckworthiness !== undefined) query = query.where('claims.checkworthiness', '>=', filter.minCheckworthiness);
    return query;
  }

  async countClaims(filter: ClaimFilter): Promise<number> {
    const row = await this.claimQuery(filter)
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async claims(filter: ClaimFilter): Promise<StoredClaim[]> {
    let query = this.claimQuery(filter);
    if (filter.sort === 'checkworthiness') query = query.orderBy('claims.checkworthiness', 'desc');
    if (filter.sort === 'published') query = query.orderBy('documents.published', 'desc');
    // search_id is (document seq, ordinal) in one indexed column: ingestion and text order without a sort.
    const rows = await query
      .orderBy('claims.search_id')
      .limit(filter.limit ?? 100)
      .offset(filter.offset ?? 0)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      documentId: row.document_id,
      text: row.text,
      start: Number(row.start),
      end: Number(row.end),
      type: row.type as ClaimType,
      attributionKind: row.attribution_kind as AttributionKind,
      source: row.source,
      hedged: Number(row.hedged) === 1,
      checkworthiness: Number(row.checkworthiness),
      claim: unpackJson<ContractClaim>(row.data),
      document: { title: row.title, outlet: row.outlet, published: row.published, source: row.document_source },
    }));
  }

  async relations(filter: { entityIds?: string[]; limit?: number }): Promise<StoredRelation[]> {
    let query = this.db.selectFrom('relations').innerJoin('documents', 'documents.id', 'relations.document_id').selectAll('relations').select('documents.outlet');
    if (filter.entityIds) {
      const ids = filter.entityIds.length > 0 ? filter.entityIds : NO_IDS;
      query = query.where((where) => where.or([where('relations.subject', 'in', ids), where('relations.object', 'in', ids)]));
    }
    const rows = await query
      .orderBy('documents.seq')
      .orderBy('relations.id')
      .limit(filter.limit ?? 10_000)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      claimId: row.claim_id,
      documentId: row.document_id,
      subject: row.subject,
      predicate: row.predicate,
      object: row.object,
      objectText: row.object_text,
      negated: Number(row.negated) === 1,
      attributionKind: row.attribution_kind as AttributionKind,
      source: row.source,
      hedged: Number(row.hedged) === 1,
      outlet: row.outlet,
    }));
  }

  async links(filter: { kind?: LinkKind; claimIds?: string[]; limit?: number }): Promise<StoredLink[]> {
    let query = this.db.selectFrom('links').selectAll();
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    if (filter.claimIds) {
      const ids = filter.claimIds.length > 0 ? filter.claimIds : NO_IDS;
      query = query.where((where) => where.or([where('claim_a', 'in', ids), where('claim_b', 'in', ids)]));
    }
    const rows = await query
      .orderBy('kind')
      .orderBy('claim_a')
      .orderBy('claim_b')
      .limit(filter.limit ?? 10_000)
      .execute();
    return rows.map((row) => ({
      kind: row.kind as LinkKind,
      claims: [row.claim_a, row.claim_b],
      reason: row.reason,
      strength: row.strength as 'weak' | 'normal',
      ...(row.evidence ? { evidence: JSON.parse(row.evidence) as LinkEvidence } : {}),
    }));
  }

  async search(text: string, options: { limit?: number } = {}): Promise<SearchResult> {
    const words = searchWords(text);
    if (words.length === 0) return { claims: [], documents: [] };
    const limit = options.limit ?? 50;
    const claimHits = await this.adapter.searchClaims(this.db, words, limit);
    const documentHits = await this.adapter.searchDocuments(this.db, words, limit);
    const claimRank = new Map(claimHits.map((hit) => [hit.id, hit.rank]));
    const claims = (await this.claims({ claimIds: claimHits.map((hit) => hit.id), limit }))
      .map((claim) => ({ ...claim, rank: Number(claimRank.get(claim.id)) }))
      .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
    const documentRank = new Map(documentHits.map((hit) => [hit.id, hit.rank]));
    const documentRows =
      documentHits.length === 0
        ? []
        : await this.db
            .selectFrom('documents')
            .select(DOCUMENT_COLUMNS)
            .where(
              'id',
              'in',
              documentHits.map((hit) => hit.id),
            )
            .execute();
    const documents = documentRows.map((row) => ({ ...toDocument(row), rank: Number(documentRank.get(row.id)) })).sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
    return { claims, documents };
  }

  async timeline(filter: { entityIds?: string[]; limit?: number }): Promise<TimelineEntry[]> {
    let query = this.db
      .selectFrom('claim_times')
      .innerJoin('claims', 'claims.id', 'claim_times.claim_id')
      .innerJoin('documents', 'documents.id', 'claim_times.document_id')
      .select([
        'claim_times.claim_id',
        'claim_times.document_id',
        'claim_times.value',
        'claim_times.text as date_text',
        'documents.published',
        'claims.text',
        'claims.attribution_kind',
        'claims.source',
        'documents.outlet',
      ])
      // Calendar dates only (they start with a year): durations and unanchored "April 22" cannot be placed.
      .where('claim_times.calendar', '=', 1);
    if (filter.entityIds) {
      const ids = filter.entityIds.length > 0 ? filter.entityIds : NO_IDS;
      query = query.where('claim_times.claim_id', 'in', (eb) => eb.selectFrom('claim_entities').select('claim_id').where('entity_id', 'in', ids));
    }
    const rows = await query
      .orderBy('claim_times.value')
      .orderBy('documents.seq')
      .orderBy('claims.ordinal')
      .limit(filter.limit ?? 1000)
      .execute();
    return rows.map((row) => ({
      claimId: row.claim_id,
      documentId: row.document_id,
      eventDate: row.value,
      dateText: row.date_text,
      reportDate: row.published,
      claimText: row.text,
      attributionKind: row.attribution_kind as AttributionKind,
      source: row.source,
      outlet: row.outlet,
    }));
  }

  async documentMentions(documentId: string): Promise<StoredMention[]> {
    const rows = await this.db.selectFrom('mentions').select(['entity_id', 'start', 'end', 'text', 'type']).where('document_id', '=', documentId).orderBy('start').execute();
    return rows.map((row) => ({ entity: row.entity_id, start: Number(row.start), end: Number(row.end), text: row.text, type: row.type }));
  }

  async documentStats(documentIds: string[]): Promise<DocumentStats[]> {
    const rows = await inChunks(documentIds, (chunk) =>
      this.db
        .selectFrom('claims')
        .select([
          'document_id',
          (eb) => eb.fn.countAll<number>().as('claims'),
          sql<number>`sum(case when attribution_kind = 'anonymous' then 1 else 0 end)`.as('anonymous'),
          sql<number>`sum(hedged)`.as('hedged'),
          sql<number>`sum(case when type = 'opinion' then 1 else 0 end)`.as('opinion'),
        ])
        .where('document_id', 'in', chunk)
        .groupBy('document_id')
        .execute(),
    );
    return rows.map((row) => ({ documentId: row.document_id, claims: Number(row.claims), anonymous: Number(row.anonymous), hedged: Number(row.hedged), opinion: Number(row.opinion) }));
  }

  async counts(): Promise<StoreCounts> {
    const count = async (table: keyof Database) =>
      Number(
        (
          await this.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      documents: await count('documents'),
      claims: await count('claims'),
      entities: await count('entities'),
      mentions: await count('mentions'),
      relations: await count('relations'),
      links: await count('links'),
    };
  }

  async close(): Promise<void> {
    await this.sideReader?.destroy();
    await this.adapter.beforeClose?.(this.db);
    await this.db.destroy();
  }
}
