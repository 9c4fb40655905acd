import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributionUrl } from './link-url.js';

// "The delay was first reported by Eurowave News on Monday. A 2014 study warned of it."
const links = [
  { start: 21, end: 46, url: 'https://other.example/delay' }, // "reported by Eurowave News"
  { start: 58, end: 70, url: 'https://example.org/study.pdf' }, // "A 2014 study"
];

test('an attribution whose source or cue sits in a link carries its URL', () => {
  assert.equal(attributionUrl({ sourceSpan: { start: 33, end: 46 }, cueSpan: { start: 21, end: 29 } }, links), 'https://other.example/delay');
  assert.equal(attributionUrl({ sourceSpan: { start: 58, end: 70 }, cueSpan: { start: 71, end: 77 } }, links), 'https://example.org/study.pdf');
});

test('an attribution away from every link carries none', () => {
  assert.equal(attributionUrl({ sourceSpan: { start: 100, end: 110 }, cueSpan: null }, links), null);
  assert.equal(attributionUrl({ sourceSpan: null, cueSpan: null }, links), null);
});
