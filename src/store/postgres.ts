import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { ClaimgraphError, isClaimgraphError } from '../core/errors.js';
import type { DialectAdapter } from './adapter.js';
import { guardStore } from './errors.js';
import { KyselyStore } from './kysely-store.js';
import type { Database } from './schema.js';
import type { Store } from './store.js';

// bigint columns (seq, search_id) come back as numbers: they stay far below 2^53.
pg.types.setTypeParser(20, (value: string) => Number(value));

const phrase = (words: string[]) => words.join(' ');

export const postgresAdapter: DialectAdapter = {
  name: 'postgres',
  binaryType: 'bytea',
  // One writer at a time, as SQLite's BEGIN IMMEDIATE gives: a transaction-scoped advisory lock,
  // which also works before any table exists.
  beginWrite: ['begin', 'select pg_advisory_xact_lock(7210393)'],
  // Each row's search vector over the 'simple' configuration (no stemming, as SQLite's unicode61) is a
  // stored generated column with a GIN index: PostgreSQL keeps it current itself, so indexing and
  // removal are no-ops. Stored rather than an expression index, because a phrase query rechecks every
  // row the index finds and ranking reads every match: from an expression, each of those parses the
  // row's whole text again (a two-word search over 5,000 articles took 0.4-4.5 s, stored 14-81 ms).
  async createSearch(db) {
    await sql`alter table claims add column if not exists search_vector tsvector generated always as (to_tsvector('simple', text)) stored`.execute(db);
    await sql`create index if not exists claims_search on claims using gin (search_vector)`.execute(db);
    await sql`alter table documents add column if not exists search_vector tsvector generated always as (to_tsvector('simple', coalesce(title, '') || ' ' || text)) stored`.execute(db);
    await sql`create index if not exists documents_search on documents using gin (search_vector)`.execute(db);
    // The expression indexes of stores written before (schema version 5 as first released).
    await sql`drop index if exists claims_fts`.execute(db);
    await sql`drop index if exists documents_fts`.execute(db);
  },
  async searchOutdated(db) {
    const { rows } = await sql`select 1 from information_schema.columns where table_schema = current_schema() and table_name = 'documents' and column_name = 'search_vector'`.execute(db);
    return rows.length === 0;
  },
  async refreshStatistics(db) {
    // Without statistics (autovacuum off, or not yet run after a bulk ingest) the planner takes a
    // lookup of 400 link-key hashes for most of claim_keys and scans it whole: 129 ms at 3,000
    // articles, 7 ms by its index once analysed. ANALYZE samples a bounded number of rows per table;
    // only this store's own tables (its schema's), never the rest of a shared database.
    const { rows } = await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema() order by tablename`.execute(db);
    if (rows.length > 0) await sql`analyze ${sql.join(rows.map((row) => sql.id(row.name)))}`.execute(db);
  },
  async indexForSearch() {},
  async removeFromSearch() {},
  async searchClaims(db, words, limit) {
    // phraseto_tsquery reads plain text: no input is taken as query syntax.
    const { rows } = await sql<{
      id: string;
      rank: number;
    }>`select id, -ts_rank(search_vector, query) as rank from claims, phraseto_tsquery('simple', ${phrase(words)}) as query where search_vector @@ query order by rank, id limit ${limit}`.execute(db);
    return rows;
  },
  async searchDocuments(db, words, limit) {
    const { rows } = await sql<{
      id: string;
      rank: number;
    }>`select id, -ts_rank(search_vector, query) as rank from documents, phraseto_tsquery('simple', ${phrase(words)}) as query where search_vector @@ query order by rank, id limit ${limit}`.execute(
      db,
    );
    return rows;
  },
};

/** A connection pool that survives connections the server terminates: the store's, and the job queue's records'. */
export function postgresPool(url: string, max: number, extra: Partial<pg.PoolConfig> = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000, ...extra });
  // An idle connection terminated by the server (a restart, pg_terminate_backend) is reported on the
  // pool; without a listener node would crash. The next query takes a fresh connection.
  pool.on('error', () => undefined);
  // A connection checked out (inside a transaction, between two statements) reports its loss on the
  // client itself: listened to here, the loss reaches the caller as the next query's rejection.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/**
 * Opens a PostgreSQL store (creating its tables if needed). `schema` puts the tables in a schema of
 * their own, which the conformance tests use to keep each run apart.
 */
export async function openPostgresStore(url: string, options: { schema?: string } = {}): Promise<Store> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
    throw new ClaimgraphError('bad_usage', `not a schema name: "${options.schema}"`);
  }
  const pool = postgresPool(url, 4, options.schema ? { options: `-c search_path=${options.schema}` } : {});
  const safeUrl = url.replace(/\/\/[^@/]*@/, '//…@');
  try {
    const client = await pool.connect();
    try {
      if (options.schema) await client.query(`create schema if not exists ${options.schema}`);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new ClaimgraphError('store_unavailable', `${safeUrl}: cannot connect to PostgreSQL (${(error as Error).message})`, { cause: error });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    return guardStore(await KyselyStore.open(db, postgresAdapter, { readonly: false }), safeUrl);
  } catch (error) {
    if (isClaimgraphError(error)) throw new ClaimgraphError(error.kind, `${safeUrl}: ${error.message.replace(/^\[E\d+\] /, '')}`, { cause: error });
    throw error;
  }
}
