import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FIXTURES } from './fixtures.js';
import { scoreFixture } from './score.js';

for (const fixture of FIXTURES) {
  test(`page fixture: ${fixture.name}`, () => {
    const result = scoreFixture(fixture);
    const wrong = Object.entries(result).filter(([, problem]) => problem !== null);
    assert.deepEqual(wrong, []);
  });
}

test('there are at least 40 page fixtures', () => {
  assert.ok(FIXTURES.length >= 40, String(FIXTURES.length));
});
