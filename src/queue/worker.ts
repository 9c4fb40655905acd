import { EventEmitter } from 'node:events';
import { Logger, makeWorkerUtils, run, type Task, type WorkerEvents } from 'graphile-worker';
import { AnalysisThreads } from '../parallel/analysis-pool.js';
import { openPostgresStore } from '../store/postgres.js';
import { INGEST_TASK, openQueueLedger, QueueLedger } from '../store/queue-ledger.js';
import { runIngestJob, type JobOutcome } from './ingest-job.js';

/** Attempts an input gets before unexpected errors fail it for good (bad input fails at the first). */
export const DEFAULT_MAX_ATTEMPTS = 5;

/** How often a worker says it is alive (one small UPDATE), and looks for silent workers. */
const HEARTBEAT_MS = 1_000;

/** Seconds without a heartbeat after which a worker counts as gone and its running jobs are released. */
export const DEFAULT_STALE_SECONDS = 30;

/** Creates or upgrades the store's schema, the queue's tables and the queue library's schema; a no-op when all are current. */
export async function migrateQueue(url: string): Promise<void> {
  const store = await openPostgresStore(url);
  await store.close();
  const ledger = await QueueLedger.open(url);
  try {
    await ledger.createTables();
  } finally {
    await ledger.close();
  }
  const utils = await makeWorkerUtils({ connectionString: url, logger: quietLogger(() => undefined) });
  try {
    await utils.migrate();
  } finally {
    await utils.release();
  }
}

export interface QueueWorkerOptions {
  url: string;
  /** Jobs run at once by this process, each on an analysis thread of its own. */
  concurrency: number;
  /** Stop when no input is left queued (every one done or failed), instead of waiting for more. */
  drain: boolean;
  /** Another worker silent this long (killed, cut off) has its running jobs released to the rest. */
  staleAfterSeconds: number;
  /** Stops the worker gracefully: running jobs finish (or are released after a few seconds). */
  signal: AbortSignal;
  /** One line per finished job and per notable event. */
  log: (line: string) => void;
  /** Who this worker is, as `status` lists it. */
  host: string;
  pid: number;
  /** Test-only (CLAIMGRAPH_TEST_JOB_DELAY_MS): a pause between analysis and saving in every job. */
  delayBeforeSaveMs?: number;
}

export interface QueueWorkerSummary {
  added: number;
  unchanged: number;
  failed: number;
  retried: number;
}

/**
 * Runs queued inputs until stopped (or, with `drain`, until none is left): each job reads its input
 * from the database, analyses it on this process's analysis threads, and saves it with its done mark
 * in one transaction. While running, the worker says every second that it is alive, and releases
 * the jobs of workers that stopped saying so.
 */
export async function runQueueWorker(options: QueueWorkerOptions): Promise<QueueWorkerSummary> {
  const summary: QueueWorkerSummary = { added: 0, unchanged: 0, failed: 0, retried: 0 };
  const store = await openPostgresStore(options.url);
  const ledger = await openQueueLedger(options.url, 'worker').catch(async (error: unknown) => {
    await store.close().catch(() => undefined);
    throw error;
  });
  let threads: AnalysisThreads | null = null;
  let runner: Awaited<ReturnType<typeof run>> | null = null;
  let timer: NodeJS.Timeout | null = null;
  const poolIds: string[] = [];
  try {
    threads = new AnalysisThreads(options.concurrency);
    const analysisThreads = threads;
    const task: Task = async (payload, helpers) => {
      const { hash } = payload as { hash: string };
      let result: JobOutcome;
      try {
        result = await runIngestJob(hash, {
          store,
          ledger,
          analyze: (source, bytes, ingestOptions) => analysisThreads.analyze(source, bytes, ingestOptions),
          attempt: helpers.job.attempts,
          maxAttempts: helpers.job.max_attempts,
          delayBeforeSaveMs: options.delayBeforeSaveMs,
        });
      } catch (error) {
        summary.retried++;
        options.log(`retrying later (attempt ${helpers.job.attempts} of ${helpers.job.max_attempts}): ${(error as Error).message}`);
        throw error;
      }
      if (result.outcome === 'added' || result.outcome === 'unchanged') {
        summary[result.outcome]++;
        options.log(`${result.outcome} ${result.name}: ${result.claims} claims, ${result.links} links`);
      } else if (result.outcome === 'failed') {
        summary.failed++;
        options.log(`failed ${result.name}: ${result.message}`);
      }
    };
    const events: WorkerEvents = new EventEmitter();
    events.on('pool:create', ({ workerPool }) => poolIds.push(workerPool.id));
    runner = await run({
      connectionString: options.url,
      concurrency: options.concurrency,
      noHandleSignals: true,
      pollInterval: 1000,
      taskList: { [INGEST_TASK]: task },
      events,
      logger: quietLogger(options.log),
      maxPoolSize: options.concurrency + 2,
      // Marking a job done or failed goes through graphile-worker's batcher, which retries a lost
      // connection (20 attempts, 0.2 to 30 s apart). Unbatched (the default), a connection terminated
      // while a failed job was being marked rejected a promise nobody awaited and killed the worker.
      preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    });
    const beat = async () => {
      await ledger.heartbeat(poolIds, options.host, options.pid);
      const released = await ledger.releaseSilentWorkers(options.staleAfterSeconds);
      if (released.length > 0) options.log(`released the jobs of ${released.length} silent worker(s): ${released.join(', ')}`);
    };
    await beat();
    // Every worker beats at the same pace, whatever its own --stale-after, so each judges the others
    // alike. A missed beat (the connection cut for a moment) is made up by the next one.
    timer = setInterval(() => void beat().catch(() => undefined), HEARTBEAT_MS);
    const stopped = new Promise<void>((resolve) => {
      if (options.signal.aborted) resolve();
      options.signal.addEventListener('abort', () => resolve(), { once: true });
    });
    const drained = options.drain ? waitUntilDrained(ledger, options.signal) : new Promise<void>(() => undefined);
    await Promise.race([stopped, drained, runner.promise]);
    return summary;
  } finally {
    if (timer) clearInterval(timer);
    await runner?.stop().catch(() => undefined);
    await ledger.forgetWorkers(poolIds).catch(() => undefined);
    await threads?.close();
    await ledger.close().catch(() => undefined);
    await store.close().catch(() => undefined);
  }
}

/** Resolves once no input is queued (every one done or failed), checking twice a second. */
async function waitUntilDrained(ledger: QueueLedger, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    const pending = await ledger.pending().catch(() => -1);
    if (pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * The queue library's log, kept to what a person running a worker needs: its errors and warnings,
 * without the per-job failure lines the worker prints itself.
 */
function quietLogger(log: (line: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if ((level === 'error' || level === 'warning') && !/^Failed task|^Failed to (release|complete)|with error/.test(message)) log(`queue: ${message}`);
  });
}
