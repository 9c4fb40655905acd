import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * What differs between SQL engines, as capabilities rather than `if (dialect === ...)` through the
 * code: how a write transaction takes its lock, and how full-text search is indexed and queried.
 */
export interface DialectAdapter {
  name: 'sqlite' | 'postgres';
  /** Column type for deflated JSON. */
  binaryType: 'blob' | 'bytea';
  /** Statements that open a write transaction holding the write lock from its first statement. */
  beginWrite: string[];
  createSearch(db: Kysely<Database>): Promise<void>;
  /** True when an existing store's search index is of an older form, which `createSearch` brings up to date. */
  searchOutdated?(db: Kysely<Database>): Promise<boolean>;
  /** Indexes a document and its claims, once their rows are written. */
  indexForSearch(db: Kysely<Database>, documentId: string): Promise<void>;
  /** Takes a document and its claims out of the index, before their rows are deleted. */
  removeFromSearch(db: Kysely<Database>, documentId: string): Promise<void>;
  /** Ids ranked best first; `words` are plain words, already stripped of any query syntax. */
  searchClaims(db: Kysely<Database>, words: string[], limit: number): Promise<Array<{ id: string; rank: number }>>;
  searchDocuments(db: Kysely<Database>, words: string[], limit: number): Promise<Array<{ id: string; rank: number }>>;
  /**
   * Gathers the planner's statistics, called after the saves that bring the store to 64, 128, 256, ...
   * documents (`statisticsDue`): a growing store is planned from its present size, not from its first.
   */
  refreshStatistics?(db: Kysely<Database>): Promise<void>;
  /** Housekeeping before the connection closes (SQLite refreshes the planner's statistics). */
  beforeClose?(db: Kysely<Database>): Promise<void>;
}

/**
 * Splits user input into plain words for search: "O'Brien" gives o, brien; "multi-agent" gives
 * multi, agent; quotes, stars, colons and parentheses never reach the engine as syntax.
 */
export function searchWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, 32);
}

/** Whether the save that made document number `seq` (1, 2, ...) should refresh the planner's statistics: at 64, 128, 256, ... */
export function statisticsDue(seq: number): boolean {
  return seq >= 64 && Number.isInteger(Math.log2(seq));
}
