import type { Analysis } from '../core/analysis.js';

/** What a stage needs in an analysis, or adds to it. */
export type Key = 'document' | 'sentences' | 'claims' | 'claim-types' | 'attribution' | 'hedges' | 'quantities' | 'times' | 'mentions' | 'entities' | 'speakers' | 'relations';

/**
 * A pipeline stage: a pure function over one analysis. It must not change `document.text`;
 * it returns a new analysis (or the same one, extended) with what it provides.
 */
export interface Stage {
  /** Versioned name, e.g. "claimgraph.sentences"; the version is recorded with what it produced. */
  name: string;
  version: string;
  requires: Key[];
  provides: Key[];
  run(analysis: Analysis): Analysis;
}

export function provenanceOf(stage: Pick<Stage, 'name' | 'version'>, rule: string) {
  return { stage: stage.name, version: stage.version, rule };
}
