import { ClaimgraphError, isClaimgraphError } from '../core/errors.js';
import type { Store } from './store.js';

/** How to get the readable part of a damaged SQLite store back. */
export const recoveryHint = (store = 'FILE') =>
  /^postgres/i.test(store)
    ? `run "claimgraph check --db URL" to see what is missing; restore the database from a backup (pg_dump) or ingest the articles again into a new one`
    : `run "claimgraph check --db ${store} --dump DIR" to save every article that can still be read, then "claimgraph ingest DIR --db NEW" into a new store`;

interface DriverError {
  code?: string;
  message?: string;
}

/**
 * Maps an error from better-sqlite3 or pg to a coded ClaimgraphError, or returns null for one that
 * is not the store's. Codes: SQLite's result codes; PostgreSQL's SQLSTATE classes 08 (connection),
 * 53 (resources), 57 (operator intervention), 42P01 (undefined table); node's socket errors.
 */
export function storeErrorOf(error: unknown, where: string): ClaimgraphError | null {
  if (isClaimgraphError(error)) return error;
  if (!error || typeof error !== 'object') return null;
  const { code = '', message = '' } = error as DriverError;
  const detail = `${where}: ${message}`;
  const failed = (what: string) => new ClaimgraphError('store_failed', `${where}: ${what} (${message}); nothing of the article being written was kept`, { cause: error });
  if (/^SQLITE_FULL/.test(code) || code === '53100') return failed('the disk is full or the store reached its size limit');
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return new ClaimgraphError('store_damaged', `${detail}: the store is damaged; ${recoveryHint(where)}`, { cause: error });
  if (/no such table|no such column/i.test(message) || code === '42P01' || code === '42703') {
    return new ClaimgraphError('store_damaged', `${detail}: a table or column of the store is missing; ${recoveryHint(where)}`, { cause: error });
  }
  if (/^SQLITE_(IOERR|READONLY|CANTOPEN|BUSY|LOCKED|PERM|NOMEM)/.test(code)) return failed('the store could not be read or written');
  if (
    /^(08|57P|53)/.test(code) ||
    /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|ENOTFOUND)$/.test(code) ||
    /Connection terminated|connection.*(closed|lost)|terminating connection|connection error|not queryable/i.test(message)
  ) {
    return failed('the connection to the database was lost');
  }
  if (code === '22003' || code === '22P02' || code === '54000') return failed('a value is out of the range the database accepts');
  if (/^SQLITE_/.test(code) || /^[0-9A-Z]{5}$/.test(code)) return failed('the database refused the operation');
  return null;
}

/**
 * The store with every method's failure mapped to a coded error: a full disk, a lost connection or
 * a dropped table reach the caller as store_failed or store_damaged, never as a driver's stack trace.
 */
export function guardStore(store: Store, where: string): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        try {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          if (result instanceof Promise) {
            return result.catch((error: unknown) => {
              throw storeErrorOf(error, where) ?? error;
            });
          }
          return result;
        } catch (error) {
          throw storeErrorOf(error, where) ?? error;
        }
      };
    },
  });
}
