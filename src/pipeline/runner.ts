import type { Analysis } from '../core/analysis.js';
import { startAnalysis } from '../core/analysis.js';
import type { Document } from '../core/document.js';
import { checkBudgets, DEFAULT_BUDGETS, type Budgets } from '../core/budgets.js';
import { ClaimgraphError } from '../core/errors.js';
import type { Key, Stage } from './stage.js';
import { assertSpansInside } from './validate.js';

export interface Pipeline {
  stages: readonly Stage[];
  /**
   * Runs every stage. Budgets are checked after each stage (time counted from `startedAt`, by
   * default now): a document over one fails with budget_exceeded.
   */
  run(document: Document, options?: RunOptions): Analysis;
}

export interface RunOptions {
  budgets?: Budgets;
  /** When work on the document began (performance.now()), so ingest counts against the time budget. */
  startedAt?: number;
}

/** Checks, before anything runs, that every stage's requirements are provided by a stage before it. */
export function checkPipeline(stages: readonly Stage[]): void {
  const available = new Set<Key>(['document']);
  for (const stage of stages) {
    const missing = stage.requires.filter((key) => !available.has(key));
    if (missing.length > 0) {
      throw new ClaimgraphError('pipeline_gap', `stage ${stage.name} requires ${missing.join(', ')}, which no earlier stage provides`);
    }
    for (const key of stage.provides) available.add(key);
  }
}

export function createPipeline(stages: readonly Stage[]): Pipeline {
  checkPipeline(stages);
  return {
    stages,
    run(document: Document, options: RunOptions = {}): Analysis {
      const budgets = options.budgets ?? DEFAULT_BUDGETS;
      const startedAt = options.startedAt ?? performance.now();
      let analysis = startAnalysis(document);
      const text = document.text;
      let checked: Analysis | undefined;
      for (const stage of stages) {
        // After the first stage everything is checked; after the others, what they made anew.
        const before = checked;
        analysis = stage.run(analysis);
        if (analysis.document.text !== text) {
          throw new ClaimgraphError('stage_failed', `stage ${stage.name} changed the document text`);
        }
        analysis.stages.push({ name: stage.name, version: stage.version });
        assertSpansInside(analysis, stage.name, before);
        checkBudgets(analysis, budgets, startedAt, performance.now(), before);
        checked = analysis;
      }
      return analysis;
    },
  };
}
