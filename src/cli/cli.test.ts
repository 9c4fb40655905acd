import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fromRoot } from '../../test/helpers.js';
import { VERSION } from '../version.js';
import { runCli } from '../../test/cli-harness.js';

const run = runCli;

const bin = fromRoot('bin', 'claimgraph.js');

test('analyze --json on the examples follows the contract', async () => {
  const { status, stdout } = await run(['analyze', '--json', fromRoot('examples')]);
  assert.equal(status, 0);
  const output = JSON.parse(stdout);
  assert.equal(output.version, VERSION);
  assert.ok(output.documents.length >= 3);
  // The Karsk Herald example disputes the Veloria one: "no more than 300" against "nearly 3,000" rifles.
  assert.ok(output.links.some((link: { kind: string; reason: string }) => link.kind === 'contradicts' && /rifles/.test(link.reason)));
  assert.ok(output.documents.every((document: { relations: unknown }) => Array.isArray(document.relations)));
  for (const document of output.documents) {
    for (const key of ['id', 'source', 'title', 'authors', 'outlet', 'section', 'genre', 'published', 'language', 'text', 'removed', 'mentions', 'claims']) {
      assert.ok(key in document, `document lacks ${key}`);
    }
    for (const claim of document.claims) {
      for (const key of ['id', 'text', 'start', 'end', 'type', 'attribution', 'hedges', 'quantities', 'times', 'entities', 'checkworthiness']) {
        assert.ok(key in claim, `claim lacks ${key}`);
      }
      assert.equal(document.text.slice(claim.start, claim.end), claim.text);
      assert.ok(['named', 'anonymous', 'author'].includes(claim.attribution.kind));
      assert.ok(Array.isArray(claim.attribution.chain));
    }
  }
  assert.ok(Array.isArray(output.entities));
  assert.ok(Array.isArray(output.links));
});

test('the report is plain when piped and names claims, sources and removed chrome', async () => {
  const { status, stdout } = await run(['analyze', fromRoot('examples', 'veloria-border-strikes.txt')]);
  assert.equal(status, 0);
  assert.ok(!stdout.includes('\u001b['), 'no colour codes when not a terminal');
  assert.match(stdout, /━━ Veloria says drone strikes/);
  assert.match(stdout, /anonymous Sources familiar with the operation/);
  assert.match(stdout, /removed from the page: .*caption/);
});

test('standard input is read with "-"', async () => {
  const { status, stdout } = await run(['analyze', '--json', '-'], 'Harbour fire\n\nA fire broke out at the harbour on Monday night, the fire service said.\n');
  assert.equal(status, 0);
  const output = JSON.parse(stdout);
  assert.equal(output.documents[0].source, '-');
  assert.equal(output.documents[0].claims[0].attribution.source, 'the fire service');
});

test('usage errors exit 2 with a clear message', async () => {
  assert.equal((await run(['analyze'])).status, 2);
  const badDate = await run(['analyze', '--published', 'yesterday', fromRoot('examples')]);
  assert.equal(badDate.status, 2);
  assert.match(badDate.stderr, /--published takes a date/);
  const unknown = await run(['analyze', '--frobnicate', fromRoot('examples')]);
  assert.equal(unknown.status, 2);
  assert.equal((await run(['nonsense'])).status, 2);
  const missing = await run(['analyze', '/no/such/path']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no such file/);
});

test('one bad file fails with a message naming it; the others are still analysed (real process)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'claimgraph-'));
  writeFileSync(join(directory, 'a-good.txt'), readFileSync(fromRoot('examples', 'opinion-harbour-deal.txt')));
  writeFileSync(join(directory, 'b-fake.html'), Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'));
  writeFileSync(join(directory, 'c-good.html'), readFileSync(fromRoot('examples', 'relief-convoy.html')));
  const result = spawnSync(process.execPath, [bin, 'analyze', '--json', directory], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /b-fake\.html: this is PDF, not HTML or text/);
  const output = JSON.parse(result.stdout);
  assert.equal(output.documents.length, 2);
  assert.deepEqual(
    output.errors.map((error: { kind: string }) => error.kind),
    ['unsupported_format'],
  );
});

test('an oversized file is refused by the byte cap before reading (real process)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'claimgraph-'));
  const path = join(directory, 'big.html');
  writeFileSync(path, '<p>x</p>'.repeat(50_000));
  const result = spawnSync(process.execPath, [bin, 'analyze', '--max-bytes', '100000', path], { encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /over the 100000-byte limit/);
});

test('--version and --help', async () => {
  assert.equal((await run(['--version'])).stdout.trim(), VERSION);
  assert.match((await run(['analyze', '--help'])).stdout, /Usage: claimgraph analyze/);
});

test('src/version.ts agrees with package.json', () => {
  assert.equal(VERSION, JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')).version);
});
