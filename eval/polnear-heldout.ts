// Scores the attribution stage on the held-out fifth of PolNeAR train (every fifth article, the one the training
// script picks its cut-offs on), with the cue classifier learned on the other four fifths: CUE_HELDOUT_PATH=/tmp/x.json
// npm run train:attribution writes that classifier; THRESHOLD overrides its threshold. For checking rule changes off dev.
import { readFileSync } from 'node:fs';
import { evaluatePolnear, inHeldOutFifth, loadPolnear, predictedAttributions } from './polnear.js';
import { createAttributionStage } from '../src/pipeline/stages/attribution/index.js';
import { toCueModel, type CueModelFile } from '../src/pipeline/stages/attribution/cue-model.js';

const train = loadPolnear('train');
const path = process.env.CUE_HELDOUT_PATH;
if (!train || !path) {
  console.log('PolNeAR train or CUE_HELDOUT_PATH is absent: nothing to score');
  process.exit(0);
}
const file = JSON.parse(readFileSync(path, 'utf8')) as CueModelFile;
if (process.env.THRESHOLD) file.threshold = Number(process.env.THRESHOLD);
const stage = createAttributionStage(undefined, process.env.NO_MODEL ? null : toCueModel(file));
const score = evaluatePolnear(
  train.filter((_, index) => inHeldOutFifth(index)),
  (text) => predictedAttributions(text, stage),
)!;
const line = (name: string, value: { overlap: { precision: number; recall: number; f1: number } }) =>
  `${name} overlap P ${value.overlap.precision.toFixed(3)} R ${value.overlap.recall.toFixed(3)} F1 ${value.overlap.f1.toFixed(3)}`;
console.log(`threshold ${file.threshold}\n${line('cue    ', score.cue)}\n${line('source ', score.source)}\n${line('content', score.content)}\n${line('cue univocal', score.cueUnivocal)}`);
