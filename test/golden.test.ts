import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { exampleFiles, goldenOf, goldenPath } from './golden-format.js';

test('there are examples to check', () => {
  assert.ok(exampleFiles().length >= 3);
});

for (const name of exampleFiles()) {
  test(`golden analysis of examples/${name}`, () => {
    const path = goldenPath(name);
    assert.ok(existsSync(path), `missing ${path}: run npm run golden`);
    const expected = JSON.parse(readFileSync(path, 'utf8'));
    const actual = JSON.parse(JSON.stringify(goldenOf(name)));
    assert.deepEqual(actual, expected, 'analysis changed: if on purpose, run npm run golden and read the diff');
  });

  test(`every span in examples/${name} covers the text printed beside it`, () => {
    const golden = JSON.parse(readFileSync(goldenPath(name), 'utf8')) as { text: string };
    const check = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(check);
      else if (value && typeof value === 'object') {
        const object = value as Record<string, unknown>;
        if (typeof object.slice === 'string') assert.equal(golden.text.slice(object.start as number, object.end as number), object.slice);
        Object.values(object).forEach(check);
      }
    };
    check(golden);
  });
}
