import type { Analysis } from './core/analysis.js';
import { ingest, type IngestOptions } from './ingest/ingest.js';
import { getDefaultPipeline } from './pipeline/default.js';
import type { Pipeline } from './pipeline/runner.js';

/** Reads one input and runs the full pipeline on it: the library's main entry point. */
export function analyze(bytes: Uint8Array, options: IngestOptions & { pipeline?: Pipeline }): Analysis {
  const document = ingest(bytes, options);
  return (options.pipeline ?? getDefaultPipeline()).run(document);
}

/** Analyses a string (a page dump, or HTML with format "html"). */
export function analyzeText(text: string, options: Partial<IngestOptions> & { pipeline?: Pipeline } = {}): Analysis {
  return analyze(Buffer.from(text, 'utf8'), { source: '-', ...options });
}
