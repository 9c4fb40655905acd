import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../analyze.js';
import { DEFAULT_BUDGETS } from '../core/budgets.js';

// Length budgets would stop a run of capitals at its first mention: lifted here, so every stage's
// own time is what is measured (budgets.test.ts covers the budgets).
const UNLIMITED_LENGTHS = { ...DEFAULT_BUDGETS, nameLength: Number.MAX_SAFE_INTEGER, mentionLength: Number.MAX_SAFE_INTEGER, claimLength: Number.MAX_SAFE_INTEGER };

// Regex-heavy NLP has had catastrophic backtracking bugs (chrono-node CVE-2021-23371 among them):
// the whole pipeline must finish on inputs built to trigger them, and grow about linearly.
// Each run sits inside an ordinary sentence of an article, so every stage reads it.
const article = (run: string) => `Headline\n\nThe council met on Monday and agreed to review the contract with the harbour operator ${run} before the vote next week, officials said.\n`;
const CASES: Array<[string, (n: number) => string]> = [
  ['open parentheses', (n) => article('('.repeat(n))],
  ['spaces inside a date', (n) => article(`on March${' '.repeat(n)}3, 2025`)],
  ['runs of periods', (n) => article('.'.repeat(n))],
  ['long digit runs', (n) => article(`for ${'9'.repeat(n)} people and ${'1,'.repeat(n)}000 rifles`)],
  ['one long word', (n) => article('a'.repeat(n))],
  ['many capitalised words', (n) => article('Ali '.repeat(n))],
  // One long line of dates: chrono's refiners look back over the whole line, and the times stage
  // used to scan to the nearest period for each date (n^1.7 on a megabyte; the bench runs 1 MB).
  ['repeated date phrases', (n) => article('On 5 January 2024, 6 February 2023 and next Tuesday '.repeat(n / 10))],
  ['many short paragraphs', (n) => `Minutes\n\n${Array.from({ length: n / 10 }, (_, index) => `Item ${index + 1} was noted by the clerk.`).join('\n\n')}\n`],
];

for (const [name, make] of CASES) {
  test(`pathological input finishes in bounded time: ${name}`, () => {
    // The fastest of three runs, so a garbage collection or a busy neighbour on the CI machine
    // does not read as super-linear growth.
    const time = (n: number) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = process.hrtime.bigint();
        analyzeText(make(n), { budgets: UNLIMITED_LENGTHS });
        best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
      }
      return best;
    };
    time(500); // warm-up
    const small = Math.max(time(4_000), 5);
    const large = time(8_000);
    assert.ok(large < 10_000, `${name}: ${large.toFixed(0)} ms for 8,000`);
    // Doubling the input must not much more than double the time (allowing for noise on small times).
    assert.ok(large / small < 4, `${name}: ${small.toFixed(0)} ms -> ${large.toFixed(0)} ms when doubled`);
  });
}
