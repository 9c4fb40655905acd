import { modelPath } from '../../model-path.js';
import { readFileSync } from 'node:fs';
import type { Analysis } from '../../../core/analysis.js';
import type { Stage } from '../../stage.js';
import { scoreClaim, signalsOf } from './features.js';
import type { LogisticModel } from './model.js';

export { featuresOf, scoreClaim, signalsOf } from './features.js';
export { score, train, type LogisticModel } from './model.js';

export const MODEL_PATH = modelPath('checkworthiness.json');

let loaded: LogisticModel | null = null;

/** The shipped model, read once (it is trained by `npm run train:checkworthiness`). */
export function checkworthinessModel(): LogisticModel {
  loaded ??= JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as LogisticModel;
  return loaded;
}

/** Check-worthiness for a claim or any sentence: 0..1, higher means a fact-checker should look first. */
export function checkworthinessStage(model: LogisticModel = checkworthinessModel()): Stage {
  const stage: Stage = {
    name: 'claimgraph.checkworthiness',
    version: `1.0.0+${model.version}`,
    requires: ['claims', 'claim-types', 'attribution', 'hedges', 'quantities', 'times'],
    provides: [],
    run(analysis: Analysis): Analysis {
      const claims = analysis.claims.map((claim) => ({
        ...claim,
        checkworthiness: Math.round(scoreClaim(model, claim.text, signalsOf(claim)) * 1000) / 1000,
      }));
      return { ...analysis, claims };
    },
  };
  return stage;
}
