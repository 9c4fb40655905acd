import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { featuresOf } from '../src/pipeline/stages/checkworthiness/features.js';
import { score, type LogisticModel } from '../src/pipeline/stages/checkworthiness/model.js';
import { signalsOfText } from '../src/pipeline/stages/checkworthiness/text-signals.js';
import { prf } from './metrics.js';
import { dataSet } from './shared-data.js';

export interface LabelledSentence {
  text: string;
  label: 0 | 1;
}

export function loadClaimbuster(split: 'train' | 'test'): LabelledSentence[] | null {
  const root = dataSet('checkworthiness/claimbuster/two_class');
  if (!root) return null;
  const rows = JSON.parse(readFileSync(join(root, `${split}.json`), 'utf8')) as Array<{ text: string; label: number }>;
  return rows.map((row) => ({ text: row.text, label: row.label === 1 ? 1 : 0 }));
}

export function featurize(sentences: LabelledSentence[]) {
  return sentences.map((sentence) => ({ features: featuresOf(sentence.text, signalsOfText(sentence.text)), label: sentence.label }));
}

/** Precision, recall and F1 of the check-worthy class, and accuracy, at the model's threshold. */
export function evaluateCheckworthiness(model: LogisticModel, sentences: LabelledSentence[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  for (const example of featurize(sentences)) {
    const predicted = score(model, example.features) >= model.threshold ? 1 : 0;
    if (predicted === 1 && example.label === 1) tp++;
    if (predicted === 1 && example.label === 0) fp++;
    if (predicted === 0 && example.label === 1) fn++;
    if (predicted === example.label) correct++;
  }
  return { ...prf(tp, tp + fp, tp + fn), accuracy: correct / sentences.length, n: sentences.length };
}
