import type { Analysis } from '../../../core/analysis.js';
import { provenanceOf, type Stage } from '../../stage.js';
import { findQuantities } from './find.js';

export { findQuantities } from './find.js';
export { wordsValue } from './number-words.js';

/** Numbers in each claim, read by a small grammar (grammar.ts): counts, money, percentages, fractions and ranges, with unit, qualifier and counted thing. */
export const quantitiesStage: Stage = {
  name: 'claimgraph.quantities',
  version: '2.0.0',
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
        ...(quantity.low !== undefined ? { low: quantity.low, high: quantity.high } : {}),
        unit: quantity.unit,
        qualifier: quantity.qualifier,
        kind: quantity.kind,
        of: quantity.of,
        subject: quantity.subject,
        provenance: provenanceOf(quantitiesStage, `quantity.${quantity.rule}`),
      })),
    }));
    return { ...analysis, claims };
  },
};
