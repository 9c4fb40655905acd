import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { fromRoot } from '../../test/helpers.js';
import { runCli } from '../../test/cli-harness.js';
import { analyze } from '../analyze.js';
import type { IngestOptions } from '../ingest/ingest.js';
import { sourceHash } from '../queries/index.js';
import { openPostgresStore } from '../store/postgres.js';
import { QueueLedger } from '../store/queue-ledger.js';
import { runIngestJob } from './ingest-job.js';

// The job queue against a real PostgreSQL (CLAIMGRAPH_PG_URL), with workers as real processes
// (node bin/claimgraph.js worker). Each test gets a database of its own, dropped at the end, so no
// test meets another's jobs (graphile-worker keeps its schema per database).
const url = process.env.CLAIMGRAPH_PG_URL;
const skip = url ? false : 'CLAIMGRAPH_PG_URL is not set';
const BIN = fromRoot('bin/claimgraph.js');
const created: string[] = [];
let count = 0;

/** A fresh database for one test, migrated: its URL and a client on it. */
async function freshQueue(options: { migrate?: boolean } = {}): Promise<{ db: string; client: pg.Client }> {
  const name = `claimgraph_queue_test_${process.pid}_${++count}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  created.push(name);
  const db = new URL(url!);
  db.pathname = `/${name}`;
  if (options.migrate !== false) {
    const migrated = await runCli(['migrate', '--db', db.href]);
    assert.equal(migrated.status, 0, migrated.stderr);
  }
  const client = new pg.Client({ connectionString: db.href });
  await client.connect();
  return { db: db.href, client };
}

after(async () => {
  if (!url || created.length === 0) return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
});

const TOWNS = ['Karsk', 'Osmund', 'Vessen', 'Tarrow', 'Lindqvist', 'Morrow', 'Pellam', 'Quillan'];

/** Fictional articles, one per town, each different bytes. */
function articles(towns: string[]): string {
  const directory = mkdtempSync(join(tmpdir(), 'claimgraph-queue-'));
  for (const town of towns) {
    writeFileSync(
      join(directory, `${town.toLowerCase()}.txt`),
      `${town} council cuts bus routes\n\nThe ${town} council will cut four bus routes next year, the transport director, Ilsa Marrow, said on Monday. ` +
        `Residents in ${town} said the cuts would leave villages without a service. The council said it had lost 12% of its budget.\n`,
    );
  }
  return directory;
}

const countOf = async (client: pg.Client, query: string, values: unknown[] = []) => Number((await client.query(query, values)).rows[0].n);

/** A worker process; `exited` resolves with its exit code (or signal). */
function spawnWorker(db: string, args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; exited: Promise<number | string>; stderr: () => string } {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', db, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  child.stdout!.resume();
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, exited, stderr: () => stderr };
}

/** Polls until `check` holds (a loaded machine gets a generous deadline), failing with `what` otherwise. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 40_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const statusOf = async (db: string) => {
  const result = await runCli(['status', '--db', db, '--json']);
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
};

/** Every document stored once: as many documents as distinct input hashes, and each input done. */
async function assertStoredOnce(client: pg.Client, expected: number): Promise<void> {
  assert.equal(await countOf(client, 'select count(*) as n from documents'), expected);
  assert.equal(await countOf(client, 'select count(distinct source_hash) as n from documents'), expected);
  assert.equal(await countOf(client, "select count(*) as n from queue_inputs where state = 'done' and document_id is not null and bytes is null"), expected);
}

test('the queue commands refuse a SQLite store with E035, an unreachable server with E030, and a database migrate has not prepared with E035', async () => {
  const sqlite = join(mkdtempSync(join(tmpdir(), 'claimgraph-queue-')), 'news.db');
  for (const args of [['migrate'], ['worker', '--drain'], ['status'], ['ingest', fromRoot('examples'), '--queue']]) {
    const result = await runCli([...args, '--db', sqlite]);
    assert.equal(result.status, 1, args.join(' '));
    assert.match(result.stderr, /\[E035\] .*needs a PostgreSQL store/);
  }
  const env = await runCli(['status'], '', { CLAIMGRAPH_DB: sqlite });
  assert.match(env.stderr, /\[E035\]/);
  // A server that cannot be reached: E030, as for every store command.
  for (const args of [['status'], ['ingest', fromRoot('examples'), '--queue']]) {
    const unreachable = await runCli([...args, '--db', 'postgres://claimgraph@127.0.0.1:1/none']);
    assert.equal(unreachable.status, 1);
    assert.match(unreachable.stderr, /\[E030\] .*cannot connect to PostgreSQL/);
  }
  if (!url) return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `claimgraph_queue_test_${process.pid}_bare`;
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  created.push(name);
  const bare = new URL(url);
  bare.pathname = `/${name}`;
  const refused = await runCli(['status', '--db', bare.href]);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /\[E035\] .*run "claimgraph migrate" first/);
});

// The four fault tests and the main path run at once (each in its own database): most of their time
// is workers loading models and waiting on backoffs, which overlap well.
describe('queue on PostgreSQL', { concurrency: true }, () => {
  test(
    'queue: migrate twice is a no-op; ingest --queue enqueues and returns; the same article enqueued ten times at once is one job and one document; two workers store what one plain ingest stores (same claims, actors and links); a poison document fails with its error while the rest go on',
    { skip },
    async () => {
      const { db, client } = await freshQueue();
      try {
        const again = await runCli(['migrate', '--db', db]);
        assert.equal(again.status, 0, again.stderr);
        const directory = mkdtempSync(join(tmpdir(), 'claimgraph-queue-'));
        cpSync(fromRoot('examples'), directory, { recursive: true });
        const examples = readdirSync(directory).length;
        // Poison: a file with no text at all (E003), which no retry can mend.
        writeFileSync(join(directory, 'blank.txt'), '   \n\n  \n');
        // The same article enqueued ten times at once: one input, one job (and, below, one document).
        const file = join(articles(['Tarrow']), 'tarrow.txt');
        const tenfold = await Promise.all(Array.from({ length: 10 }, () => runCli(['ingest', file, '--queue', '--db', db, '--json'])));
        const outcomes = tenfold.map((result) => {
          assert.equal(result.status, 0, result.stderr);
          return JSON.parse(result.stdout) as { queued: number; alreadyQueued: number };
        });
        assert.equal(outcomes.filter((outcome) => outcome.queued === 1).length, 1);
        assert.equal(outcomes.filter((outcome) => outcome.alreadyQueued === 1).length, 9);
        assert.equal(await countOf(client, 'select count(*) as n from queue_inputs'), 1);
        assert.equal(await countOf(client, 'select count(*) as n from graphile_worker.jobs'), 1);
        cpSync(file, join(directory, 'tarrow.txt'));
        const good = examples + 1;

        const enqueued = await runCli(['ingest', directory, '--queue', '--db', db, '--json']);
        assert.equal(enqueued.status, 0, enqueued.stderr);
        assert.deepEqual([JSON.parse(enqueued.stdout).queued, JSON.parse(enqueued.stdout).alreadyQueued], [good, 1]);
        assert.equal(await countOf(client, 'select count(*) as n from graphile_worker.jobs'), good + 1);
        assert.equal(await countOf(client, 'select count(*) as n from documents'), 0, 'enqueueing stores nothing itself');
        const waiting = await statusOf(db);
        assert.deepEqual([waiting.queued, waiting.running, waiting.done, waiting.failed], [good + 1, 0, 0, 0]);

        // Two workers committing at once, while a plain ingest of the same files goes into a SQLite store.
        const workers = [spawnWorker(db, ['--drain']), spawnWorker(db, ['--drain'])];
        const sqlite = join(mkdtempSync(join(tmpdir(), 'claimgraph-queue-')), 'plain.db');
        await runCli(['ingest', directory, '--db', sqlite, '--jobs', '1']);
        for (const worker of workers) assert.equal(await worker.exited, 0, worker.stderr());
        await assertStoredOnce(client, good);
        const ledger = async (store: string) => {
          const links = JSON.parse((await runCli(['links', '--db', store, '--json'])).stdout).links.map((link: { kind: string; claims: string[] }) => `${link.kind} ${link.claims.join(' ')}`);
          const claims = JSON.parse((await runCli(['claims', '--db', store, '--json', '--limit', '1000'])).stdout).claims.map((claim: { id: string }) => claim.id);
          return { links: links.sort(), claims: claims.sort() };
        };
        const queued = await ledger(db);
        assert.ok(queued.links.length > 0, 'the examples link across articles');
        assert.deepEqual(queued, await ledger(sqlite));
        // The same actors: entities grouped by the actor they were merged into (which entity of a group
        // was seen first, and so names the group, depends on the order the workers committed in).
        const actors = (rows: Array<{ id: string; canonical_id: string }>) => {
          const groups = new Map<string, string[]>();
          for (const row of rows) groups.set(row.canonical_id, [...(groups.get(row.canonical_id) ?? []), row.id]);
          return [...groups.values()].map((ids) => ids.sort().join(' ')).sort();
        };
        const plainStore = new Database(sqlite, { readonly: true });
        const plainActors = actors(plainStore.prepare('select id, canonical_id from entities').all() as Array<{ id: string; canonical_id: string }>);
        plainStore.close();
        assert.deepEqual(actors((await client.query('select id, canonical_id from entities')).rows), plainActors);

        const status = await statusOf(db);
        assert.deepEqual([status.queued, status.running, status.done, status.failed], [0, 0, good, 1]);
        assert.equal(status.throughput.lastMinute, good);
        const [poison] = status.failures;
        assert.match(poison.name, /blank\.txt$/);
        assert.equal(poison.code, 'E003');
        assert.equal(poison.attempts, 1, 'a claimgraph error is not retried');
        const human = await runCli(['status', '--db', db]);
        assert.match(human.stdout, new RegExp(`0 queued, 0 running, ${good} done, 1 failed`));
        assert.match(human.stdout, /blank\.txt \(failed after 1 attempt\): \[E003\]/);

        // Enqueued again: the stored ones add nothing; the failed one gets a new chance.
        const second = JSON.parse((await runCli(['ingest', directory, '--queue', '--db', db, '--json'])).stdout);
        assert.deepEqual([second.queued, second.requeued, second.stored], [0, 1, good]);
      } finally {
        await client.end();
      }
    },
  );

  test('queue: a worker killed with SIGKILL mid-job leaves nothing half-written; another worker releases its job and stores the article once', { skip }, async () => {
    const { db, client } = await freshQueue();
    try {
      const directory = articles(TOWNS.slice(0, 2));
      assert.equal((await runCli(['ingest', directory, '--queue', '--db', db])).status, 0);
      // Test-only hook: every job of this worker waits a minute between analysis and saving.
      const doomed = spawnWorker(db, [], { CLAIMGRAPH_TEST_JOB_DELAY_MS: '60000' });
      await until('the first worker holds a job', async () => (await statusOf(db)).running >= 1);
      doomed.child.kill('SIGKILL');
      assert.equal(await doomed.exited, 'SIGKILL');
      assert.equal(await countOf(client, 'select count(*) as n from documents'), 0);
      assert.ok((await statusOf(db)).running >= 1, 'the killed worker still holds its job');
      // The second worker sees the first fall silent and releases its job (after 3 s here, 30 s by default).
      const rescuer = spawnWorker(db, ['--drain', '--stale-after', '3']);
      assert.equal(await rescuer.exited, 0, rescuer.stderr());
      assert.match(rescuer.stderr(), /released the jobs of 1 silent worker/);
      await assertStoredOnce(client, 2);
      assert.equal((await statusOf(db)).running, 0);
    } finally {
      await client.end();
    }
  });

  test('queue: connections terminated mid-batch with pg_terminate_backend: the jobs cut off are retried and every article is stored once', { skip }, async () => {
    const { db, client } = await freshQueue();
    try {
      const directory = articles(TOWNS.slice(0, 4));
      assert.equal((await runCli(['ingest', directory, '--queue', '--db', db])).status, 0);
      const database = new URL(db).pathname.slice(1);
      // Slow jobs (test-only hook), so the connections are cut while jobs are running.
      const worker = spawnWorker(db, ['--drain', '--concurrency', '2'], { CLAIMGRAPH_TEST_JOB_DELAY_MS: '1500' });
      await until('a job is running', async () => (await statusOf(db)).running >= 1);
      let terminated = 0;
      for (let round = 0; round < 2; round++) {
        const result = await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
        terminated += result.rowCount ?? 0;
        await new Promise((resolve) => setTimeout(resolve, 700));
      }
      assert.ok(terminated > 0);
      assert.equal(await worker.exited, 0, worker.stderr());
      await assertStoredOnce(client, 4);
      const status = await statusOf(db);
      assert.deepEqual([status.queued, status.running, status.done, status.failed], [0, 0, 4, 0]);
    } finally {
      await client.end();
    }
  });

  test(
    'queue job: delivered again after its commit (a worker killed before the queue marked it complete), it finds its input done and writes nothing; unexpected errors are retried until the last attempt, which fails the input with E012',
    { skip },
    async () => {
      const { db, client } = await freshQueue();
      const store = await openPostgresStore(db);
      const ledger = await QueueLedger.open(db);
      try {
        const bytes = Buffer.from('Ferry fares rise\n\nThe Morrow ferry company will raise fares by 8% in April, its chief executive, Dana Holt, said.\n');
        const hash = sourceHash(bytes);
        assert.equal(await ledger.enqueue({ sourceHash: hash, name: 'ferry.txt', bytes, options: {}, maxAttempts: 3 }), 'queued');
        let analysed = 0;
        const context = {
          store,
          ledger,
          analyze: async (source: string, input: Uint8Array, options: IngestOptions) => {
            analysed++;
            return { source, analysis: analyze(input, options) };
          },
          attempt: 1,
          maxAttempts: 3,
        };
        const first = await runIngestJob(hash, context);
        assert.equal(first.outcome, 'added');
        const again = await runIngestJob(hash, { ...context, attempt: 2 });
        assert.equal(again.outcome, 'finished before');
        assert.equal(analysed, 1, 'a done input is not analysed again');
        await assertStoredOnce(client, 1);

        const flaky = Buffer.from('Bridge shut\n\nThe Pellam bridge will shut for repairs in May, the council said.\n');
        const flakyHash = sourceHash(flaky);
        await ledger.enqueue({ sourceHash: flakyHash, name: 'bridge.txt', bytes: flaky, options: {}, maxAttempts: 2 });
        const failing = { ...context, maxAttempts: 2, analyze: async () => Promise.reject(new Error('thread lost')) };
        await assert.rejects(runIngestJob(flakyHash, failing), /\[E012\] bridge\.txt: thread lost/);
        assert.equal((await ledger.input(flakyHash))?.state, 'queued', 'still queued for the retry');
        const last = await runIngestJob(flakyHash, { ...failing, attempt: 2 });
        assert.equal(last.outcome, 'failed');
        const [failure] = (await ledger.status()).failures;
        assert.deepEqual([failure.name, failure.code, failure.attempts, failure.retrying], ['bridge.txt', 'E012', 2, false]);

        // A job that ended without marking its input (its worker lost the database on the last attempt):
        // the input is reported stalled, drains do not wait for it, and enqueueing it again revives its job.
        const stray = Buffer.from('Library hours\n\nThe Lindqvist library will open on Sundays from June, the mayor said.\n');
        const strayHash = sourceHash(stray);
        await ledger.enqueue({ sourceHash: strayHash, name: 'library.txt', bytes: stray, options: {}, maxAttempts: 3 });
        await client.query('select graphile_worker.permanently_fail_jobs(array(select id from graphile_worker.jobs where key = $1), $2)', [strayHash, 'lost']);
        assert.equal(await ledger.pending(), 0);
        assert.equal((await ledger.status()).stalled, 1);
        assert.equal(await ledger.enqueue({ sourceHash: strayHash, name: 'library.txt', bytes: stray, options: {}, maxAttempts: 3 }), 'requeued');
        assert.equal(await ledger.pending(), 1);
        assert.equal(await ledger.enqueue({ sourceHash: strayHash, name: 'library.txt', bytes: stray, options: {}, maxAttempts: 3 }), 'already queued');
      } finally {
        await ledger.close();
        await store.close();
        await client.end();
      }
    },
  );

  test('queue: migrate on a store a plain ingest made keeps its articles and adds the queue; enqueueing them again stores nothing', { skip }, async () => {
    const { db, client } = await freshQueue({ migrate: false });
    try {
      const directory = articles(['Quillan']);
      assert.equal((await runCli(['ingest', directory, '--db', db, '--jobs', '1'])).status, 0);
      const before = await countOf(client, 'select count(*) as n from claims');
      const migrated = await runCli(['migrate', '--db', db]);
      assert.equal(migrated.status, 0, migrated.stderr);
      assert.equal(await countOf(client, 'select count(*) as n from claims'), before);
      const enqueued = JSON.parse((await runCli(['ingest', directory, '--queue', '--db', db, '--json'])).stdout);
      assert.deepEqual([enqueued.queued, enqueued.stored], [0, 1]);
      assert.equal(await countOf(client, 'select count(*) as n from queue_inputs'), 0);
    } finally {
      await client.end();
    }
  });
});
