// npm run train:checkworthiness: trains the check-worthiness model on ClaimBuster's train split,
// picks the decision threshold on a slice of it, reports the test split, and writes models/checkworthiness.json.
import { writeFileSync } from 'node:fs';
import { evaluateCheckworthiness, featurize, loadClaimbuster } from '../eval/claimbuster.js';
import { MODEL_PATH } from '../src/pipeline/stages/checkworthiness/index.js';
import { score, train, type LogisticModel } from '../src/pipeline/stages/checkworthiness/model.js';

const trainSet = loadClaimbuster('train');
const testSet = loadClaimbuster('test');
if (!trainSet || !testSet) {
  console.error('ClaimBuster data is absent: nothing trained');
  process.exit(1);
}
const options = { epochs: 8, learningRate: 0.1, l2: 1e-4, minCount: 2 };
// Tune the threshold on every tenth training sentence, held out from a first model.
const tuning = trainSet.filter((_, index) => index % 10 === 0);
const fitting = trainSet.filter((_, index) => index % 10 !== 0);
const draft: LogisticModel = { name: 'checkworthiness', version: 'draft', trainedOn: '', evaluation: {}, threshold: 0.5, weights: train(featurize(fitting), options) };
const tuningExamples = featurize(tuning);
let best = { threshold: 0.5, f1: 0 };
for (let threshold = 0.2; threshold <= 0.8; threshold += 0.02) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const example of tuningExamples) {
    const predicted = score(draft, example.features) >= threshold;
    if (predicted && example.label === 1) tp++;
    if (predicted && example.label === 0) fp++;
    if (!predicted && example.label === 1) fn++;
  }
  const f1 = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
  if (f1 > best.f1) best = { threshold: Math.round(threshold * 100) / 100, f1 };
}
const model: LogisticModel = {
  name: 'checkworthiness',
  version: '1',
  trainedOn: `ClaimBuster 2.5xNCS two_class train.json (${trainSet.length} US presidential-debate sentences, CC BY 4.0), logistic regression, AdaGrad ${JSON.stringify(options)}`,
  evaluation: {},
  threshold: best.threshold,
  weights: train(featurize(trainSet), options),
};
const result = evaluateCheckworthiness(model, testSet);
model.evaluation = { split: 'ClaimBuster two_class test.json', precision: round(result.precision), recall: round(result.recall), f1: round(result.f1), accuracy: round(result.accuracy) };
writeFileSync(MODEL_PATH, `${JSON.stringify(model)}\n`);
console.log(
  `threshold ${model.threshold} (F1 ${best.f1.toFixed(3)} on the tuning slice); test: P ${result.precision.toFixed(3)} R ${result.recall.toFixed(3)} F1 ${result.f1.toFixed(3)} accuracy ${result.accuracy.toFixed(3)}`,
);
console.log(`wrote ${MODEL_PATH} with ${Object.keys(model.weights).length} weights`);

function round(value: number) {
  return Math.round(value * 1000) / 1000;
}
