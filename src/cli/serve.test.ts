import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fromRoot } from '../../test/helpers.js';

const run = (...args: string[]) =>
  spawnSync(process.execPath, [fromRoot('bin/claimgraph.js'), 'serve', ...args], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, CLAIMGRAPH_TOKEN: '', CLAIMGRAPH_DB: '' } });

test('serve explains itself, refuses a missing store and a bad port before listening', () => {
  const help = run('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--token/);
  const missing = run('--db', join(mkdtempSync(join(tmpdir(), 'claimgraph-serve-')), 'none.db'), '--port', '0');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /\[E030\] no store at/);
  const port = run('--port', '70000');
  assert.equal(port.status, 2);
  assert.match(port.stderr, /--port 70000 is not a port/);
  assert.equal(run('--port', 'http').status, 2);
});
