import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { ClaimgraphError } from '../core/errors.js';
import type { DialectAdapter } from './adapter.js';
import { KyselyStore } from './kysely-store.js';
import type { Database } from './schema.js';
import type { Store } from './store.js';

/** A phrase query for FTS5: every word in double quotes, so no input is read as query syntax. */
const phrase = (words: string[]) => `"${words.join(' ')}"`;

export const sqliteAdapter: DialectAdapter = {
  name: 'sqlite',
  // IMMEDIATE takes the write lock at BEGIN, so two writers queue on the busy timeout instead of
  // deadlocking when both try to upgrade a read lock.
  beginWrite: ['begin immediate'],
  async createSearch(db) {
    await sql`create virtual table if not exists claims_fts using fts5(text, claim_id unindexed, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    await sql`create virtual table if not exists documents_fts using fts5(title, text, document_id unindexed, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  },
  async indexForSearch(db, document, claims) {
    await sql`insert into documents_fts (title, text, document_id) values (${document.title ?? ''}, ${document.text}, ${document.id})`.execute(db);
    for (let index = 0; index < claims.length; index += 200) {
      const chunk = claims.slice(index, index + 200);
      await sql`insert into claims_fts (text, claim_id) values ${sql.join(chunk.map((claim) => sql`(${claim.text}, ${claim.id})`))}`.execute(db);
    }
  },
  async removeFromSearch(db, documentId, claimIds) {
    await sql`delete from documents_fts where document_id = ${documentId}`.execute(db);
    for (let index = 0; index < claimIds.length; index += 500) {
      await sql`delete from claims_fts where claim_id in (${sql.join(claimIds.slice(index, index + 500))})`.execute(db);
    }
  },
  async searchClaims(db, words, limit) {
    const { rows } = await sql<{ id: string; rank: number }>`select claim_id as id, bm25(claims_fts) as rank from claims_fts where claims_fts match ${phrase(words)} order by rank limit ${limit}`.execute(db);
    return rows;
  },
  async searchDocuments(db, words, limit) {
    const { rows } = await sql<{ id: string; rank: number }>`select document_id as id, bm25(documents_fts) as rank from documents_fts where documents_fts match ${phrase(words)} order by rank limit ${limit}`.execute(db);
    return rows;
  },
};

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
    database.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    throw new ClaimgraphError('store_unavailable', `${path}: cannot open as a claimgraph store (${(error as Error).message})`, { cause: error });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return KyselyStore.open(db, sqliteAdapter, { readonly: options.readonly ?? false });
}
