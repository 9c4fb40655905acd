import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimType } from '../src/core/annotations.js';
import { CLAIM_TYPES, claimTypeParts, classifyClaimType, trainClaimTypes, type ClaimTypeModel, type LabelledClaim } from '../src/pipeline/stages/claims/type-model.js';
import { prf, type Prf } from './metrics.js';
import { PROJECT_ROOT } from './shared-data.js';

export const CLAIM_TYPE_SET = join(PROJECT_ROOT, 'eval', 'sets', 'claim-types.tsv');

/** The labelled claim-type sentences this project wrote (fictional; type, genre, sentence per line). */
export function loadClaimTypeSet(path = CLAIM_TYPE_SET): LabelledClaim[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [type, genre, text] = line.split('\t');
      if (!CLAIM_TYPES.includes(type as ClaimType) || !text) throw new Error(`bad line in ${path}: ${line}`);
      return { type: type as ClaimType, genre, text };
    });
}

export interface ClaimTypeScore {
  sentences: number;
  perType: Record<ClaimType, Prf>;
  macroF1: number;
  accuracy: number;
  errors: string[];
}

/** Scores predictions against gold types: per type P/R/F1, their macro mean, and accuracy. */
export function scoreClaimTypes(pairs: Array<{ gold: ClaimType; predicted: ClaimType; text: string }>): ClaimTypeScore {
  const perType = {} as Record<ClaimType, Prf>;
  for (const type of CLAIM_TYPES) {
    const right = pairs.filter((pair) => pair.gold === type && pair.predicted === type).length;
    perType[type] = prf(right, pairs.filter((pair) => pair.predicted === type).length, pairs.filter((pair) => pair.gold === type).length);
  }
  const macroF1 = CLAIM_TYPES.reduce((sum, type) => sum + perType[type].f1, 0) / CLAIM_TYPES.length;
  const accuracy = pairs.filter((pair) => pair.gold === pair.predicted).length / Math.max(1, pairs.length);
  const errors = pairs.filter((pair) => pair.gold !== pair.predicted).map((pair) => `${pair.gold} → ${pair.predicted}: ${pair.text}`);
  return { sentences: pairs.length, perType, macroF1, accuracy, errors };
}

/** k-fold cross-validation, folds by line number (every k-th sentence), each fold scored by a model trained on the others. */
export function crossValidateClaimTypes(examples: LabelledClaim[], folds = 5): ClaimTypeScore {
  const pairs: Array<{ gold: ClaimType; predicted: ClaimType; text: string }> = [];
  for (let fold = 0; fold < folds; fold++) {
    const trainSet = examples.filter((_, index) => index % folds !== fold);
    const model: ClaimTypeModel = { name: 'claim-type', version: `fold-${fold}`, trainedOn: '', evaluation: {}, weights: trainClaimTypes(trainSet) };
    for (const example of examples.filter((_, index) => index % folds === fold)) {
      pairs.push({ gold: example.type, predicted: classifyClaimType(model, claimTypeParts(example.text)).type, text: example.text });
    }
  }
  return scoreClaimTypes(pairs);
}
