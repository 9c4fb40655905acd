import BetterSqlite3 from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { ClaimgraphError } from '../core/errors.js';
import { APPLICATION_ID } from './sqlite.js';
import { TABLES } from './schema.js';

export interface CheckReport {
  /** claimgraph's by its application_id, an older claimgraph store (by its tables), or another application's. */
  identity: 'claimgraph' | 'claimgraph-unmarked' | 'foreign';
  /** SQLite's full integrity_check: ["ok"] when the file is sound, else what is wrong (at most 100 lines). */
  integrity: string[];
  missingTables: string[];
  /** False when even the list of tables cannot be read: then nothing in the file can be. */
  schemaReadable: boolean;
  ok: boolean;
}

export interface ReadableDocument {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
}

function openReadOnly(path: string): BetterSqlite3.Database {
  if (!existsSync(path)) throw new ClaimgraphError('store_unavailable', `no store at ${path}`);
  try {
    return new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new ClaimgraphError('store_unavailable', `${path}: cannot open (${(error as Error).message})`, { cause: error });
  }
}

/** The full check of a SQLite store, read-only: what the file is, SQLite's integrity_check, the tables. */
export function checkSqliteStore(path: string): CheckReport {
  const database = openReadOnly(path);
  try {
    let integrity: string[];
    let tables: string[] = [];
    let schemaReadable = true;
    let applicationId = 0;
    try {
      applicationId = Number(database.pragma('application_id', { simple: true }));
      integrity = (database.pragma('integrity_check(100)') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
    } catch (error) {
      integrity = [(error as Error).message];
    }
    try {
      tables = (database.prepare("select name from sqlite_master where type = 'table'").all() as Array<{ name: string }>).map((row) => row.name);
    } catch {
      schemaReadable = false;
    }
    const missingTables = schemaReadable ? TABLES.filter((table) => !tables.includes(table)) : [];
    const identity = applicationId === APPLICATION_ID ? 'claimgraph' : applicationId === 0 && (tables.includes('store_info') || !schemaReadable) ? 'claimgraph-unmarked' : 'foreign';
    return { identity, integrity, missingTables, schemaReadable, ok: identity !== 'foreign' && schemaReadable && missingTables.length === 0 && integrity.length === 1 && integrity[0] === 'ok' };
  } finally {
    database.close();
  }
}

/** Past this many rowids in a row with nothing readable, a rowid scan stops. */
const MISSES_BEFORE_GIVING_UP = 10_000;

/**
 * Every article that can still be read from a (possibly damaged) store, one at a time, so one
 * unreadable page costs only the articles on it. Ids come from a scan of the table, or, when that
 * scan fails, from probing rowids one by one.
 */
export function* readableDocuments(path: string): Generator<ReadableDocument | { unreadable: string }> {
  const database = openReadOnly(path);
  try {
    let one: BetterSqlite3.Statement;
    try {
      one = database.prepare('select id, source, title, outlet, published, text from documents where rowid = ?');
    } catch (error) {
      yield { unreadable: `the documents table cannot be read at all: ${(error as Error).message}` };
      return;
    }
    let rowids: number[] | null = null;
    try {
      rowids = (database.prepare('select rowid as rowid from documents order by rowid').all() as Array<{ rowid: number }>).map((row) => row.rowid);
    } catch {
      rowids = null;
    }
    const read = (rowid: number): ReadableDocument | { unreadable: string } | null => {
      try {
        return (one.get(rowid) as ReadableDocument | undefined) ?? null;
      } catch (error) {
        return { unreadable: `rowid ${rowid}: ${(error as Error).message}` };
      }
    };
    if (rowids) {
      for (const rowid of rowids) {
        const found = read(rowid);
        if (found) yield found;
      }
      return;
    }
    let misses = 0;
    for (let rowid = 1; misses < MISSES_BEFORE_GIVING_UP; rowid++) {
      const found = read(rowid);
      if (found && 'id' in found) {
        misses = 0;
        yield found;
      } else {
        misses++;
        if (found) yield found;
      }
    }
  } finally {
    database.close();
  }
}
