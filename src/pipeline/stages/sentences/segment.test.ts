import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_SENTENCE_LENGTH, segment } from './segment.js';

const split = (text: string) => segment(text).map((sentence) => text.slice(sentence.start, sentence.end));

test('titles and month abbreviations do not end sentences: "Gen. Syed", "Oct. 7"', () => {
  assert.deepEqual(split('The attack came on Oct. 7, 2023, and Gen. Syed Asim Munir spoke a week later. He was angry.'), [
    'The attack came on Oct. 7, 2023, and Gen. Syed Asim Munir spoke a week later.',
    'He was angry.',
  ]);
});

test('dotted acronyms end a sentence only before a sentence starter', () => {
  assert.deepEqual(split('U.S. officials said so. Aid reached the U.S. The convoy left.'), ['U.S. officials said so.', 'Aid reached the U.S.', 'The convoy left.']);
});

test('initials stay with the name', () => {
  assert.deepEqual(split('The novel by J. K. Rowling sold well. Critics agreed.'), ['The novel by J. K. Rowling sold well.', 'Critics agreed.']);
});

test('closing quotes stay with their sentence', () => {
  assert.deepEqual(split('He said: “We will stay.” Then he left. “Why?” she asked.'), ['He said: “We will stay.”', 'Then he left.', '“Why?” she asked.']);
});

test('a sentence that ends "...1974. This" splits; decimals and lowercase continuations do not', () => {
  assert.deepEqual(split('It was recognised in February 1974. This was approved later. Growth was 3.5 per cent. e.g. this stays.'), [
    'It was recognised in February 1974.',
    'This was approved later.',
    'Growth was 3.5 per cent. e.g. this stays.',
  ]);
});

test('line breaks always end a sentence and count paragraphs', () => {
  const sentences = segment('First paragraph without a stop\nSecond one. Two sentences.');
  assert.deepEqual(
    sentences.map((sentence) => sentence.paragraph),
    [0, 1, 1],
  );
});

test('an unpunctuated run is cut at the length cap, in linear time', () => {
  const text = 'word '.repeat(100_000);
  const started = Date.now();
  const sentences = segment(text);
  assert.ok(sentences.every((sentence) => sentence.end - sentence.start <= MAX_SENTENCE_LENGTH));
  assert.ok(Date.now() - started < 2_000);
  const periods = '.'.repeat(60) + ' A' + '('.repeat(500_000);
  const started2 = Date.now();
  segment(periods);
  assert.ok(Date.now() - started2 < 2_000);
});
