import { ClaimgraphError, isClaimgraphError } from '../core/errors.js';
import { crossArticleWork } from '../corpus/corpus.js';
import type { IngestOptions } from '../ingest/ingest.js';
import type { PoolResult } from '../parallel/analysis-pool.js';
import { storeErrorOf } from '../store/errors.js';
import type { QueueLedger } from '../store/queue-ledger.js';
import type { Store } from '../store/store.js';

/** What one run of a queued input ended in. */
export type JobOutcome =
  | { outcome: 'added' | 'unchanged'; name: string; documentId: string; claims: number; links: number }
  | { outcome: 'failed'; name: string; code: string; message: string }
  /** Nothing to do: an earlier delivery of the same job already ended it (done or failed). */
  | { outcome: 'finished before'; name: string | null };

export interface JobContext {
  store: Store;
  ledger: QueueLedger;
  analyze: (source: string, bytes: Uint8Array, options: IngestOptions) => Promise<PoolResult>;
  /** This run's attempt, counting from 1, and the most the job gets. */
  attempt: number;
  maxAttempts: number;
  /** Test-only: milliseconds to wait between analysis and saving, so a test can kill a worker mid-job. */
  delayBeforeSaveMs?: number;
}

/**
 * Runs one queued input: reads its bytes from the database, analyses them and saves the analysis with
 * the input's done mark in one transaction. Safe to run twice (a redelivered job, or one whose worker
 * died after the commit): a done input is left alone, and stored bytes are never stored again.
 * A claimgraph error that retrying cannot mend (bad input, a budget) fails the input at once, with its
 * code; an unexpected error or a lost connection is thrown for the queue to retry after a backoff,
 * until the last attempt, which fails the input with that error.
 */
export async function runIngestJob(sourceHash: string, context: JobContext): Promise<JobOutcome> {
  const input = await context.ledger.input(sourceHash);
  if (!input || input.state !== 'queued' || !input.bytes) return { outcome: 'finished before', name: input?.name ?? null };
  const name = input.name;
  try {
    const known = await context.store.documentForSource(sourceHash);
    if (known) {
      await context.ledger.markStored(sourceHash, known, context.attempt);
      return { outcome: 'unchanged', name, documentId: known, claims: 0, links: 0 };
    }
    const options = { ...input.options, source: name } as IngestOptions;
    const result = await context.analyze(name, input.bytes, options);
    if (result.error) throw result.error;
    if (context.delayBeforeSaveMs) await new Promise((resolve) => setTimeout(resolve, context.delayBeforeSaveMs));
    const prepared = result.prepared;
    const saved = await context.store.save(result.analysis!, { sourceHash, crossArticle: (analysis, lookup) => crossArticleWork(analysis, lookup, prepared), queued: true });
    return { outcome: saved.status === 'added' ? 'added' : 'unchanged', name, documentId: saved.documentId, claims: saved.claims, links: saved.links };
  } catch (error) {
    const coded = codedJobError(error, name);
    if (!coded.permanent && context.attempt < context.maxAttempts) throw coded;
    await context.ledger.markFailed(sourceHash, { code: coded.code, message: coded.message }, context.attempt);
    return { outcome: 'failed', name, code: coded.code, message: coded.message };
  }
}

/** Any failure of a job as a coded error: the store's by their driver codes, anything else E012 (retried). */
function codedJobError(error: unknown, name: string): ClaimgraphError {
  if (isClaimgraphError(error)) return error;
  return storeErrorOf(error, name) ?? new ClaimgraphError('stage_failed', `${name}: ${(error as Error)?.message ?? String(error)}`, { cause: error, permanent: false });
}
