// npm run train:claimtype: trains the claim-type model (factual, opinion, prescriptive, prediction) on
// the labelled sentences this project wrote (eval/sets/claim-types.tsv), reports 5-fold cross-validation,
// and writes models/claim-type.json. Deterministic: same sentences, same file.
import { writeFileSync } from 'node:fs';
import { crossValidateClaimTypes, loadClaimTypeSet } from '../eval/claim-types.js';
import { CLAIM_TYPE_MODEL_PATH } from '../src/pipeline/stages/claims/index.js';
import { CLAIM_TYPES, CLAIM_TYPE_TRAINING, trainClaimTypes, type ClaimTypeModel } from '../src/pipeline/stages/claims/type-model.js';

const examples = loadClaimTypeSet();
const validation = crossValidateClaimTypes(examples);
const round = (value: number) => Math.round(value * 1000) / 1000;
const weights = trainClaimTypes(examples);
const size = CLAIM_TYPES.reduce((sum, type) => sum + Object.keys(weights[type]).length, 0);
const model: ClaimTypeModel = {
  name: 'claim-type',
  version: `1-${examples.length}-${size}`,
  trainedOn: `eval/sets/claim-types.tsv: ${examples.length} fictional sentences written for claimgraph (news, opinion, letters, reviews, forecasts); one-against-the-rest logistic regression, AdaGrad ${JSON.stringify(CLAIM_TYPE_TRAINING)}`,
  evaluation: {
    split: '5-fold cross-validation by line number',
    macroF1: round(validation.macroF1),
    accuracy: round(validation.accuracy),
    ...Object.fromEntries(CLAIM_TYPES.map((type) => [`f1.${type}`, round(validation.perType[type].f1)])),
  },
  weights,
};
writeFileSync(CLAIM_TYPE_MODEL_PATH, `${JSON.stringify(model)}\n`);
console.log(`5-fold cross-validation on ${examples.length} sentences: macro F1 ${validation.macroF1.toFixed(3)}, accuracy ${validation.accuracy.toFixed(3)}`);
for (const type of CLAIM_TYPES)
  console.log(`  ${type.padEnd(12)} P ${validation.perType[type].precision.toFixed(3)} R ${validation.perType[type].recall.toFixed(3)} F1 ${validation.perType[type].f1.toFixed(3)}`);
if (process.env.CLAIMGRAPH_EVAL_VERBOSE) for (const error of validation.errors) console.log(`  ${error}`);
console.log(`wrote ${CLAIM_TYPE_MODEL_PATH} with ${size} weights`);
