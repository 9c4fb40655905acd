import { Kysely, PostgresDialect, sql } from 'kysely';
import { postgresPool } from './postgres.js';
import { ClaimgraphError } from '../core/errors.js';
import { createQueueSchema, type QueueDatabase } from './queue-schema.js';

/** The queue library's task that ingests one queued input (its payload names the input's hash). */
export const INGEST_TASK = 'claimgraph_ingest';

/** The queue library's schema (graphile-worker's default). */
export const QUEUE_LIBRARY_SCHEMA = 'graphile_worker';

/** One input to enqueue: its bytes travel through the database, so any worker on any machine can run it. */
export interface QueueInput {
  sourceHash: string;
  name: string;
  bytes: Uint8Array;
  /** How to analyse the bytes: IngestOptions without the source, as JSON-able values. */
  options: Record<string, unknown>;
  /** Attempts before an input that keeps failing with unexpected errors ends failed. */
  maxAttempts: number;
}

/**
 * What enqueueing one input did: a new job, a failed input queued again, nothing because the same bytes
 * are already queued (the same article enqueued ten times is one job), or nothing because they are stored.
 */
export type EnqueueOutcome = 'queued' | 'requeued' | 'already queued' | 'stored';

export interface StoredQueueInput {
  name: string;
  bytes: Buffer | null;
  options: Record<string, unknown>;
  state: 'queued' | 'done' | 'failed';
}

export interface QueueFailure {
  name: string;
  sourceHash: string;
  code: string | null;
  message: string | null;
  attempts: number;
  /** ISO time it failed (failed inputs), or null for one still being retried. */
  failedAt: string | null;
  /** True while the queue still retries it (after backoff); false once it ended failed. */
  retrying: boolean;
}

export interface QueueStatus {
  queued: number;
  running: number;
  /** Of the queued: those waiting for a retry after an unexpected error. */
  retrying: number;
  /** Of the queued: those whose job ended without marking them (enqueue them again to revive them). */
  stalled: number;
  done: number;
  failed: number;
  workers: Array<{ id: string; host: string; pid: number; startedAt: string; seenAt: string }>;
  throughput: {
    /** Inputs done in the last 60 seconds. */
    lastMinute: number;
    /** Inputs done per second since the oldest live worker started (null with no live worker). */
    perSecondSinceStart: number | null;
    since: string | null;
  };
  /** The latest failures (ended or being retried), newest first. */
  failures: QueueFailure[];
}

/**
 * The job queue's records in a PostgreSQL store: the inputs (bytes, options, state, error), the live
 * workers, and the queue library's jobs as its documented SQL API exposes them (`add_job`, the `jobs`
 * view, `force_unlock_workers`). The done mark itself is written by the store's save (see Store.save's
 * `queued`), in the transaction that stores the document.
 */
export class QueueLedger {
  private constructor(private readonly db: Kysely<QueueDatabase>) {}

  static async open(url: string): Promise<QueueLedger> {
    return new QueueLedger(new Kysely<QueueDatabase>({ dialect: new PostgresDialect({ pool: postgresPool(url, 2) }) }));
  }

  /** Creates the queue's tables (the queue library migrates its own schema). */
  async createTables(): Promise<void> {
    await this.db.transaction().execute((trx) => createQueueSchema(trx));
  }

  /** Whether `migrate` has made the queue's tables and the library's schema in this database. */
  async ready(): Promise<boolean> {
    const { rows } = await sql<{
      inputs: string | null;
      jobs: string | null;
    }>`select to_regclass('queue_inputs')::text as inputs, to_regclass(${`${QUEUE_LIBRARY_SCHEMA}.jobs`})::text as jobs`.execute(this.db);
    return rows[0]?.inputs != null && rows[0]?.jobs != null;
  }

  /**
   * Enqueues one input in one transaction: the input row and its job commit together. The input's hash
   * is its primary key and the job's key, so concurrent enqueues of the same bytes make one row and one job.
   */
  async enqueue(input: QueueInput): Promise<EnqueueOutcome> {
    return this.db.transaction().execute(async (trx) => {
      const stored = await trx.selectFrom('documents').select('id').where('source_hash', '=', input.sourceHash).executeTakeFirst();
      if (stored) return 'stored';
      const row = { name: input.name, bytes: Buffer.from(input.bytes), options: JSON.stringify(input.options) };
      const inserted = await trx
        .insertInto('queue_inputs')
        .values({ source_hash: input.sourceHash, ...row, state: 'queued' })
        .onConflict((conflict) => conflict.column('source_hash').doNothing())
        .returning('source_hash')
        .executeTakeFirst();
      let outcome: EnqueueOutcome = 'queued';
      if (!inserted) {
        // A failed input enqueued again is given a new chance; a queued or done one is left alone.
        const requeued = await trx
          .updateTable('queue_inputs')
          .set({ ...row, state: 'queued', enqueued_at: sql`now()`, finished_at: null, attempts: 0, error_code: null, error_message: null })
          .where('source_hash', '=', input.sourceHash)
          .where('state', '=', 'failed')
          .returning('source_hash')
          .executeTakeFirst();
        if (!requeued) {
          const current = await trx.selectFrom('queue_inputs').select('state').where('source_hash', '=', input.sourceHash).executeTakeFirstOrThrow();
          if (current.state === 'done') return 'stored';
          // Queued, and its job alive (waiting, running, or to be retried): nothing to add. A job that
          // ended without marking its input (its worker lost the database on the last attempt) is revived.
          if (await hasLiveJob(trx, input.sourceHash)) return 'already queued';
        }
        outcome = 'requeued';
      }
      await sql`select ${sql.id(QUEUE_LIBRARY_SCHEMA, 'add_job')}(${INGEST_TASK}, json_build_object('hash', ${input.sourceHash}::text), max_attempts => ${input.maxAttempts}::int, job_key => ${input.sourceHash}::text, job_key_mode => 'preserve_run_at')`.execute(
        trx,
      );
      return outcome;
    });
  }

  async input(sourceHash: string): Promise<StoredQueueInput | null> {
    const row = await this.db.selectFrom('queue_inputs').select(['name', 'bytes', 'options', 'state']).where('source_hash', '=', sourceHash).executeTakeFirst();
    return row ? { name: row.name, bytes: row.bytes, state: row.state, options: JSON.parse(row.options) as Record<string, unknown> } : null;
  }

  /** Marks an input done whose bytes were already stored (by a plain ingest): nothing new to commit with it. */
  async markStored(sourceHash: string, documentId: string, attempts: number): Promise<void> {
    await this.db
      .updateTable('queue_inputs')
      .set({ state: 'done', document_id: documentId, finished_at: sql`now()`, bytes: null, attempts, error_code: null, error_message: null })
      .where('source_hash', '=', sourceHash)
      .where('state', '=', 'queued')
      .execute();
  }

  /** An input that failed for good, with its error; its bytes stay, so it can be looked at or enqueued again. */
  async markFailed(sourceHash: string, error: { code: string; message: string }, attempts: number): Promise<void> {
    await this.db
      .updateTable('queue_inputs')
      .set({ state: 'failed', finished_at: sql`now()`, attempts, error_code: error.code, error_message: error.message })
      .where('source_hash', '=', sourceHash)
      .where('state', '=', 'queued')
      .execute();
  }

  /** Inputs not yet done or failed whose job is alive (waiting, running or to be retried). */
  async pending(): Promise<number> {
    const { rows } = await sql<{ n: number }>`select count(*) as n from queue_inputs as inputs where inputs.state = 'queued' and exists (${liveJob(sql.ref('inputs.source_hash'))})`.execute(this.db);
    return Number(rows[0].n);
  }

  /** Records that these worker pools are alive (first call registers them). */
  async heartbeat(workerIds: string[], host: string, pid: number): Promise<void> {
    if (workerIds.length === 0) return;
    await this.db
      .insertInto('queue_workers')
      .values(workerIds.map((id) => ({ worker_id: id, host, pid })))
      .onConflict((conflict) => conflict.column('worker_id').doUpdateSet({ seen_at: sql`now()` }))
      .execute();
  }

  /** A worker stopping cleanly takes itself off the list. */
  async forgetWorkers(workerIds: string[]): Promise<void> {
    if (workerIds.length === 0) return;
    await this.db.deleteFrom('queue_workers').where('worker_id', 'in', workerIds).execute();
  }

  /**
   * Releases the jobs of workers silent for longer than `seconds` (killed, or cut off from the
   * database), so another worker runs them again; returns the workers released. The database's clock
   * judges, so workers' clocks need not agree.
   */
  async releaseSilentWorkers(seconds: number): Promise<string[]> {
    const silent = (
      await this.db
        .selectFrom('queue_workers')
        .select('worker_id')
        .where('seen_at', '<', sql<Date>`now() - make_interval(secs => ${seconds})`)
        .execute()
    ).map((row) => row.worker_id);
    if (silent.length === 0) return [];
    await sql`select ${sql.id(QUEUE_LIBRARY_SCHEMA, 'force_unlock_workers')}(${silent}::text[])`.execute(this.db);
    await this.forgetWorkers(silent);
    return silent;
  }

  async status(options: { failures?: number } = {}): Promise<QueueStatus> {
    const states = await this.db
      .selectFrom('queue_inputs')
      .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('state')
      .execute();
    const count = (state: string) => Number(states.find((row) => row.state === state)?.n ?? 0);
    const jobs = sql.id(QUEUE_LIBRARY_SCHEMA, 'jobs');
    const { rows: jobRows } = await sql<{
      running: number;
      retrying: number;
    }>`select count(*) filter (where locked_at is not null) as running, count(*) filter (where locked_at is null and attempts > 0) as retrying from ${jobs} where task_identifier = ${INGEST_TASK}`.execute(
      this.db,
    );
    const workers = await this.db.selectFrom('queue_workers').selectAll().orderBy('started_at').execute();
    const since = workers.length > 0 ? workers[0].started_at : null;
    const { rows: rateRows } = await sql<{
      last_minute: number;
      since_start: number;
      elapsed: number;
    }>`select count(*) filter (where finished_at > now() - interval '1 minute') as last_minute, count(*) filter (where finished_at >= ${since ?? new Date(0)}) as since_start, extract(epoch from now() - ${since ?? new Date()}::timestamptz) as elapsed from queue_inputs where state = 'done'`.execute(
      this.db,
    );
    const limit = options.failures ?? 10;
    const failed = await this.db
      .selectFrom('queue_inputs')
      .select(['name', 'source_hash', 'error_code', 'error_message', 'attempts', 'finished_at'])
      .where('state', '=', 'failed')
      .orderBy('finished_at', 'desc')
      .limit(limit)
      .execute();
    const { rows: retried } = await sql<{
      name: string;
      source_hash: string;
      attempts: number;
      last_error: string;
    }>`select inputs.name, inputs.source_hash, jobs.attempts, jobs.last_error from ${jobs} as jobs join queue_inputs as inputs on inputs.source_hash = jobs.key where jobs.task_identifier = ${INGEST_TASK} and jobs.last_error is not null and inputs.state = 'queued' order by jobs.updated_at desc limit ${limit}`.execute(
      this.db,
    );
    const { rows: stalledRows } = await sql<{
      n: number;
    }>`select count(*) as n from queue_inputs as inputs where inputs.state = 'queued' and not exists (${liveJob(sql.ref('inputs.source_hash'))})`.execute(this.db);
    const rate = rateRows[0];
    const running = Number(jobRows[0]?.running ?? 0);
    return {
      queued: Math.max(0, count('queued') - running),
      running,
      retrying: Number(jobRows[0]?.retrying ?? 0),
      stalled: Number(stalledRows[0]?.n ?? 0),
      done: count('done'),
      failed: count('failed'),
      workers: workers.map((row) => ({ id: row.worker_id, host: row.host, pid: row.pid, startedAt: row.started_at.toISOString(), seenAt: row.seen_at.toISOString() })),
      throughput: {
        lastMinute: Number(rate?.last_minute ?? 0),
        perSecondSinceStart: since && Number(rate.elapsed) > 0 ? Number(rate.since_start) / Number(rate.elapsed) : null,
        since: since?.toISOString() ?? null,
      },
      failures: [
        ...retried.map((row) => ({
          name: row.name,
          sourceHash: row.source_hash,
          code: codeOf(row.last_error),
          message: row.last_error,
          attempts: Number(row.attempts),
          failedAt: null,
          retrying: true,
        })),
        ...failed.map((row) => ({
          name: row.name,
          sourceHash: row.source_hash,
          code: row.error_code,
          message: row.error_message,
          attempts: Number(row.attempts),
          failedAt: row.finished_at?.toISOString() ?? null,
          retrying: false,
        })),
      ],
    };
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** The queue library's job for an input, if it is still to run: waiting, running, or with attempts left. */
const liveJob = (sourceHash: ReturnType<typeof sql.ref> | string) =>
  sql`select 1 from ${sql.id(QUEUE_LIBRARY_SCHEMA, 'jobs')} as jobs where jobs.key = ${sourceHash} and jobs.task_identifier = ${INGEST_TASK} and (jobs.locked_at is not null or jobs.attempts < jobs.max_attempts)`;

async function hasLiveJob(db: Kysely<QueueDatabase>, sourceHash: string): Promise<boolean> {
  const { rows } = await sql<{ live: boolean }>`select exists (${liveJob(sourceHash)}) as live`.execute(db);
  return rows[0].live;
}

/** The E0xx code at the start of a claimgraph error message, if any. */
const codeOf = (message: string | null) => /\[(E\d+)\]/.exec(message ?? '')?.[1] ?? null;

/** The error for a queue command run before `claimgraph migrate` made the queue's tables. */
export const notMigrated = (where: string) => new ClaimgraphError('queue_unavailable', `${where}: the job queue's tables are missing: run "claimgraph migrate" first`);

/**
 * Opens the queue's records in a PostgreSQL store, refusing (E030, E035) an unreachable database or
 * one `claimgraph migrate` has not prepared.
 */
export async function openQueueLedger(url: string, where: string): Promise<QueueLedger> {
  const ledger = await QueueLedger.open(url);
  let ready: boolean;
  try {
    ready = await ledger.ready();
  } catch (error) {
    await ledger.close().catch(() => undefined);
    throw new ClaimgraphError('store_unavailable', `${where}: ${url.replace(/\/\/[^@/]*@/, '//…@')}: cannot connect to PostgreSQL (${(error as Error).message})`, { cause: error });
  }
  if (!ready) {
    await ledger.close();
    throw notMigrated(where);
  }
  return ledger;
}
