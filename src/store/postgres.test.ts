import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { analyzeText } from '../analyze.js';
import { sourceHash } from '../queries/ingest.js';
import { runStoreConformance } from './store.contract.js';
import { openPostgresStore } from './postgres.js';

// The same conformance suite as SQLite, against the server CI provides (CLAIMGRAPH_PG_URL). Each test
// gets a schema of its own, dropped when the run ends.
const url = process.env.CLAIMGRAPH_PG_URL;
const run = `cg_test_${process.pid}`;
let count = 0;
const schemas: string[] = [];

runStoreConformance(
  'postgres',
  async () => {
    const schema = `${run}_${++count}`;
    schemas.push(schema);
    return openPostgresStore(url!, { schema });
  },
  {
    skip: url ? false : 'CLAIMGRAPH_PG_URL is not set',
    raw: {
      open: (name) => {
        if (!schemas.includes(`${run}_${name}`)) schemas.push(`${run}_${name}`);
        return openPostgresStore(url!, { schema: `${run}_${name}` });
      },
      query: async (name, statement) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`set search_path = ${run}_${name}`);
          return (await client.query(statement)).rows;
        } finally {
          await client.end();
        }
      },
    },
  },
);

test('a store whose search index is of the first form is brought up to date when opened', { skip: url ? false : 'CLAIMGRAPH_PG_URL is not set' }, async () => {
  const schema = `${run}_upgrade`;
  schemas.push(schema);
  const analysis = analyzeText('Officials in Port Vell said the new harbour bridge would open in March.', { source: 'port-vell.txt' });
  const first = await openPostgresStore(url!, { schema });
  await first.save(analysis, { sourceHash: sourceHash(Buffer.from(analysis.document.text)) });
  await first.close();
  // What a store written before the search vectors were stored looks like: expression indexes only.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`set search_path = ${schema}`);
    for (const table of ['claims', 'documents']) await client.query(`alter table ${table} drop column search_vector`);
    await client.query(`create index claims_fts on claims using gin (to_tsvector('simple', text))`);
    await client.query(`create index documents_fts on documents using gin (to_tsvector('simple', coalesce(title, '') || ' ' || text))`);
    const reopened = await openPostgresStore(url!, { schema });
    try {
      const found = await reopened.search('harbour bridge');
      assert.equal(found.claims.length, 1);
      assert.equal(found.documents.length, 1);
    } finally {
      await reopened.close();
    }
    const { rows } = await client.query(`select indexname from pg_indexes where schemaname = $1 and indexname like '%_fts' or (schemaname = $1 and indexname like '%_search') order by indexname`, [
      schema,
    ]);
    assert.deepEqual(
      rows.map((row) => row.indexname),
      ['claims_search', 'documents_search'],
    );
  } finally {
    await client.end();
  }
});

test('a growing store gathers the planner statistics at 64 documents', { skip: url ? false : 'CLAIMGRAPH_PG_URL is not set' }, async () => {
  const schema = `${run}_statistics`;
  schemas.push(schema);
  const store = await openPostgresStore(url!, { schema });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const lastAnalyze = async () => (await client.query(`select last_analyze from pg_stat_user_tables where schemaname = $1 and relname = 'claim_keys'`, [schema])).rows[0]?.last_analyze ?? null;
  try {
    for (let index = 1; index <= 64; index++) {
      const analysis = analyzeText(`The council of Port Vell said ${index} ferries would run in March.`, { source: `ferries-${index}.txt` });
      await store.save(analysis, { sourceHash: sourceHash(Buffer.from(analysis.document.text)) });
      if (index === 63) assert.equal(await lastAnalyze(), null, 'not before the 64th document');
    }
    assert.notEqual(await lastAnalyze(), null);
  } finally {
    await store.close();
    await client.end();
  }
});

test.after(async () => {
  if (!url || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
});
