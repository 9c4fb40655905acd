import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import { analyzeInOrder, type PoolInput } from './analysis-pool.js';

// Fictional articles of different lengths, so threads finish out of order; one input is a PDF.
const TEXTS = [
  'Harbour reopens\n\nThe Karsk harbour reopened on Monday after three weeks, the port authority said.\n',
  `Long report\n\n${'Officials in Osmund said the river had risen by nearly two metres overnight. '.repeat(40)}\n`,
  '%PDF-1.7 not an article',
  'Short note\n\nThe Vessen council met on Friday.\n',
  'Budget talks\n\nThe finance minister, Ilsa Marrow, said the budget would be cut by 4% next year.\n',
];
const inputs = (): PoolInput[] => TEXTS.map((text, index) => ({ source: `input-${index}.txt`, read: async () => Buffer.from(text), options: { source: `input-${index}.txt` } }));

test('two threads give the analyses one thread gives, in input order, with a bad input failing alone', async () => {
  const results = [];
  for await (const result of analyzeInOrder(inputs(), 2)) results.push(result);
  assert.deepEqual(
    results.map((result) => result.source),
    TEXTS.map((_, index) => `input-${index}.txt`),
  );
  assert.equal(results[2].error?.kind, 'unsupported_format');
  for (const [index, result] of results.entries()) {
    if (index === 2) continue;
    const here = analyze(Buffer.from(TEXTS[index]), { source: `input-${index}.txt` });
    assert.deepEqual(result.analysis, here);
  }
});

test('a reader returning null skips the input without analysing it', async () => {
  const skipping = inputs().map((input, index) => (index === 1 ? { ...input, read: async () => null } : input));
  const results = [];
  for await (const result of analyzeInOrder(skipping, 1)) results.push(result);
  assert.equal(results[1].skipped, true);
  assert.ok(results[0].analysis && results[3].analysis);
});
