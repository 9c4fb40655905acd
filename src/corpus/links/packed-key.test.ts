import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze, analyzeText } from '../../analyze.js';
import { claimKey, compareClaims, linkableClaims, type ClaimKey } from './index.js';
import { packClaimKey, unpackClaimKey } from './packed-key.js';

const EXAMPLES = new URL('../../../../examples/', import.meta.url);

/** Every claim of the bundled examples, and a few made to carry open intervals, ranges, triples and owners. */
function keys(): ClaimKey[] {
  const analyses = readdirSync(EXAMPLES).map((name) => analyze(readFileSync(new URL(name, EXAMPLES)), { source: name }));
  analyses.push(
    analyzeText(
      "Counts and relations\n\nThe Velorian army lost more than 120 tanks in the Karsk offensive, the ministry said. Veloria never armed the Black Ridge militia. Between 500 and 600 tonnes of grain reached Holm on 4 March 2025. Dalvik Mining's Sarn pit employed nearly 2,400 workers.\n",
    ),
  );
  return analyses.flatMap((analysis) => linkableClaims(analysis).map(claimKey));
}

test('a comparison key packed as JSON and unpacked holds what it held, open intervals included', () => {
  const all = keys();
  assert.ok(
    all.some((key) => key.counts.some((count) => count.interval?.high === Infinity)),
    'the sample has an open interval',
  );
  assert.ok(
    all.some((key) => key.triples.length > 0),
    'the sample has triples',
  );
  for (const key of all) assert.deepStrictEqual(unpackClaimKey(packClaimKey(key)), key);
});

test('unpacked keys compare exactly as the keys they were packed from, over every pair', () => {
  const all = keys();
  const unpacked = all.map((key) => unpackClaimKey(packClaimKey(key)));
  let links = 0;
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const expected = compareClaims(all[i], all[j]);
      if (expected) links++;
      assert.deepStrictEqual(compareClaims(unpacked[i], unpacked[j]), expected);
    }
  }
  assert.ok(links > 0, 'some pairs link, so the comparison is exercised');
});
