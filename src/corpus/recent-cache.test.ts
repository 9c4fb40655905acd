import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecentCache } from './recent-cache.js';

test('a recent cache makes each value once while it is kept, and lets the least recently used go first', () => {
  const made: string[] = [];
  const cache = new RecentCache<string, string>(2);
  const make = (key: string) => (made.push(key), key.toUpperCase());
  assert.equal(cache.get('kessel', make), 'KESSEL');
  assert.equal(cache.get('karsk', make), 'KARSK');
  assert.equal(cache.get('kessel', make), 'KESSEL'); // kept: not made again, and now the most recent
  cache.get('arden', make); // the third key lets "karsk" go, the least recently used
  cache.get('kessel', make);
  cache.get('karsk', make);
  assert.deepEqual(made, ['kessel', 'karsk', 'arden', 'karsk']);
});
