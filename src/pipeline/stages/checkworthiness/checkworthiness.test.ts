import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeText } from '../../../analyze.js';
import { featuresOf, scoreClaim, type ClaimSignals } from './features.js';
import { checkworthinessModel } from './index.js';
import { score, train, type LogisticModel } from './model.js';
import { signalsOfText } from './text-signals.js';

const TINY = [
  { text: 'Unemployment fell to 4 percent last year.', label: 1 as const },
  { text: 'We lost 700,000 jobs in 2009.', label: 1 as const },
  { text: 'The deficit doubled to $1 trillion.', label: 1 as const },
  { text: 'Thank you very much.', label: 0 as const },
  { text: 'I think that is a great question.', label: 0 as const },
  { text: 'Let me be clear about that.', label: 0 as const },
];

test('a tiny training run is deterministic and round-trips through a saved file to the same predictions', () => {
  const examples = TINY.map((item) => ({ features: featuresOf(item.text, signalsOfText(item.text)), label: item.label }));
  const options = { epochs: 30, learningRate: 0.5, l2: 0, minCount: 1 };
  const weights = train(examples, options);
  assert.deepEqual(train(examples, options), weights, 'same data, same weights');
  const model: LogisticModel = { name: 'tiny', version: 't', trainedOn: 'six sentences', evaluation: {}, threshold: 0.5, weights };
  const path = join(mkdtempSync(join(tmpdir(), 'claimgraph-')), 'model.json');
  writeFileSync(path, JSON.stringify(model));
  const loaded = JSON.parse(readFileSync(path, 'utf8')) as LogisticModel;
  for (const example of examples) {
    assert.equal(score(loaded, example.features), score(model, example.features));
    assert.equal(score(loaded, example.features) >= 0.5 ? 1 : 0, example.label, 'fits its training data');
  }
});

test('the shipped model ranks a numeric factual claim above an opinion and a prescription', () => {
  const model = checkworthinessModel();
  assert.ok(Object.keys(model.weights).length > 1000);
  const claims = analyzeText('Headline\n\nThe attack killed 26 tourists in April, officials said. This is a disgraceful strategy. We must stay calm.\n').claims;
  const [factual, opinion, prescriptive] = claims.map((claim) => claim.checkworthiness);
  for (const value of [factual, opinion, prescriptive]) assert.ok(value >= 0 && value <= 1);
  assert.ok(factual > opinion, `${factual} > ${opinion}`);
  assert.ok(factual > prescriptive, `${factual} > ${prescriptive}`);
});

test('a claim is scored as its feature strings are: repeated words, pairs and qualifiers counted once, numbers as <num>', () => {
  const model = checkworthinessModel();
  const claims: Array<[string, ClaimSignals]> = [
    [
      'Unemployment in Arden rose to 7.2% in March, the highest rate since 2009, the ministry said.',
      { quantities: [{ qualifier: 'exact' }, { qualifier: 'exact' }], times: [{ type: 'DATE' }, {}], attributionKind: 'named', type: 'factual', hedges: 0 },
    ],
    ['The the the deal deal is a disgrace, a disgrace, and it must be stopped?', { quantities: [], times: [], attributionKind: 'author', type: 'prescriptive', hedges: 3 }],
    ['Officials said about 1,200 people may have been displaced by the floods.', { quantities: [{ qualifier: 'approximate' }], times: [], attributionKind: 'anonymous', type: 'factual', hedges: 1 }],
    ['', { quantities: [], times: [], attributionKind: 'author', type: 'factual', hedges: 0 }],
  ];
  for (const [text, signals] of claims) assert.equal(scoreClaim(model, text, signals), score(model, featuresOf(text, signals)), text);
  // A model of a few made-up weights, with pairs and words the claims share.
  const small: LogisticModel = {
    ...model,
    weights: { bias: -0.5, 'w=the': 0.25, 'w=disgrace': 1.5, 'b=the_deal': 0.75, 'b=a_disgrace': -0.125, 'w=<num>': 0.5, 'qualifier=exact': 0.3, 'type=prescriptive': 2 },
  };
  for (const [text, signals] of claims) assert.equal(scoreClaim(small, text, signals), score(small, featuresOf(text, signals)), text);
});
