import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import { AnalysisThreads, analyzeInOrder, type PoolInput } from './analysis-pool.js';
import type { Worker } from 'node:worker_threads';

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

test('a thread that dies costs only the input it was reading (E012, worth a retry); a new thread takes its place', async () => {
  const threads = new AnalysisThreads(1);
  try {
    const text = Buffer.from(TEXTS[1]);
    const reading = threads.analyze('dies.txt', text, { source: 'dies.txt' });
    // As a native crash or an out-of-memory end would: the thread stops while the input is in flight.
    await (threads as unknown as { workers: Worker[] }).workers[0].terminate();
    const lost = await reading;
    assert.equal(lost.error?.kind, 'stage_failed');
    assert.equal(lost.error?.permanent, false);
    assert.match(lost.error?.message ?? '', /dies\.txt: the analysis thread stopped while reading it/);
    const next = await threads.analyze('next.txt', Buffer.from(TEXTS[0]), { source: 'next.txt' });
    assert.deepEqual(next.analysis, analyze(Buffer.from(TEXTS[0]), { source: 'next.txt' }));
  } finally {
    await threads.close();
  }
});

test('with two inputs in a thread’s hands, a thread that dies costs the one it was reading; the one queued behind it is read by the new thread', async () => {
  const threads = new AnalysisThreads(1, 2);
  try {
    const reading = threads.analyze('dies.txt', Buffer.from(TEXTS[1]), { source: 'dies.txt' });
    const queued = threads.analyze('queued.txt', Buffer.from(TEXTS[0]), { source: 'queued.txt' });
    await (threads as unknown as { workers: Worker[] }).workers[0].terminate();
    const [lost, after] = await Promise.all([reading, queued]);
    assert.equal(lost.error?.kind, 'stage_failed');
    assert.match(lost.error?.message ?? '', /dies\.txt: the analysis thread stopped/);
    assert.equal(after.source, 'queued.txt');
    assert.deepEqual(after.analysis, analyze(Buffer.from(TEXTS[0]), { source: 'queued.txt' }));
  } finally {
    await threads.close();
  }
});

test('inputs per thread below one are refused', () => {
  assert.throws(() => new AnalysisThreads(1, 0), RangeError);
});
