import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoized } from './memo.js';

test('a memoized function makes each value once, and starts again past its limit', () => {
  const made: string[] = [];
  const upper = memoized((word) => (made.push(word), word.toUpperCase()), 2);
  assert.equal(upper('karsk'), 'KARSK');
  assert.equal(upper('karsk'), 'KARSK');
  assert.equal(upper('arden'), 'ARDEN');
  assert.deepEqual(made, ['karsk', 'arden']);
  assert.equal(upper('veloria'), 'VELORIA'); // the third key: the memo starts again
  assert.equal(upper('karsk'), 'KARSK');
  assert.deepEqual(made, ['karsk', 'arden', 'veloria', 'karsk']);
});
