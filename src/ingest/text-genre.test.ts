import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textGenre } from './text-genre.js';

const repeat = (sentence: string, times: number) => Array.from({ length: times }, () => sentence).join(' ');

test('reporting in the third person reads as news; the writer speaking as "I" reads as opinion', () => {
  assert.equal(textGenre(repeat('The council delayed the harbour works again on Tuesday, officials said, citing the rising costs of steel.', 12))?.genre, 'news');
  assert.equal(textGenre(repeat('I take the ferry every week, and I think my mornings on the deck are the best part of my summer.', 12))?.genre, 'opinion');
  // "I" inside a quotation is someone else speaking.
  assert.equal(textGenre(repeat('“I will not resign,” the mayor told reporters outside the town hall on a wet Tuesday afternoon.', 12))?.genre, 'news');
  assert.equal(textGenre('Too short to tell.'), null);
});
