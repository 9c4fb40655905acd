import assert from 'node:assert/strict';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { fromRoot } from '../../test/helpers.js';
import { main } from './main.js';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => (text += chunk));
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

async function run(...args: string[]) {
  const stdout = capture();
  const stderr = capture();
  const status = await main(args, { stdout: stdout.stream, stderr: stderr.stream, stdin: new PassThrough(), env: {} });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

const examples = fromRoot('examples');
const scratch = () => mkdtempSync(join(tmpdir(), 'claimgraph-cli-hard-'));

test('a batch with one document over a budget stores the others and lists what failed, with the budget', async () => {
  const folder = scratch();
  for (const name of readdirSync(examples).filter((file) => file.endsWith('.txt'))) writeFileSync(join(folder, name), (await import('node:fs')).readFileSync(join(examples, name)));
  const words = Array.from({ length: 2000 }, (_, index) => `Mar${'aeiou'[index % 5]}${'dlnst'[(index * 3) % 5]}en`).join(' ');
  writeFileSync(join(folder, 'capitals.txt'), `Notes\n\n${words}\n`);
  const db = join(scratch(), 'batch.db');
  const result = await run('ingest', folder, '--db', db);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /failed .*capitals\.txt: E013 \((mentionLength|nameLength) budget\)/);
  assert.match(result.stderr, /\[E013\] .*capitals\.txt: over the (mentionLength|nameLength) budget/);
  assert.ok(!/\n\s+at /.test(result.stderr), 'a stack trace without --debug');
  const json = JSON.parse((await run('ingest', folder, '--db', db, '--json')).stdout);
  const failed = json.results.filter((item: { status: string }) => item.status === 'failed');
  assert.equal(failed.length, 1);
  assert.equal(failed[0].code, 'E013');
  assert.ok(json.results.filter((item: { status: string }) => item.status === 'unchanged').length >= 3);
});

test('budget options are validated and used', async () => {
  const low = await run('analyze', '--max-claims', '2', join(examples, readdirSync(examples).find((file) => file.endsWith('.txt'))!));
  assert.equal(low.status, 1);
  assert.match(low.stderr, /over the claims budget: \d+ claims, the limit is 2 \(--max-claims\)/);
  for (const value of ['0', '-5', '1.5', 'lots', '99999999999999999999']) {
    const bad = await run('analyze', `--max-sentences=${value}`, examples);
    assert.equal(bad.status, 2, value);
    assert.match(bad.stderr, /\[E020\] --max-sentences takes a/);
  }
});

test('every option value is checked: impossible dates, huge numbers, reversed ranges exit 2 with a clear message', async () => {
  const db = join(scratch(), 'news.db');
  assert.equal((await run('ingest', examples, '--db', db)).status, 0);
  const cases: Array<[string[], RegExp]> = [
    [['analyze', '--published', '2025-13-45', examples], /--published takes a date as YYYY-MM-DD \(a real one\), not "2025-13-45"/],
    [['analyze', '--published', '2025-02-30', examples], /not "2025-02-30"/],
    [['claims', '--from', '2025-99-99', '--db', db], /--from takes a date/],
    [['claims', '--from', '2025-05-01', '--to', '2025-04-01', '--db', db], /--from 2025-05-01 is after --to 2025-04-01/],
    [['claims', '--limit', '99999999999999999999', '--db', db], /--limit takes a whole number from 1 to 1,000,000,000/],
    [['search', 'harbour', '--limit', '1e3', '--db', db], /--limit takes a positive whole number/],
    [['ingest', examples, '--max-bytes', '5000000000', '--db', db], /--max-bytes takes a whole number from 1 to/],
  ];
  for (const [args, message] of cases) {
    const result = await run(...args);
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, message);
  }
});

test('a damaged store: commands refuse it with E032, check reports it and dumps what can be re-ingested', async () => {
  const directory = scratch();
  const db = join(directory, 'news.db');
  assert.equal((await run('ingest', examples, '--db', db)).status, 0);
  assert.equal((await run('check', '--db', db)).status, 0);
  const size = statSync(db).size;
  const fd = openSync(db, 'r+');
  writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
  closeSync(fd);
  for (const args of [['claims'], ['ingest', examples]]) {
    const result = await run(...args, '--db', db);
    assert.equal(result.status, 1, args[0]);
    assert.match(result.stderr, /\[E032\] .*damaged.*claimgraph check --db/);
  }
  const dump = join(directory, 'recovered');
  const checked = await run('check', '--db', db, '--dump', dump, '--json');
  assert.equal(checked.status, 1);
  const report = JSON.parse(checked.stdout);
  assert.equal(report.ok, false);
  assert.ok(existsSync(join(dump, 'index.json')));
  if (report.dump.written > 0) {
    const again = await run('ingest', dump, '--db', join(directory, 'new.db'));
    assert.equal(again.status, 0, again.stderr);
  }
});

test('--debug adds the stack trace; without it there is none', async () => {
  const directory = scratch();
  const db = join(directory, 'other.db');
  const other = new BetterSqlite3(db);
  other.exec('create table notes (body text)');
  other.close();
  const plain = await run('claims', '--db', db);
  assert.equal(plain.status, 1);
  assert.match(plain.stderr, /\[E033\]/);
  assert.ok(!/\n\s+at /.test(plain.stderr));
  const debug = await run('claims', '--db', db, '--debug');
  assert.equal(debug.status, 1);
  assert.match(debug.stderr, /\[E033\][\s\S]*\n\s+at /);
});

test('a failed export leaves no .partial file behind', async () => {
  const directory = scratch();
  const db = join(directory, 'news.db');
  assert.equal((await run('ingest', examples, '--db', db)).status, 0);
  const out = join(directory, 'out');
  // A directory where the GEXF file should go: its rename fails, as a full disk would fail a write.
  mkdirSync(join(out, 'claimgraph.gexf'), { recursive: true });
  const result = await run('export', '--db', db, '-o', out);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /cannot write .*claimgraph\.gexf/);
  assert.deepEqual(readdirSync(out).filter((name) => name.endsWith('.partial')), []);
});
