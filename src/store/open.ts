import type { Store } from './store.js';
import { openSqliteStore } from './sqlite.js';

/** The SQLite file used when no --db is given, in the working directory. */
export const DEFAULT_DB_FILE = 'claimgraph.db';

/** Opens a store from a --db value: a postgres:// URL, or a SQLite file path. */
export async function openStore(target: string, options: { readonly?: boolean } = {}): Promise<Store> {
  if (/^postgres(?:ql)?:\/\//i.test(target)) {
    const { openPostgresStore } = await import('./postgres.js');
    return openPostgresStore(target);
  }
  return openSqliteStore(target, options);
}
