import { test } from 'node:test';
import pg from 'pg';
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
  { skip: url ? false : 'CLAIMGRAPH_PG_URL is not set' },
);

test.after(async () => {
  if (!url || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
});
