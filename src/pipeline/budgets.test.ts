import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, analyzeText } from '../analyze.js';
import { DEFAULT_BUDGETS, type Budgets } from '../core/budgets.js';
import { isClaimgraphError } from '../core/errors.js';

const ARTICLE = `Harbour council delays the dredging vote

The Harbourton council delayed its vote on the dredging contract on Tuesday, Mayor Ilse Varga said. Critics said the contract was rushed. The council will meet again next week.
`;

/** Runs the analysis and returns the budget it failed on, with the time it took. */
function failure(run: () => unknown): { budget: string | undefined; code: string; ms: number } {
  const started = performance.now();
  try {
    run();
  } catch (error) {
    assert.ok(isClaimgraphError(error), `not a coded error: ${String(error)}`);
    return { budget: error.budget, code: error.code, ms: performance.now() - started };
  }
  assert.fail('the document was analysed instead of failing on a budget');
}

const withBudgets = (changes: Partial<Budgets>): Budgets => ({ ...DEFAULT_BUDGETS, ...changes });

test('a run of 2,000 capitalised words fails on the mention budget instead of becoming a 14,000-character name', () => {
  const words = Array.from({ length: 2000 }, (_, index) => `Vel${'aeiou'[index % 5]}${'rnkst'[(index * 3) % 5]}o`);
  const result = failure(() => analyzeText(`Council notes\n\n${words.join(' ')}\n`));
  assert.equal(result.code, 'E013');
  assert.match(result.budget ?? '', /^(mentionLength|nameLength)$/);
});

test('200,000 paragraphs of <p>x</p> fail on the HTML block budget before any DOM is built', () => {
  // 25,000 here (the bench runs the full 200,000): over the 20,000 default, refused in a linear scan.
  const html = `<html><body>${'<p>x</p>'.repeat(25_000)}</body></html>`;
  const result = failure(() => analyze(Buffer.from(html), { source: 'many.html' }));
  assert.equal(result.budget, 'htmlBlocks');
  assert.ok(result.ms < 1000, `${result.ms.toFixed(0)} ms to refuse`);
});

test('a text of more paragraphs than the sentence budget fails before the pipeline runs', () => {
  const text = `Title\n\n${Array.from({ length: 300 }, (_, index) => `Line ${index + 1} of the council minutes was read aloud.`).join('\n\n')}\n`;
  assert.equal(failure(() => analyzeText(text, { budgets: withBudgets({ sentences: 100 }) })).budget, 'sentences');
});

test('each budget names itself when a document goes over it', () => {
  const cases: Array<[Partial<Budgets>, string]> = [
    [{ claims: 2 }, 'claims'],
    [{ claimLength: 40 }, 'claimLength'],
    [{ nameLength: 5 }, 'nameLength'],
    [{ mentionLength: 3 }, 'mentionLength'],
    [{ timeMs: 1 }, 'timeMs'],
  ];
  for (const [budgets, name] of cases) {
    // The time budget needs a document that takes more than a millisecond: a longer article.
    const text =
      name === 'timeMs' ? `${ARTICLE}\n${Array.from({ length: 200 }, (_, index) => `Councillor number ${index + 1} said the vote on the dredging contract was delayed again.`).join(' ')}\n` : ARTICLE;
    const result = failure(() => analyzeText(text, { budgets: withBudgets(budgets) }));
    assert.equal(result.budget, name);
    assert.equal(result.code, 'E013');
  }
  assert.ok(analyzeText(ARTICLE).claims.length >= 3, 'the same article passes the default budgets');
});

test('an HTML page over the element budget fails; one within it but too big for a DOM is read by stripping tags', () => {
  const inline = `<html><body><p>${ARTICLE}</p>${'<b>x</b>'.repeat(3000)}</body></html>`;
  assert.equal(failure(() => analyze(Buffer.from(inline), { source: 'wide.html', budgets: withBudgets({ htmlElements: 2000 }) })).budget, 'htmlElements');
  assert.ok(analyze(Buffer.from(inline), { source: 'wide.html' }).claims.length > 0);
});
