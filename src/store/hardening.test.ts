import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { isClaimgraphError, type ClaimgraphError } from '../core/errors.js';
import { ingestBytes, sourceHash } from '../queries/ingest.js';
import { checkSqliteStore, readableDocuments } from './check.js';
import { storeErrorOf } from './errors.js';
import { openPostgresStore } from './postgres.js';
import { APPLICATION_ID, openSqliteStore } from './sqlite.js';
import { FIXTURES } from './store.contract.js';
import { SCHEMA_VERSION } from './schema.js';
import type { Store } from './store.js';

const directory = mkdtempSync(join(tmpdir(), 'claimgraph-hardening-'));
let files = 0;
const freshFile = () => join(directory, `store-${++files}.db`);

async function refusal(promise: Promise<unknown>): Promise<ClaimgraphError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isClaimgraphError(error), `not a coded error: ${(error as Error)?.stack}`);
    return error;
  }
  assert.fail('expected the store to refuse');
}

async function storeWithArticles(path: string): Promise<void> {
  const store = await openSqliteStore(path);
  for (const analysis of [FIXTURES.arden(), FIXTURES.karsk()]) await store.save(analysis, { sourceHash: sourceHash(Buffer.from(analysis.document.text)) });
  await store.close();
}

test("a new SQLite store carries claimgraph's application_id and its schema version", async () => {
  const path = freshFile();
  await storeWithArticles(path);
  const database = new BetterSqlite3(path, { readonly: true });
  assert.equal(database.pragma('application_id', { simple: true }), APPLICATION_ID);
  assert.equal(database.pragma('user_version', { simple: true }), Number(SCHEMA_VERSION));
  database.close();
});

test("another application's SQLite database is refused and never written", async () => {
  const path = freshFile();
  const other = new BetterSqlite3(path);
  other.exec("create table notes (id integer primary key, body text); insert into notes (body) values ('shopping list')");
  other.close();
  const before = readFileSync(path);
  const error = await refusal(openSqliteStore(path));
  assert.equal(error.code, 'E033');
  assert.match(error.message, /notes/);
  assert.deepEqual(readFileSync(path), before, 'the foreign database was changed');

  const marked = freshFile();
  const app = new BetterSqlite3(marked);
  app.pragma('application_id = 1234');
  app.close();
  assert.equal((await refusal(openSqliteStore(marked))).code, 'E033');

  const text = freshFile();
  writeFileSync(text, 'plain text, not a database at all\n'.repeat(20));
  assert.equal((await refusal(openSqliteStore(text))).code, 'E033');
});

test('a damaged SQLite store is refused for reading and writing, and check dumps what can be read', async () => {
  const path = freshFile();
  await storeWithArticles(path);
  const size = statSync(path).size;
  // 8 KB of noise over pages in the middle of the file.
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(8192, 0xab), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
  closeSync(fd);
  for (const readonly of [false, true]) {
    const error = await refusal(openSqliteStore(path, { readonly }));
    assert.equal(error.code, 'E032', error.message);
    assert.match(error.message, /claimgraph check --db .* --dump DIR/);
  }
  const report = checkSqliteStore(path);
  assert.equal(report.ok, false);
  assert.notDeepEqual(report.integrity, ['ok']);
  const read = [...readableDocuments(path)];
  assert.ok(read.every((item) => 'unreadable' in item || item.text.length > 0));
});

test('a store with a table dropped is refused with a code naming the table', async () => {
  const path = freshFile();
  await storeWithArticles(path);
  const database = new BetterSqlite3(path);
  database.exec('drop table links');
  database.close();
  const error = await refusal(openSqliteStore(path));
  assert.equal(error.code, 'E032');
  assert.match(error.message, /no links table/);
  assert.deepEqual(checkSqliteStore(path).missingTables, ['links']);
});

test('a full disk fails the article being written with a code; the store stays sound and usable', async () => {
  const path = freshFile();
  await storeWithArticles(path);
  const pages = Number(new BetterSqlite3(path, { readonly: true }).pragma('page_count', { simple: true }));
  const store = await openSqliteStore(path, { maxPageCount: pages + 1 });
  const analysis = FIXTURES.arden();
  analysis.document.id = 'doc_disk_full';
  analysis.document.text += `\n${'The council published its budget for the harbour on Monday. '.repeat(300)}`;
  const error = await refusal(store.save(analysis, { sourceHash: 'disk-full' }));
  assert.equal(error.code, 'E034');
  assert.match(error.message, /disk is full/);
  assert.equal((await store.counts()).documents, 2, 'the failed article left rows behind');
  await store.close();
  assert.equal(checkSqliteStore(path).ok, true);
});

test('an entity name too long for an index key is refused before the transaction', async () => {
  const store = await openSqliteStore(freshFile());
  const analysis = FIXTURES.arden();
  analysis.entities[0].name = 'Velorian '.repeat(120);
  const error = await refusal(store.save(analysis, { sourceHash: 'long-name' }));
  assert.equal(error.code, 'E013');
  assert.equal(error.budget, 'nameLength');
  assert.equal((await store.counts()).documents, 0);
  await store.close();
});

// The same cases on PostgreSQL (CLAIMGRAPH_PG_URL), each in a schema of its own.
const url = process.env.CLAIMGRAPH_PG_URL;
const skip = url ? false : 'CLAIMGRAPH_PG_URL is not set';
const run = `cg_hard_${process.pid}`;
let schemas = 0;
const created: string[] = [];

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function freshSchema(): string {
  const schema = `${run}_${++schemas}`;
  created.push(schema);
  return schema;
}

test('postgres: a store with a table dropped is refused with a code naming the table', { skip }, async () => {
  const schema = freshSchema();
  const store = await openPostgresStore(url!, { schema });
  await store.save(FIXTURES.arden(), { sourceHash: 'a' });
  await store.close();
  await admin((client) => client.query(`drop table ${schema}.mentions`));
  const error = await refusal(openPostgresStore(url!, { schema }));
  assert.equal(error.code, 'E032');
  assert.match(error.message, /no mentions table/);
});

test('postgres: a database with a documents table of another application is refused and left alone', { skip }, async () => {
  const schema = freshSchema();
  await admin(async (client) => {
    await client.query(`create schema ${schema}`);
    await client.query(`create table ${schema}.documents (path text primary key)`);
  });
  assert.equal((await refusal(openPostgresStore(url!, { schema }))).code, 'E033');
  const tables = await admin((client) => client.query('select table_name from information_schema.tables where table_schema = $1', [schema]));
  assert.deepEqual(
    tables.rows.map((row) => row.table_name),
    ['documents'],
  );
});

test('postgres: a terminated connection is a coded store error, and the store reconnects for the next call', { skip }, async () => {
  const schema = freshSchema();
  const named = `${url}${url!.includes('?') ? '&' : '?'}application_name=${schema}`;
  const store: Store = await openPostgresStore(named, { schema });
  try {
    await store.save(FIXTURES.arden(), { sourceHash: 'a' });
    // A connection of our own, terminated by the server mid-session, gives the driver's real error.
    const victim = new pg.Client({ connectionString: url, application_name: `${schema}_victim` });
    await victim.connect();
    victim.on('error', () => undefined);
    await admin((client) => client.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [`${schema}_victim`]));
    const driverError = await victim.query('select 1').then(
      () => null,
      (error: unknown) => error,
    );
    assert.ok(driverError, 'the terminated connection still answered');
    const coded = storeErrorOf(driverError, 'postgres://…@host/test');
    assert.equal(coded?.code, 'E034');
    assert.match(coded?.message ?? '', /connection to the database was lost/);
    await victim.end().catch(() => undefined);
    // The store's own pool: its idle connections terminated, the next call gets a new one.
    const terminated = await admin((client) => client.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [schema]));
    assert.ok(terminated.rowCount && terminated.rowCount > 0, 'no connection of the store was terminated');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal((await store.counts()).documents, 1);
  } finally {
    await store.close().catch(() => undefined);
  }
});

for (const engine of ['sqlite', 'postgres'] as const) {
  test(`${engine}: a batch with a 2,000-capitalised-word file stores every good file`, { skip: engine === 'postgres' ? skip : false }, async () => {
    const store = engine === 'sqlite' ? await openSqliteStore(freshFile()) : await openPostgresStore(url!, { schema: freshSchema() });
    const words = Array.from({ length: 2000 }, (_, index) => `Tor${'aeiou'[index % 5]}${'lmnrv'[(index * 7) % 5]}ak`).join(' ');
    const inputs: Array<[string, string]> = [
      ['one.txt', FIXTURES.arden().document.text],
      ['caps.txt', `Council notes\n\n${words}\n`],
      ['two.txt', FIXTURES.karsk().document.text],
    ];
    const outcome: string[] = [];
    try {
      for (const [source, text] of inputs) {
        try {
          outcome.push((await ingestBytes(store, Buffer.from(text), { source })).status);
        } catch (error) {
          assert.ok(isClaimgraphError(error), String(error));
          outcome.push(error.code);
        }
      }
      assert.deepEqual(outcome, ['added', 'E013', 'added']);
      assert.equal((await store.counts()).documents, 2);
    } finally {
      await store.close();
    }
  });
}

test.after(async () => {
  if (!url || created.length === 0) return;
  await admin(async (client) => {
    for (const schema of created) await client.query(`drop schema if exists ${schema} cascade`);
  });
});
