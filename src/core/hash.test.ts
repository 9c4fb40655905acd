import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { contentId } from './hash.js';

/** The ids made before: one Hash object, each part then a NUL fed to it in turn. */
function partByPart(prefix: string, ...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\u0000');
  }
  return `${prefix}_${hash.digest('hex').slice(0, 16)}`;
}

test('content ids are the ones hashing part by part gave, for any parts', () => {
  const cases: string[][] = [
    [],
    [''],
    ['bbc/politics/001.txt', '120', '245'],
    ['Tavria Herald', 'Lena Sorvik', 'person'],
    ['Ünïcödé “quoted” — dash', '€5bn', '日本語'],
    ['a lone high surrogate \ud800', '\udc00 and a lone low one'],
    ['split pair \ud83d', '\ude00'],
    ['a\u0000b', '', 'c'],
  ];
  for (const parts of cases) assert.equal(contentId('clm', ...parts), partByPart('clm', ...parts), JSON.stringify(parts));
});
