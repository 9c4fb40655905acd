import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { ClaimgraphError, isClaimgraphError } from '../core/errors.js';
import { guardStore, recoveryHint, storeErrorOf } from './errors.js';
import { SCHEMA_VERSION } from './schema.js';
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
    const { rows } = await sql<{
      id: string;
      rank: number;
    }>`select claims.id as id, hits.rank as rank from (select rowid, rank from claims_fts where claims_fts match ${phrase(words)} order by rank limit ${limit}) as hits join claims on claims.search_id = hits.rowid order by hits.rank`.execute(
      db,
    );
    return rows;
  },
  async beforeClose(db) {
    // Gathers statistics where they are stale, so the planner starts from the rarer filter.
    await sql`pragma optimize`.execute(db).catch(() => undefined);
  },
  async searchDocuments(db, words, limit) {
    const { rows } = await sql<{
      id: string;
      rank: number;
    }>`select documents.id as id, hits.rank as rank from (select rowid, rank from documents_fts where documents_fts match ${phrase(words)} order by rank limit ${limit}) as hits join documents on documents.seq = hits.rowid order by hits.rank`.execute(
      db,
    );
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

/** claimgraph's SQLite application_id ("ClGr"), written in the file header so the file knows what it is. */
export const APPLICATION_ID = 0x436c4772;

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Decides, before anything is written, whether a file may be opened as a claimgraph store: an
 * empty or new file, or a SQLite database that is claimgraph's by its application_id (or, for
 * stores written before the id, by its store_info table). Another application's database is refused.
 */
function checkIdentity(path: string, database: BetterSqlite3.Database): { isNew: boolean; marked: boolean } {
  const applicationId = Number(database.pragma('application_id', { simple: true }));
  const tables = (database.prepare("select name from sqlite_master where type = 'table'").all() as Array<{ name: string }>).map((row) => row.name);
  if (applicationId === APPLICATION_ID) return { isNew: false, marked: true };
  if (applicationId !== 0) {
    throw new ClaimgraphError('store_foreign', `${path}: a SQLite database of another application (application_id ${applicationId}), not a claimgraph store: refusing to read or write it`);
  }
  if (tables.length === 0) return { isNew: true, marked: false };
  if (tables.includes('store_info') && tables.includes('documents')) return { isNew: false, marked: false };
  throw new ClaimgraphError(
    'store_foreign',
    `${path}: a SQLite database with tables of its own (${tables.slice(0, 3).join(', ')}${tables.length > 3 ? ', ...' : ''}), not a claimgraph store: refusing to write into it`,
  );
}

/** A non-empty file that is not SQLite at all is refused before the driver touches it. */
function checkMagic(path: string): void {
  if (!existsSync(path)) return;
  const size = statSync(path).size;
  if (size === 0) return;
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_MAGIC) {
    throw new ClaimgraphError('store_foreign', `${path}: not a SQLite database (and not a claimgraph store): refusing to read or write it`);
  }
}

/**
 * A read-only second connection to the store's file, for the reads that must not wait for the one
 * writing connection's transaction: WAL lets it read the last commit while the writer works.
 */
function sideReader(path: string, busyTimeoutMs = 60_000): Kysely<Database> {
  const database = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  database.pragma(`busy_timeout = ${busyTimeoutMs}`);
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

/**
 * Opens (creating if needed) a SQLite store: WAL, so readers never wait for the writer, and a busy
 * timeout, so a second process ingesting at the same time waits its turn instead of failing.
 * Opening checks what the file is (checkIdentity) and runs SQLite's quick_check: a damaged store is
 * refused for reading and writing alike, with how to recover.
 */
export async function openSqliteStore(
  path: string,
  options: { readonly?: boolean; busyTimeoutMs?: number; /** A cap on the file's size in pages: what a full disk looks like, for tests. */ maxPageCount?: number } = {},
): Promise<Store> {
  checkMagic(path);
  let database: BetterSqlite3.Database;
  let identity: { isNew: boolean; marked: boolean };
  try {
    database = new BetterSqlite3(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw new ClaimgraphError('store_unavailable', `${path}: cannot open as a claimgraph store (${(error as Error).message})`, { cause: error });
  }
  try {
    database.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 60_000}`);
    identity = checkIdentity(path, database);
    if (!identity.isNew) {
      const problems = (database.pragma('quick_check(5)') as Array<{ quick_check: string }>).map((row) => row.quick_check);
      if (problems.length !== 1 || problems[0] !== 'ok') {
        throw new ClaimgraphError('store_damaged', `${path}: the store is damaged (${problems.join('; ').slice(0, 300)}); ${recoveryHint(path)}`);
      }
    }
    if (!options.readonly) database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    // Checkpoint every ~40 MB of WAL rather than every 4 MB: fewer, larger copies into the database.
    database.pragma('wal_autocheckpoint = 10000');
    if (options.maxPageCount) database.pragma(`max_page_count = ${Math.floor(options.maxPageCount)}`);
  } catch (error) {
    database.close();
    throw storeErrorOf(error, path) ?? new ClaimgraphError('store_unavailable', `${path}: cannot open as a claimgraph store (${(error as Error).message})`, { cause: error });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  let store: Store;
  try {
    store = await KyselyStore.open(db, sqliteAdapter, { readonly: options.readonly ?? false, sideReader: options.readonly ? undefined : sideReader(path, options.busyTimeoutMs) });
  } catch (error) {
    if (isClaimgraphError(error)) throw new ClaimgraphError(error.kind, `${path}: ${error.message.replace(/^\[E\d+\] /, '')}`, { cause: error });
    throw error;
  }
  if (!identity.marked && !(options.readonly ?? false)) {
    try {
      database.pragma(`application_id = ${APPLICATION_ID}`);
      database.pragma(`user_version = ${Number(SCHEMA_VERSION)}`);
    } catch (error) {
      await store.close();
      throw storeErrorOf(error, path) ?? error;
    }
  }
  return guardStore(store, path);
}
