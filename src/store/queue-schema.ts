import { sql, type ColumnType, type Generated, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * The job queue's own tables, beside the store's in a PostgreSQL store (`claimgraph migrate` makes
 * them; SQLite stores never have them). The queue library (graphile-worker) keeps its jobs in its own
 * schema; these tables hold what claimgraph needs to know about each input, whichever machine runs it.
 */
export interface QueueInputsTable {
  /** SHA-256 of the input bytes: the same hash the store keeps in documents.source_hash, and the job's key. */
  source_hash: string;
  /** The input as named on the machine that enqueued it (a path, or "-"). */
  name: string;
  /** The bytes themselves, so a worker on another machine needs no shared files; cleared once stored. */
  bytes: Buffer | null;
  /** How to analyse the bytes (published, format, maxBytes, budgets) as JSON. */
  options: string;
  /** queued (waiting, running or retrying), done (stored, in the same transaction as the document), failed. */
  state: 'queued' | 'done' | 'failed';
  enqueued_at: ColumnType<Date, never, ReturnType<typeof sql>>;
  finished_at: ColumnType<Date | null, never, ReturnType<typeof sql> | null>;
  document_id: string | null;
  attempts: Generated<number>;
  error_code: string | null;
  error_message: string | null;
}

/** Workers that are alive say so every second; the jobs of one that stopped saying so are released. */
export interface QueueWorkersTable {
  /** The queue library's worker pool id (graphile-worker's locked_by). */
  worker_id: string;
  host: string;
  pid: number;
  started_at: ColumnType<Date, never, never>;
  seen_at: ColumnType<Date, never, ReturnType<typeof sql>>;
}

export interface QueueDatabase extends Database {
  queue_inputs: QueueInputsTable;
  queue_workers: QueueWorkersTable;
}

/** Creates the queue tables that do not exist yet (idempotent: `migrate` twice is a no-op). */
export async function createQueueSchema(db: Kysely<QueueDatabase>): Promise<void> {
  await db.schema
    .createTable('queue_inputs')
    .ifNotExists()
    .addColumn('source_hash', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('bytes', 'bytea')
    .addColumn('options', 'text', (column) => column.notNull())
    .addColumn('state', 'text', (column) => column.notNull())
    .addColumn('enqueued_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addColumn('document_id', 'text')
    .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .execute();
  await db.schema.createIndex('queue_inputs_state').ifNotExists().on('queue_inputs').columns(['state', 'finished_at']).execute();
  await db.schema
    .createTable('queue_workers')
    .ifNotExists()
    .addColumn('worker_id', 'text', (column) => column.primaryKey())
    .addColumn('host', 'text', (column) => column.notNull())
    .addColumn('pid', 'integer', (column) => column.notNull())
    .addColumn('started_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('seen_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
}
