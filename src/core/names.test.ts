import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameKey } from './names.js';

test('name keys ignore case, accents, hyphens, a possessive and a leading "the"', () => {
  assert.equal(nameKey('Lashkar-e-Tayyiba'), nameKey('lashkar e tayyiba'));
  assert.equal(nameKey("The Ministry's"), 'ministry');
  assert.equal(nameKey('Mära Vélt'), 'mara velt');
});

test('a name keys the same before and after the memo of keys has started again', () => {
  const before = nameKey('The Karsk Border Police’s');
  // More invented names than the memo holds: it starts again on the way.
  for (let index = 0; index < 25_000; index++) nameKey(`Tollen Harbour Board ${index}`);
  assert.equal(nameKey('The Karsk Border Police’s'), before);
  assert.equal(before, 'karsk border police');
});
