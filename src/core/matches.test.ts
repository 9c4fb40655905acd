import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allMatches } from './matches.js';

const shape = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, ...match]);

test('allMatches gives what matchAll gives: words, groups, empty matches, surrogate pairs', () => {
  const cases: Array<[RegExp, string]> = [
    [/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, 'Ana Kessel’s 12 well-known “talks” in Arden, 2026.'],
    [/\b(may|might|could)\b(?:\s+(not))?/gi, 'It may not rain; it might. Could it? In May, maybe.'],
    [/x*/g, 'axxb x'],
    [/(?:)/gu, 'a😀b'],
    [/\p{L}*/gu, '😀 é😀'],
    [/[“”"]/g, 'no quotes here'],
  ];
  for (const [pattern, text] of cases) {
    assert.deepEqual(shape(allMatches(pattern, text)), shape(text.matchAll(pattern)), `${pattern} on ${text}`);
    assert.equal(pattern.lastIndex, 0);
  }
  assert.throws(() => allMatches(/a/, 'a'), TypeError);
});
