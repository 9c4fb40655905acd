import type { Analysis } from './core/analysis.js';
import { DEFAULT_BUDGETS, type Budgets } from './core/budgets.js';
import { ingest, type IngestOptions } from './ingest/ingest.js';
import { getDefaultPipeline } from './pipeline/default.js';
import type { Pipeline } from './pipeline/runner.js';

export interface AnalyzeOptions extends IngestOptions {
  pipeline?: Pipeline;
  /** Per-document budgets (core/budgets.ts); DEFAULT_BUDGETS when not given. */
  budgets?: Budgets;
}

/** Reads one input and runs the full pipeline on it: the library's main entry point. */
export function analyze(bytes: Uint8Array, options: AnalyzeOptions): Analysis {
  const startedAt = performance.now();
  const budgets = options.budgets ?? DEFAULT_BUDGETS;
  const document = ingest(bytes, { ...options, budgets });
  return (options.pipeline ?? getDefaultPipeline()).run(document, { budgets, startedAt });
}

/** Analyses a string (a page dump, or HTML with format "html"). */
export function analyzeText(text: string, options: Partial<AnalyzeOptions> = {}): Analysis {
  return analyze(Buffer.from(text, 'utf8'), { source: '-', ...options });
}
