import type { Analysis } from '../../../core/analysis.js';
import { provenanceOf, type Stage } from '../../stage.js';
import { findHedges, hedgeLexicon } from './cues.js';

export { findHedges, findLearnedHedges, hedgeLexicon, HEDGE_RULES, type FoundHedge, type HedgeLexicon } from './cues.js';
export { learnCues, matchLearnedCues, type LearnedCue, type AnnotatedSentence } from './learn.js';
export { STRENGTH_ORDER, strengthOf, type HedgeStrength } from './strength.js';

/** Hedge cues in each claim, with their kind, strength and span. The version follows the shipped context model. */
export const hedgesStage: Stage = {
  name: 'claimgraph.hedges',
  get version() {
    return `3.0.0+${hedgeLexicon().version}`;
  },
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
        strength: hedge.strength,
        provenance: provenanceOf(hedgesStage, `hedge.${hedge.rule}`),
      })),
    }));
    return { ...analysis, claims };
  },
};
