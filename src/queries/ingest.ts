import { createHash } from 'node:crypto';
import type { IngestOptions } from '../ingest/ingest.js';
import { analyze } from '../analyze.js';
import { isClaimgraphError } from '../core/errors.js';
import { getDefaultPipeline } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/runner.js';
import type { SaveResult, Store } from '../store/store.js';

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
  return store.save(analysis, { sourceHash: hash });
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
    const result = await store.replace(analysis);
    replaced++;
    options.onDocument?.(result, index, stale.length);
  }
  return { stale: stale.length, replaced, failed };
}
