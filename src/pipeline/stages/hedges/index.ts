import type { Analysis } from '../../../core/analysis.js';
import { provenanceOf, type Stage } from '../../stage.js';
import { findHedges } from './cues.js';

export { findHedges, hedgeLexicon, HEDGE_RULES } from './cues.js';
export { learnCues, matchLearnedCues, type LearnedCue, type AnnotatedSentence } from './learn.js';

/** Hedge cues in each claim, with their kind and span. */
export const hedgesStage: Stage = {
  name: 'claimgraph.hedges',
  version: '2.0.0',
  requires: ['claims'],
  provides: ['hedges'],
  run(analysis: Analysis): Analysis {
    const claims = analysis.claims.map((claim) => ({
      ...claim,
      hedges: findHedges(claim.text).map((hedge) => ({
        start: claim.start + hedge.start,
        end: claim.start + hedge.end,
        cue: hedge.cue,
        kind: hedge.kind,
        provenance: provenanceOf(hedgesStage, `hedge.${hedge.rule}`),
      })),
    }));
    return { ...analysis, claims };
  },
};
