import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileTagger, fastTag } from './fast-tagger.js';
import { restartWordCache, sentenceParts } from './features.js';
import { gazetteer } from './gazetteer.js';
import { loadNerModel } from './model-file.js';

test('words made before the word cache started again (as when it fills in mid-document) are tagged as if it never had', () => {
  const tagger = compileTagger(loadNerModel().firstPass);
  const context = { capitalisedInDocument: new Set<string>() };
  const first = 'Mara Velt of the Karsk Border Police told Odra Radio on Monday that the bridge at Tollen was shut .'.split(' ');
  const second = 'The Velt family and the Tollen council met Karsk officials in Odra to reopen the bridge .'.split(' ');
  const expected = fastTag(tagger, first, sentenceParts(first, context, gazetteer()));
  // The first sentence's words are read, the cache starts again, and new words take the same serial numbers.
  const stale = sentenceParts(first, context, gazetteer());
  restartWordCache();
  for (let round = 0; round < 2; round++) fastTag(tagger, second, sentenceParts(second, context, gazetteer()));
  assert.deepEqual(fastTag(tagger, first, stale), expected);
});

test('the shipped weights add up exactly in any order (what summing a word’s own rows ahead of time relies on)', () => {
  const model = loadNerModel();
  for (const tagger of [compileTagger(model.firstPass), compileTagger(model.secondPass)]) {
    let largest = 0;
    for (const weight of tagger.matrix) {
      // A multiple of 2^-28: its float64 sums with others like it stay exact below 2^25.
      assert.equal(Number.isInteger(weight * 2 ** 28), true, `weight ${weight}`);
      largest = Math.max(largest, Math.abs(weight));
    }
    assert.ok(largest < 2 ** 11, `largest weight ${largest}`);
  }
});

test('a sentence tags the same after the pair table has grown and the small feature map has started again', () => {
  const tagger = compileTagger(loadNerModel().firstPass);
  const context = { capitalisedInDocument: new Set<string>() };
  const sentence = 'Mara Velt of the Karsk Border Police told Odra Radio on Monday that the bridge at Tollen was shut .'.split(' ');
  const expected = fastTag(tagger, sentence, sentenceParts(sentence, context, gazetteer()));
  // Headlines in capitals of invented words: each word a new pair and a new "caps-w" feature.
  const syllables = ['KAR', 'VEL', 'OD', 'TOL', 'MAR', 'SEN', 'BRO', 'LIN', 'DAS', 'FEN'];
  for (let headline = 0; headline < 600; headline++) {
    const words = Array.from(
      { length: 8 },
      (_, place) => `${syllables[headline % 10]}${syllables[Math.floor(headline / 10) % 10]}${syllables[(headline + place) % 10]}${place}${Math.floor(headline / 100)}`,
    );
    fastTag(tagger, words, sentenceParts(words, { ...context, allCaps: true }, gazetteer()));
  }
  assert.ok(tagger.pairs.mask + 1 > 4096, `pair table of ${tagger.pairs.mask + 1} buckets`);
  assert.deepEqual(fastTag(tagger, sentence, sentenceParts(sentence, context, gazetteer())), expected);
});
