import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { fromRoot } from '../../test/helpers.js';
import { toContract } from '../contract/json.js';
import { analyze } from '../analyze.js';
import { openPostgresStore } from '../store/postgres.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { ingestBytes } from './index.js';

// Fictional articles written for this test, as page dumps whose disclaimer names the outlet: the
// same claims in several outlets, counts that disagree, a relation asserted and denied.
const extra = (outlet: string, title: string, body: string) => Buffer.from(`${title}\n\n${body}\n\nThe views expressed here do not necessarily reflect the views of ${outlet}.\n`);
const ARTICLES: Array<[string, Buffer]> = [
  ...readdirSync(fromRoot('examples'))
    .sort()
    .map((name) => [name, readFileSync(fromRoot('examples', name))] as [string, Buffer]),
  [
    'tarn-1.txt',
    extra(
      'Tarn Courier',
      'Flood barrier fails at Osmund',
      'At least 40 families were moved from Osmund after the flood barrier failed on Tuesday, the Osmund council said. The Vessen Guard armed the river militia last spring, a council report found. Nearly 600 sandbags were lost in the surge.',
    ),
  ],
  [
    'tarn-2.txt',
    extra(
      'Halvard Times',
      'Osmund barrier gave way',
      'At least 40 families were moved from Osmund after the flood barrier failed on Tuesday, a regional official said. The Vessen Guard never armed the river militia, its commander said. More than 900 sandbags were lost in the surge, engineers said.',
    ),
  ],
  [
    'tarn-3.txt',
    extra(
      'Brask Evening Post',
      'Families leave Osmund',
      'Forty families were moved from Osmund after the flood barrier failed on Tuesday, the Osmund council said. Engineers said nearly 600 sandbags were lost in the surge.',
    ),
  ],
];

type LinkRow = string;
async function ingestInOrder(store: Store, order: Array<[string, Buffer]>): Promise<LinkRow[]> {
  for (const [name, bytes] of order) await ingestBytes(store, bytes, { source: name });
  const links = await store.links({ limit: 100_000 });
  await store.close();
  return links.map((link) => `${link.kind} ${link.claims.join(' ')} ${link.strength} ${link.reason}`).sort();
}

const sqliteStore = () => openSqliteStore(join(mkdtempSync(join(tmpdir(), 'claimgraph-order-')), 'order.db'));
const reversed = [...ARTICLES].reverse();
// Every article in another order (a stride coprime with the count visits each once), however many examples there are.
const stride = [7, 3, 11, 13].find((step) => gcd(step, ARTICLES.length) === 1)!;
const shuffled = ARTICLES.map((_, index) => ARTICLES[(index * stride + 5) % ARTICLES.length]);
function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

test('the same articles give the same links in any order, in analyze and on SQLite', async () => {
  const forward = await ingestInOrder(await sqliteStore(), ARTICLES);
  assert.ok(
    forward.some((link) => link.startsWith('contradicts')),
    'the fixture has contradictions',
  );
  assert.ok(
    forward.some((link) => link.startsWith('corroborates')),
    'the fixture has corroborations',
  );
  assert.deepEqual(await ingestInOrder(await sqliteStore(), reversed), forward);
  assert.deepEqual(await ingestInOrder(await sqliteStore(), shuffled), forward);
  const analysed = (order: Array<[string, Buffer]>) => order.map(([name, bytes]) => analyze(bytes, { source: name }));
  const inMemory = async (order: Array<[string, Buffer]>) => (await toContract(analysed(order))).links.map((link) => `${link.kind} ${link.claims.join(' ')} ${link.strength} ${link.reason}`).sort();
  assert.deepEqual(await inMemory(ARTICLES), forward, 'analyze --json finds the links the store keeps');
  assert.deepEqual(await inMemory(reversed), forward);
});

const url = process.env.CLAIMGRAPH_PG_URL;
const schemas: string[] = [];
const pgStore = () => {
  const schema = `cg_order_${process.pid}_${schemas.length + 1}`;
  schemas.push(schema);
  return openPostgresStore(url!, { schema });
};

test('PostgreSQL keeps the links SQLite keeps, in any order and with concurrent ingests', { skip: url ? false : 'CLAIMGRAPH_PG_URL is not set' }, async () => {
  const expected = await ingestInOrder(await sqliteStore(), ARTICLES);
  assert.deepEqual(await ingestInOrder(await pgStore(), reversed), expected);
  // Three writers at once on one database: each save decides its links under the write lock.
  const schema = `cg_order_${process.pid}_${schemas.length + 1}`;
  schemas.push(schema);
  const writers: Store[] = [];
  for (let writer = 0; writer < 3; writer++) writers.push(await openPostgresStore(url!, { schema }));
  await Promise.all(
    writers.map(async (store, writer) => {
      for (const [name, bytes] of shuffled.filter((_, index) => index % 3 === writer)) await ingestBytes(store, bytes, { source: name });
    }),
  );
  await Promise.all(writers.slice(1).map((store) => store.close()));
  assert.deepEqual(await ingestInOrder(writers[0], []), expected);
});

test.after(async () => {
  if (!url || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
});
