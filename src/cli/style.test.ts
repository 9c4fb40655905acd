import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createStyle, printable } from './style.js';

test('colour on a terminal, plain when piped or when NO_COLOR is set', () => {
  assert.equal(createStyle({ isTTY: true }, {}).bold('x'), '\u001b[1mx\u001b[22m');
  assert.equal(createStyle({ isTTY: false }, {}).bold('x'), 'x');
  assert.equal(createStyle({ isTTY: true }, { NO_COLOR: '1' }).bold('x'), 'x');
});

test('text from an article cannot send escape sequences to the terminal', () => {
  assert.equal(printable('a\u001b[2Jb\u0007c'), 'a[2Jbc');
});
