// The store: one interface, implementations behind Kysely. Re-exports only, plus the opener.
export type {
  Store,
  SaveResult,
  DocumentStats,
  StoredMention,
  StoredClaim,
  StoredDocument,
  StoredEntity,
  StoredLink,
  StoredRelation,
  ClaimFilter,
  SearchResult,
  TimelineEntry,
  StoreCounts,
} from './store.js';
export { openSqliteStore } from './sqlite.js';
export { openStore, DEFAULT_DB_FILE } from './open.js';
export { searchWords } from './adapter.js';
export { QueueLedger, openQueueLedger, INGEST_TASK, type EnqueueOutcome, type QueueStatus, type QueueFailure } from './queue-ledger.js';
