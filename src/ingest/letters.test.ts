import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Removed } from '../core/document.js';
import { removeSignatoryLists, signatoryName, splitLetters } from './letters.js';

const prose = (topic: string) => ({ text: `The plan for the ${topic} was drawn up without asking the people who depend on it, and it should be withdrawn.` });

test('name lines with roles and places are signatories; sentences are not', () => {
  assert.equal(signatoryName('Prof. Ada Marsh, Professor of Hydrology, University of Arden'), 'Prof. Ada Marsh');
  assert.equal(signatoryName('— Rafe Dunmore'), 'Rafe Dunmore');
  assert.equal(signatoryName('The council voted on Tuesday.'), null);
});

test('a long run of names is a signatory list, taken out whole', () => {
  const removed: Removed[] = [];
  const names = Array.from({ length: 12 }, (_, index) => ({ text: `${['Ada', 'Bruno', 'Cleo'][index % 3]} ${['Marsh', 'Vey', 'Quell', 'Orrin'][index % 4]}, Arden` }));
  const kept = removeSignatoryLists([prose('harbour'), prose('ferry'), ...names], removed);
  assert.equal(kept.length, 2);
  assert.equal(removed[0].kind, 'signatories');
});

test('a letters page splits into letters at each signature', () => {
  const removed: Removed[] = [];
  const paragraphs = [prose('harbour'), { text: 'Edda Rowan, Arden' }, prose('ferry'), prose('market'), { text: 'Piet Calloway, North Keston' }];
  const { paragraphs: kept, parts } = splitLetters(paragraphs, true, removed);
  assert.equal(kept.length, 3);
  assert.deepEqual(parts, [
    { first: 0, end: 1, author: 'Edda Rowan' },
    { first: 1, end: 3, author: 'Piet Calloway' },
  ]);
  assert.deepEqual(
    removed.map((item) => item.kind),
    ['signature', 'signature'],
  );
  // Without letters evidence, headings that look like names do not split the page.
  assert.deepEqual(splitLetters([prose('harbour'), { text: 'Berkeley Lane' }, prose('ferry'), { text: 'Norrby Data' }, prose('x')], false, []).parts, []);
});
