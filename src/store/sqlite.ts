import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { ClaimgraphError, isClaimgraphError } from '../core/errors.js';
import type { DialectAdapter } from './adapter.js';
import { KyselyStore } from './kysely-store.js';
import type { Database } from './schema.js';
import type { Store } from './store.js';

/** A phrase query for FTS5: every word in double quotes, so no input is read as query syntax. */
const phrase = (words: string[]) => `"${words.join(' ')}"`;

export const sqliteAdapter: DialectAdapter = {
  name: 'sqlite',
  binaryType: 'blob',
  // IMMEDIATE takes the write lock at BEGIN, so two writers queue on the busy timeout instead of
  // deadlocking when both try to upgrade a read lock.
  beginWrite: ['begin immediate'],
  // External-content FTS5 tables: the index reads text from claims and documents, so no text is
  // stored twice. Their keys are explicit integer columns, which VACUUM never renumbers.
  async createSearch(db) {
    await sql`create virtual table if not exists claims_fts using fts5(text, content = 'claims', content_rowid = 'search_id', tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    await sql`create virtual table if not exists documents_fts using fts5(title, text, content = 'documents', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  },
  async indexForSearch(db, documentId) {
    await sql`insert into documents_fts (rowid, title, text) select seq, coalesce(title, ''), text from documents where id = ${documentId}`.execute(db);
    await sql`insert into claims_fts (rowid, text) select search_id, text from claims where document_id = ${documentId}`.execute(db);
  },
  async removeFromSearch(db, documentId) {
    await sql`insert into documents_fts (documents_fts, rowid, title, text) select 'delete', seq, coalesce(title, ''), text from documents where id = ${documentId}`.execute(db);
    await sql`insert into claims_fts (claims_fts, rowid, text) select 'delete', search_id, text from claims where document_id = ${documentId}`.execute(db);
  },
  async searchClaims(db, words, limit) {
    // The best matches first, by FTS5's own rank column, and only those few joined to their rows.
    const { rows } = await sql<{ id: string; rank: number }>`select claims.id as id, hits.rank as rank from (select rowid, rank from claims_fts where claims_fts match ${phrase(words)} order by rank limit ${limit}) as hits join claims on claims.search_id = hits.rowid order by hits.rank`.execute(db);
    return rows;
  },
  async beforeClose(db) {
    // Gathers statistics where they are stale, so the planner starts from the rarer filter.
    await sql`pragma optimize`.execute(db).catch(() => undefined);
  },
  async searchDocuments(db, words, limit) {
    const { rows } = await sql<{ id: string; rank: number }>`select documents.id as id, hits.rank as rank from (select rowid, rank from documents_fts where documents_fts match ${phrase(words)} order by rank limit ${limit}) as hits join documents on documents.seq = hits.rowid order by hits.rank`.execute(db);
    return rows;
  },
};

/**
 * Kysely prepares every query it runs; the store runs the same few hundred SQL texts again and again,
 * so prepared statements are kept (up to a bound) and reused.
 */
function withStatementCache(database: BetterSqlite3.Database) {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        if (statements.size >= 1000) statements.clear();
        statement = database.prepare(text);
        statements.set(text, statement);
      }
      return statement;
    },
    close() {
      statements.clear();
      database.close();
    },
  };
}

/**
 * Opens (creating if needed) a SQLite store: WAL, so readers never wait for the writer, and a busy
 * timeout, so a second process ingesting at the same time waits its turn instead of failing.
 */
export async function openSqliteStore(path: string, options: { readonly?: boolean; busyTimeoutMs?: number } = {}): Promise<Store> {
  let database: BetterSqlite3.Database;
  try {
    database = new BetterSqlite3(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    database.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 60_000}`);
    if (!options.readonly) database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    // Checkpoint every ~40 MB of WAL rather than every 4 MB: fewer, larger copies into the database.
    database.pragma('wal_autocheckpoint = 10000');
    database.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    throw new ClaimgraphError('store_unavailable', `${path}: cannot open as a claimgraph store (${(error as Error).message})`, { cause: error });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  try {
    return await KyselyStore.open(db, sqliteAdapter, { readonly: options.readonly ?? false });
  } catch (error) {
    if (isClaimgraphError(error)) throw new ClaimgraphError(error.kind, `${path}: ${error.message.replace(/^\[E\d+\] /, '')}`, { cause: error });
    throw error;
  }
}
