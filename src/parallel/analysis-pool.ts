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
  const threads = new AnalysisThreads(jobs);
  const submit = async (input: PoolInput): Promise<PoolResult> => {
    const bytes = await readBytes(input);
    if (!(bytes instanceof Uint8Array)) return bytes;
    return threads.analyze(input.source, bytes, input.options);
  };
  // A window of results in flight: twice the threads keeps every thread busy while the caller writes.
  const window: Array<Promise<PoolResult>> = [];
  try {
    for (const input of inputs) {
      window.push(submit(input));
      if (window.length >= jobs * 2) yield await window.shift()!;
    }
    while (window.length > 0) yield await window.shift()!;
  } finally {
    // Settle what is still running before the threads stop (the caller may have stopped early).
    await Promise.allSettled(window);
    await threads.close();
  }
}

/**
 * A fixed set of analysis threads taking one input at a time each, for callers that submit inputs as
 * they come (the job queue's worker) rather than as one ordered batch. Models load once per thread.
 * A thread that dies (a native crash, an exit, out of memory) costs the input it was reading, which
 * fails with a coded error (E012, worth a retry), and is replaced by a new thread: the batch goes on.
 */
export class AnalysisThreads {
  private readonly url = new URL('./analysis-worker.js', import.meta.url);
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly waiting: Array<() => void> = [];
  private readonly pending = new Map<number, { resolve: (result: PoolResult) => void; reject: (error: Error) => void; source: string; worker: Worker }>();
  private nextId = 0;
  private closing = false;

  constructor(threads: number) {
    this.workers = Array.from({ length: threads }, () => this.spawn());
    this.idle = [...this.workers];
  }

  private spawn(): Worker {
    const worker = new Worker(this.url);
    worker.on('message', (reply: PoolReply) => {
      const task = this.pending.get(reply.id)!;
      this.pending.delete(reply.id);
      this.release(task.worker);
      if ('analysis' in reply) task.resolve({ source: task.source, analysis: reply.analysis, prepared: unpackPrepared(reply.prepared) });
      else if ('error' in reply)
        task.resolve({
          source: task.source,
          error: new ClaimgraphError(reply.error.kind, reply.error.message, { permanent: reply.error.permanent, ...(reply.error.budget ? { budget: reply.error.budget } : {}) }),
        });
      else task.reject(new Error(`analysis of ${task.source} crashed: ${reply.crash}`));
    });
    worker.on('error', (error) => this.lost(worker, error.message));
    worker.on('exit', (code) => this.lost(worker, `it exited with code ${code}`));
    return worker;
  }

  private release(worker: Worker): void {
    this.idle.push(worker);
    this.waiting.shift()?.();
  }

  /** A thread stopped: its input fails with a coded error and a new thread takes its place. */
  private lost(worker: Worker, why: string): void {
    const index = this.workers.indexOf(worker);
    if (this.closing || index < 0) return;
    worker.removeAllListeners();
    worker.on('error', () => {});
    const idleAt = this.idle.indexOf(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    const replacement = this.spawn();
    this.workers[index] = replacement;
    for (const [id, task] of this.pending) {
      if (task.worker !== worker) continue;
      this.pending.delete(id);
      task.resolve({ source: task.source, error: new ClaimgraphError('stage_failed', `${task.source}: the analysis thread stopped while reading it (${why})`, { permanent: false }) });
    }
    this.release(replacement);
  }

  /** Analyses one input on the next free thread: its analysis, or its coded error. */
  async analyze(source: string, bytes: Uint8Array, options: IngestOptions): Promise<PoolResult> {
    while (this.idle.length === 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
    const worker = this.idle.pop()!;
    const id = this.nextId++;
    return new Promise<PoolResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, source, worker });
      worker.postMessage({ id, bytes, options } satisfies PoolTask);
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
