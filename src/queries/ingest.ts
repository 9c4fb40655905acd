import { createHash } from 'node:crypto';
import type { IngestOptions } from '../ingest/ingest.js';
import { analyze } from '../analyze.js';
import { ClaimgraphError, isClaimgraphError } from '../core/errors.js';
import { storeErrorOf } from '../store/errors.js';
import { getDefaultPipeline } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/runner.js';
import type { SaveOutcome, SaveResult, Store } from '../store/store.js';
import type { Analysis } from '../core/analysis.js';
import { readyBatches } from '../core/ready-batches.js';
import { crossArticleWork, type CorpusLookup } from '../corpus/corpus.js';
import { analyzeInOrder, type PoolResult } from '../parallel/analysis-pool.js';

export const sourceHash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Ingests one input: unchanged bytes are recognised by their hash and skipped before any analysis;
 * otherwise the article is analysed (outside any transaction) and saved in one transaction.
 */
export async function ingestBytes(store: Store, bytes: Uint8Array, options: IngestOptions & { pipeline?: Pipeline }): Promise<SaveResult> {
  const hash = sourceHash(bytes);
  const known = await store.documentForSource(hash);
  if (known) return { status: 'unchanged', documentId: known, claims: 0, links: 0 };
  const analysis = analyze(bytes, options);
  return store.save(analysis, { sourceHash: hash, crossArticle: crossArticleWork });
}

/** One input of a batch ingest: its name, how to read its bytes, and how to analyse them. */
export interface IngestInput {
  source: string;
  read: () => Promise<Uint8Array> | Uint8Array;
  options: IngestOptions;
}

/**
 * Ingests a batch: inputs are analysed on `jobs` threads while this thread is the store's one writer,
 * saving each article (with its cross-article work) in input order; analyses that finish while it
 * writes are saved together in one transaction (each still whole or not at all). Unchanged bytes are recognised
 * by their hash before they are sent for analysis. Yields one result per input, in order.
 */
export async function* ingestAll(store: Store, inputs: IngestInput[], jobs: number): AsyncGenerator<{ source: string; result?: SaveResult; error?: ClaimgraphError }> {
  const hashes = new Map<string, string>();
  const unchanged = new Map<string, string>();
  const tasks = inputs.map((input) => ({
    source: input.source,
    options: input.options,
    read: async () => {
      const bytes = await input.read();
      const hash = sourceHash(bytes);
      const known = await store.documentForSource(hash);
      if (known) {
        unchanged.set(input.source, known);
        return null;
      }
      hashes.set(input.source, hash);
      return bytes;
    },
  }));
  // Analyses that finish while the writer is busy are saved together, in one transaction.
  for await (const ready of readyBatches(analyzeInOrder(tasks, jobs), WRITE_BATCH)) {
    const analysed = ready.filter((done) => done.analysis);
    const saved = analysed.length > 0 ? await saveAll(store, analysed, hashes) : [];
    for (const done of ready) {
      if (done.error) yield { source: done.source, error: done.error };
      else if (done.skipped) yield { source: done.source, result: { status: 'unchanged', documentId: unchanged.get(done.source)!, claims: 0, links: 0 } };
      else {
        const outcome = saved.shift()!;
        if (outcome.result) yield { source: done.source, result: outcome.result };
        // A store error (a full disk, a lost connection) costs this article only: it is coded and the batch goes on.
        else yield { source: done.source, error: codedStoreError(outcome.error, done.source) };
      }
    }
  }
}

/** Analyses saved in one transaction at most: enough to share one commit's cost, few enough to hold. */
const WRITE_BATCH = 16;

/**
 * Saves analyses in one transaction; when that transaction fails as a whole (its commit, a lost
 * connection), each is tried again alone, so one bad article never costs the others their save.
 */
async function saveAll(store: Store, analysed: PoolResult[], hashes: Map<string, string>): Promise<SaveOutcome[]> {
  const entries = analysed.map((done) => {
    // The claims' comparison keys, when an analysis thread made them, are not made again inside the write.
    const prepared = done.prepared;
    return { analysis: done.analysis!, options: { sourceHash: hashes.get(done.source)!, crossArticle: (analysis: Analysis, lookup: CorpusLookup) => crossArticleWork(analysis, lookup, prepared) } };
  });
  if (entries.length > 1) {
    try {
      return await store.saveBatch(entries);
    } catch {
      // Tried one by one below, where each article gets its own error.
    }
  }
  const outcomes: SaveOutcome[] = [];
  for (const entry of entries) {
    try {
      outcomes.push({ result: await store.save(entry.analysis, entry.options) });
    } catch (error) {
      outcomes.push({ error });
    }
  }
  return outcomes;
}

function codedStoreError(error: unknown, source: string): ClaimgraphError {
  if (isClaimgraphError(error)) return error;
  return storeErrorOf(error, source) ?? new ClaimgraphError('store_failed', `${source}: ${(error as Error)?.message ?? String(error)}`, { cause: error });
}

/** Re-runs the pipeline on every stored document whose stage versions differ from the pipeline's. */
export async function reanalyze(
  store: Store,
  options: { pipeline?: Pipeline; onDocument?: (result: SaveResult, index: number, total: number) => void } = {},
): Promise<{ stale: number; replaced: number; failed: Array<{ documentId: string; code: string; message: string }> }> {
  const pipeline = options.pipeline ?? getDefaultPipeline();
  const stages = pipeline.stages.map(({ name, version }) => ({ name, version }));
  const stale = await store.staleDocuments(stages);
  let replaced = 0;
  const failed: Array<{ documentId: string; code: string; message: string }> = [];
  for (const [index, id] of stale.entries()) {
    const document = await store.loadDocument(id);
    if (!document) continue;
    let analysis;
    try {
      analysis = pipeline.run(document);
    } catch (error) {
      // A document the new pipeline cannot analyse within budget keeps its old analysis; the rest go on.
      if (!isClaimgraphError(error)) throw error;
      failed.push({ documentId: id, code: error.code, message: error.message });
      continue;
    }
    const result = await store.replace(analysis, { crossArticle: crossArticleWork });
    replaced++;
    options.onDocument?.(result, index, stale.length);
  }
  return { stale: stale.length, replaced, failed };
}
