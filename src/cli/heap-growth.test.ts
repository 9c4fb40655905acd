import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

// A child process keeps 300,000 small objects alive and makes 3 million short-lived ones, sampling
// its heap size; with `keepHeapsTight` the heap stays nearer the live data, and the limit is unchanged.
const CHURN = (tight: boolean) => `
import v8 from 'node:v8';
import { keepHeapsTight } from ${JSON.stringify(new URL('./heap-growth.js', import.meta.url).href)};
const limit = v8.getHeapStatistics().heap_size_limit;
if (${tight}) keepHeapsTight();
const live = [];
for (let i = 0; i < 300000; i++) live.push({ text: 'y'.repeat(40) + i, list: [i] });
let largest = 0;
let batch = [];
for (let i = 0; i < 3e6; i++) {
  batch.push({ text: 'x'.repeat(30) + i });
  if (batch.length > 50000) batch = [];
  if (i % 5000 === 0) largest = Math.max(largest, v8.getHeapStatistics().total_heap_size);
}
console.log(JSON.stringify({ largest, live: live.length, limitKept: v8.getHeapStatistics().heap_size_limit === limit }));
`;

function churn(tight: boolean): { largest: number; live: number; limitKept: boolean } {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', CHURN(tight)], { encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout);
}

test('batch commands keep the heap close to its live data without changing its limit', () => {
  const loose = churn(false);
  const tight = churn(true);
  assert.equal(tight.live, 300000);
  assert.ok(tight.limitKept);
  assert.ok(tight.largest < loose.largest * 0.75, `tight ${tight.largest} against default ${loose.largest}`);
});
