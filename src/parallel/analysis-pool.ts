import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import type { Analysis } from '../core/analysis.js';
import { ClaimgraphError, type ErrorKind } from '../core/errors.js';
import type { IngestOptions } from '../ingest/ingest.js';
import { unpackPrepared, type PackedPrepared, type PreparedClaim } from '../corpus/corpus.js';

export interface PoolTask {
  id: number;
  bytes: Uint8Array;
  options: IngestOptions;
}

export type PoolReply =
  { id: number; analysis: Analysis; prepared: PackedPrepared } | { id: number; error: { kind: ErrorKind; message: string; permanent: boolean; budget?: string } } | { id: number; crash: string };

/** An input to analyse: its name, and how to read its bytes (in the main thread, which owns stdin). */
export interface PoolInput {
  source: string;
  read: () => Promise<Uint8Array | null>;
  options: IngestOptions;
}

/**
 * One finished input, in input order: its analysis (with its claims prepared for link-finding when a
 * thread made them), a coded error, or null bytes (skipped by the reader).
 */
export type PoolResult = { source: string; analysis?: Analysis; prepared?: PreparedClaim[]; error?: ClaimgraphError; skipped?: boolean };

/** The default number of analysis threads: one per core. */
export const defaultJobs = () => availableParallelism();

/**
 * Analyses inputs on `jobs` worker threads and yields the results in input order, with at most a few
 * inputs per thread in flight (so memory stays bounded however many inputs there are). With one job
 * the pipeline runs in this thread, as before pools existed. A reader returning null marks an input
 * skipped without analysis (an unchanged file in a store).
 */
export async function* analyzeInOrder(inputs: Iterable<PoolInput>, jobs: number): AsyncGenerator<PoolResult> {
  if (jobs <= 1) {
    for (const input of inputs) yield await analyzeHere(input);
    return;
  }
  // Two inputs in each thread's hands, so it goes on to the next while this thread's caller writes.
  const threads = new AnalysisThreads(jobs, 2);
  const submit = async (input: PoolInput): Promise<PoolResult> => {
    const bytes = await readBytes(input);
    if (!(bytes instanceof Uint8Array)) return bytes;
    return threads.analyze(input.source, bytes, input.options);
  };
  // A window of results in flight: the two in each thread's hands and as many finished, waiting their turn.
  const window: Array<Promise<PoolResult>> = [];
  try {
    for (const input of inputs) {
      window.push(submit(input));
      if (window.length >= jobs * 4) yield await window.shift()!;
    }
    while (window.length > 0) yield await window.shift()!;
  } finally {
    // Settle what is still running before the threads stop (the caller may have stopped early).
    await Promise.allSettled(window);
    await threads.close();
  }
}

/**
 * A fixed set of analysis threads, each given up to `depth` inputs at a time (it reads them in turn):
 * with a depth of 2 a thread starts its next input at once, while the main thread is still busy with
 * the last result (a store writer's synchronous save), instead of idling until it is free. Callers
 * that submit inputs as they come (the job queue's worker) keep a depth of 1. Models load once per
 * thread. A thread that dies (a native crash, an exit, out of memory) costs the input it was reading,
 * which fails with a coded error (E012, worth a retry); the inputs queued behind it go to the new
 * thread that takes its place: the batch goes on.
 */
export class AnalysisThreads {
  private readonly url = new URL('./analysis-worker.js', import.meta.url);
  private readonly workers: Worker[];
  /** Inputs given to each thread and not yet answered, by thread. */
  private readonly load = new Map<Worker, number>();
  private readonly waiting: Array<() => void> = [];
  private readonly pending = new Map<number, { resolve: (result: PoolResult) => void; reject: (error: Error) => void; source: string; task: PoolTask; worker: Worker }>();
  private nextId = 0;
  private closing = false;

  constructor(
    threads: number,
    private readonly depth = 1,
  ) {
    if (!(depth >= 1)) throw new RangeError(`inputs per thread must be at least 1, got ${depth}`);
    this.workers = Array.from({ length: threads }, () => this.spawn());
  }

  private spawn(): Worker {
    const worker = new Worker(this.url);
    this.load.set(worker, 0);
    worker.on('message', (reply: PoolReply) => {
      const task = this.pending.get(reply.id)!;
      this.pending.delete(reply.id);
      this.release(task.worker);
      const source = task.source;
      if ('analysis' in reply) task.resolve({ source, analysis: reply.analysis, prepared: unpackPrepared(reply.prepared) });
      else if ('error' in reply)
        task.resolve({
          source,
          error: new ClaimgraphError(reply.error.kind, reply.error.message, { permanent: reply.error.permanent, ...(reply.error.budget ? { budget: reply.error.budget } : {}) }),
        });
      else task.reject(new Error(`analysis of ${source} crashed: ${reply.crash}`));
    });
    worker.on('error', (error) => this.lost(worker, error.message));
    worker.on('exit', (code) => this.lost(worker, `it exited with code ${code}`));
    return worker;
  }

  private release(worker: Worker): void {
    const load = this.load.get(worker);
    if (load !== undefined) this.load.set(worker, load - 1);
    this.waiting.shift()?.();
  }

  /** The thread with the fewest inputs in hand, if any has room for one more. */
  private leastLoaded(): Worker | null {
    let best: Worker | null = null;
    for (const worker of this.workers) if ((this.load.get(worker) ?? 0) < (best ? this.load.get(best)! : this.depth)) best = worker;
    return best;
  }

  /**
   * A thread stopped: the input it was reading (its oldest unanswered one: a thread reads its inputs
   * in the order given) fails with a coded error; the ones queued behind it go to the new thread.
   */
  private lost(worker: Worker, why: string): void {
    const index = this.workers.indexOf(worker);
    if (this.closing || index < 0) return;
    worker.removeAllListeners();
    worker.on('error', () => {});
    this.load.delete(worker);
    const replacement = this.spawn();
    this.workers[index] = replacement;
    let reading = true;
    for (const [id, entry] of [...this.pending].sort(([a], [b]) => a - b)) {
      if (entry.worker !== worker) continue;
      if (reading) {
        reading = false;
        this.pending.delete(id);
        const source = entry.source;
        entry.resolve({ source, error: new ClaimgraphError('stage_failed', `${source}: the analysis thread stopped while reading it (${why})`, { permanent: false }) });
        continue;
      }
      entry.worker = replacement;
      this.load.set(replacement, this.load.get(replacement)! + 1);
      replacement.postMessage(entry.task);
    }
    this.waiting.shift()?.();
  }

  /** Analyses one input on the least busy thread: its analysis, or its coded error. */
  async analyze(source: string, bytes: Uint8Array, options: IngestOptions): Promise<PoolResult> {
    let worker = this.leastLoaded();
    while (!worker) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      worker = this.leastLoaded();
    }
    this.load.set(worker, this.load.get(worker)! + 1);
    const task: PoolTask = { id: this.nextId++, bytes, options };
    return new Promise<PoolResult>((resolve, reject) => {
      this.pending.set(task.id, { resolve, reject, source, task, worker });
      worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** An input's bytes, or the result that ends it before analysis: a coded read failure, or skipped. */
async function readBytes(input: PoolInput): Promise<Uint8Array | PoolResult> {
  let bytes: Uint8Array | null;
  try {
    bytes = await input.read();
  } catch (error) {
    if (error instanceof ClaimgraphError) return { source: input.source, error };
    throw error;
  }
  return bytes === null ? { source: input.source, skipped: true } : bytes;
}

async function analyzeHere(input: PoolInput): Promise<PoolResult> {
  const bytes = await readBytes(input);
  if (!(bytes instanceof Uint8Array)) return bytes;
  try {
    return { source: input.source, analysis: analyze(bytes, input.options) };
  } catch (error) {
    // As on a worker thread: an uncoded failure of one input is that input's failure (E012).
    if (error instanceof ClaimgraphError) return { source: input.source, error };
    return { source: input.source, error: new ClaimgraphError('stage_failed', `${input.source}: ${(error as Error)?.message ?? String(error)}`, { cause: error, permanent: false }) };
  }
}
