import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeText } from '../../../analyze.js';
import { toContract } from '../../../contract/json.js';
import { capitalisedWords, tokenFeatures } from './features.js';
import { gazetteer, gazetteerTags, type Gazetteer } from './gazetteer.js';
import { loadNerModel, saveNerModel } from './model-file.js';
import { tag, trainTagger } from './perceptron.js';
import { tagTokens } from './tokens.js';

test('tokens as CoNLL writes them: possessive apart, titles keep their period, acronyms whole', () => {
  assert.deepEqual(
    tagTokens("Gen. Munir said Pakistan's U.S. ties (JeM) grew.").map((token) => token.text),
    ['Gen.', 'Munir', 'said', 'Pakistan', "'s", 'U.S.', 'ties', '(', 'JeM', ')', 'grew', '.'],
  );
});

test('a tiny training run round-trips through the model file to the same predictions', () => {
  const places = gazetteer();
  const sentences = [
    { words: ['Imran', 'Khan', 'visited', 'Lahore', '.'], tags: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] },
    { words: ['Hamas', 'met', 'Yasser', 'Arafat', 'in', 'Gaza', '.'], tags: ['B-ORG', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O'] },
    { words: ['The', 'PLO', 'thanked', 'Pakistan', '.'], tags: ['O', 'B-ORG', 'O', 'B-LOC', 'O'] },
  ];
  const capitalised = capitalisedWords(sentences.map((sentence) => sentence.words));
  const training = sentences.map((sentence) => ({ ...sentence, features: tokenFeatures(sentence.words, { capitalisedInDocument: capitalised }, places) }));
  const labels = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
  const model = trainTagger(training, labels, 10);
  assert.deepEqual(trainTagger(training, labels, 10).weights, model.weights, 'deterministic');
  const path = join(mkdtempSync(join(tmpdir(), 'claimgraph-')), 'ner.bin');
  saveNerModel(path, { trainedOn: 'three sentences', evaluation: {}, firstPass: model, secondPass: model });
  const loaded = loadNerModel(path);
  for (const sentence of training) {
    const expected = tag(model, sentence.words, sentence.features);
    assert.deepEqual(tag(loaded.firstPass, sentence.words, sentence.features), expected);
    assert.deepEqual(expected, sentence.tags, 'fits its training data');
  }
});

test('the shipped model finds people, organisations and places, with spans into the text', () => {
  const analysis = analyzeText('Headline\n\nPrime Minister Imran Khan said Pakistan will never recognise Israel. Khan spoke in Islamabad on Monday.\n');
  const byName = new Map(analysis.entities.map((entity) => [entity.name, entity]));
  assert.equal(byName.get('Imran Khan')?.type, 'person');
  assert.equal(byName.get('Imran Khan')?.mentions, 2);
  assert.equal(byName.get('Pakistan')?.type, 'place');
  assert.equal(byName.get('Islamabad')?.type, 'place');
  for (const mention of analysis.mentions) assert.equal(analysis.document.text.slice(mention.start, mention.end), mention.text);
  const [first] = analysis.claims;
  assert.equal(first.attribution.entity, byName.get('Imran Khan')?.id);
  assert.ok(first.entities.includes(byName.get('Israel')!.id));
});

test('a demonym names its country; the same actor in two articles is one entity', async () => {
  const one = analyzeText('Headline\n\nPakistani officials said Hamas leaders visited Karachi last year.\n', { source: 'one.txt' });
  const two = analyzeText('Another headline\n\nHamas denied the report on Tuesday, a spokesman said.\n', { source: 'two.txt' });
  assert.ok(one.entities.some((entity) => entity.name === 'Pakistan' && entity.type === 'place'));
  const output = await toContract([one, two]);
  const hamas = output.entities.filter((entity) => entity.name === 'Hamas');
  assert.equal(hamas.length, 1);
  assert.equal(hamas[0].documents.length, 2);
});

test('the fast tagger gives exactly the tags the feature strings give', async () => {
  const { tagDocument, tagDocumentByStrings } = await import('./tagger.js');
  const { setLowercaseShortcut } = await import('./fast-tagger.js');
  const model = loadNerModel();
  const places = gazetteer();
  const sentences = [
    'Prime Minister Imran Khan said Pakistan will never recognise Israel .',
    'According to the US Library of Congress , the then Bangladesh government put the number at nearly 8,000 .',
    'HAMAS AND ISLAMIC JIHAD MET IN GAZA ON MONDAY',
    'The Daily Star wrote that Jaish-e-Mohammed ( JeM ) and Lashkar-e-Tayyiba attacked Pahalgam .',
  ].map((sentence) => sentence.split(' '));
  const withShortcut = tagDocument(model, sentences, places);
  setLowercaseShortcut(false);
  try {
    assert.deepEqual(tagDocument(model, sentences, places), tagDocumentByStrings(model, sentences, places));
  } finally {
    setLowercaseShortcut(true);
  }
  // The shortcut tags lower-case words after an O as O without scoring them; here it changes nothing.
  assert.deepEqual(withShortcut, tagDocumentByStrings(model, sentences, places));
});

test('gazetteer tags: the longest name first, then a country before a demonym (or its plural) before a city', () => {
  const places: Gazetteer = {
    countries: new Map([
      ['Arden', 'Arden'],
      ['Karsk Republic', 'Karsk'],
    ]),
    demonyms: new Map([['Ardenian', 'Arden']]),
    cities: new Set(['Arden', 'Vell', 'Port Vell']),
    phrases: new Map([
      ['Karsk', [{ words: ['Karsk', 'Republic'], kind: 'country' as const }]],
      ['Port', [{ words: ['Port', 'Vell'], kind: 'city' as const }]],
    ]),
  };
  const words = ['Ardenian', 'and', 'Ardenians', 'met', 'in', 'Port', 'Vell', ',', 'Port', 'Arden', ',', 'Vell', 'and', 'Arden', 'of', 'the', 'Karsk', 'Republic', ',', 'not', 'Karsk', '.'];
  assert.deepEqual(gazetteerTags(words, places), [
    'B-demonym',
    null,
    'B-demonym',
    null,
    null,
    'B-city',
    'I-city',
    null,
    null,
    'B-country',
    null,
    'B-city',
    null,
    'B-country',
    null,
    null,
    'B-country',
    'I-country',
    null,
    null,
    null,
    null,
  ]);
});
