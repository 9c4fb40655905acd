import assert from 'node:assert/strict';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { fromRoot } from '../../test/helpers.js';
import { runCli } from '../../test/cli-harness.js';

const run = (...args: string[]) => runCli(args);

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
  const low = await run(
    'analyze',
    '--max-claims',
    '2',
    join(
      examples,
      readdirSync(examples).find((file) => file.endsWith('.txt'))!,
    ),
  );
  assert.equal(low.status, 1);
  assert.match(low.stderr, /over the claims budget: \d+ claims, the limit is 2 \(--max-claims\)/);
  const json = await run('analyze', '--json', '--max-claims', '2', examples);
  assert.equal(json.status, 1);
  const output = JSON.parse(json.stdout);
  assert.ok(output.errors.length > 0 && output.errors.every((error: { code: string; budget: string }) => error.code === 'E013' && error.budget === 'claims'));
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
  assert.deepEqual(
    readdirSync(out).filter((name) => name.endsWith('.partial')),
    [],
  );
});

const pgUrl = process.env.CLAIMGRAPH_PG_URL;

test('postgres: connections terminated again and again during an ingest never crash it; each file is stored or fails with E034', { skip: pgUrl ? false : 'CLAIMGRAPH_PG_URL is not set' }, async () => {
  const pg = (await import('pg')).default;
  const schema = `cg_cli_kill_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema if not exists ${schema}`);
  // The schema and an application name ride in the URL, as a user would give them.
  const db = `${pgUrl}${pgUrl!.includes('?') ? '&' : '?'}application_name=${schema}&options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  let killing = true;
  let terminated = 0;
  const killer = (async () => {
    // From the first stored article on (cutting the connection while the store opens refuses it whole).
    while (
      killing &&
      !(await admin.query(`select 1 from ${schema}.documents limit 1`).then(
        (found) => (found.rowCount ?? 0) > 0,
        () => false,
      ))
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    while (killing) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      const result = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [schema]);
      terminated += result.rowCount ?? 0;
    }
  })();
  try {
    const result = await run('ingest', examples, '--db', db, '--json');
    killing = false;
    await killer;
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    assert.ok(!/\n\s+at /.test(result.stderr), 'a stack trace without --debug');
    if (result.stdout === '') {
      // The connection was cut while the store was being opened: refused whole, with a code.
      assert.match(result.stderr, /\[E03[04]\]/);
      return;
    }
    const summary = JSON.parse(result.stdout);
    for (const item of summary.results) {
      assert.ok(item.status === 'added' || item.status === 'unchanged' || item.code === 'E034' || item.code === 'E030', JSON.stringify(item));
    }
    assert.ok(!/\n\s+at /.test(result.stderr), 'a stack trace without --debug');
    // Whatever was reported as added is in the store, whole.
    const added = summary.results.filter((item: { status: string }) => item.status === 'added').length;
    const stored = await admin.query(`select count(*)::int as n from ${schema}.documents`).catch(() => ({ rows: [{ n: 0 }] }));
    assert.equal(stored.rows[0].n, added);
    void terminated;
  } finally {
    killing = false;
    await killer.catch(() => undefined);
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  }
});
