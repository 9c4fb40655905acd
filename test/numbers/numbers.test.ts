import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NUMBERS_CASES } from './sentences.js';
import { scoreNumbers } from './score.js';

test('the numbers test set has at least 150 sentences and covers every case the grammar must read or refuse', () => {
  assert.ok(NUMBERS_CASES.length >= 150, `${NUMBERS_CASES.length} sentences`);
  const groups = new Set(NUMBERS_CASES.map((item) => item.group));
  for (const group of ['count', 'qualifier', 'vague', 'money', 'percent', 'range', 'fraction', 'identifier', 'formula', 'clock', 'ordinal', 'year', 'duration', 'one', 'zero'])
    assert.ok(groups.has(group), group);
});

test('value, unit and qualifier match on at least 90% of the quantities in the numbers test set', () => {
  const score = scoreNumbers();
  const report = score.failures
    .map(
      (failure) =>
        `${failure.text}\n  expected ${JSON.stringify(failure.expected)}\n  found    ${JSON.stringify(failure.found.map(({ text, value, low, high, unit, qualifier, of, subject }) => ({ text, value, low, high, unit, qualifier, of, subject })))}`,
    )
    .join('\n');
  assert.ok(score.f1 >= 0.9, `F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)})\n${report}`);
});
