import type { Analysis } from '../../../core/analysis.js';
import { provenanceOf, type Stage } from '../../stage.js';
import { findQuantities } from './find.js';

export { findQuantities } from './find.js';
export { wordsValue } from './number-words.js';

/** Numbers in each claim, in digits or words, with the counted noun as unit and a qualifier. */
export const quantitiesStage: Stage = {
  name: 'claimgraph.quantities',
  version: '1.0.0',
  requires: ['claims'],
  provides: ['quantities'],
  run(analysis: Analysis): Analysis {
    const claims = analysis.claims.map((claim) => ({
      ...claim,
      quantities: findQuantities(claim.text).map((quantity) => ({
        start: claim.start + quantity.start,
        end: claim.start + quantity.end,
        text: quantity.text,
        value: quantity.value,
        unit: quantity.unit,
        qualifier: quantity.qualifier,
        provenance: provenanceOf(quantitiesStage, `quantity.${quantity.rule}`),
      })),
    }));
    return { ...analysis, claims };
  },
};
