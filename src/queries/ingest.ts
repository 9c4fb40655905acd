import { createHash } from 'node:crypto';
import type { IngestOptions } from '../ingest/ingest.js';
import { analyze } from '../analyze.js';
import { ClaimgraphError, isClaimgraphError } from '../core/errors.js';
import { storeErrorOf } from '../store/errors.js';
import { getDefaultPipeline } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/runner.js';
import type { SaveResult, Store } from '../store/store.js';
import { crossArticleWork } from '../corpus/corpus.js';
import { analyzeInOrder } from '../parallel/analysis-pool.js';

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
 * saving each article (with its cross-article work) in input order. Unchanged bytes are recognised
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
  for await (const done of analyzeInOrder(tasks, jobs)) {
    if (done.error) yield { source: done.source, error: done.error };
    else if (done.skipped) yield { source: done.source, result: { status: 'unchanged', documentId: unchanged.get(done.source)!, claims: 0, links: 0 } };
    else {
      try {
        // The claims' comparison keys, when an analysis thread made them, are not made again inside the write.
        const prepared = done.prepared;
        const result = await store.save(done.analysis!, { sourceHash: hashes.get(done.source)!, crossArticle: (analysis, lookup) => crossArticleWork(analysis, lookup, prepared) });
        yield { source: done.source, result };
      } catch (error) {
        // A store error (a full disk, a lost connection) costs this article only: it is coded and the batch goes on.
        yield {
          source: done.source,
          error: isClaimgraphError(error)
            ? error
            : (storeErrorOf(error, done.source) ?? new ClaimgraphError('store_failed', `${done.source}: ${(error as Error)?.message ?? String(error)}`, { cause: error })),
        };
      }
    }
  }
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
