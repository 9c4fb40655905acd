import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HashMultimap } from './hash-multimap.js';

test('every value added under a key comes back, newest first, through growth and colliding slots', () => {
  const map = new HashMultimap();
  const expected = new Map<number, number[]>();
  for (let value = 0; value < 200_000; value++) {
    // Keys spread over the whole 32-bit range, 0 and 2^32-1 included, several values each.
    const key = value % 3 === 0 ? 0 : Math.imul(value % 50_000, 2654435761) >>> 0 || 0xffffffff;
    map.add(key, value);
    (expected.get(key) ?? expected.set(key, []).get(key)!).unshift(value);
  }
  for (const [key, values] of expected) assert.deepEqual(map.get(key), values);
  assert.deepEqual(map.get(12345), expected.get(12345) ?? []);
});
