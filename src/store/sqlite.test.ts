import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runStoreConformance } from './store.contract.js';
import { openSqliteStore } from './sqlite.js';

const directory = mkdtempSync(join(tmpdir(), 'claimgraph-store-'));
let count = 0;
runStoreConformance('sqlite', () => openSqliteStore(join(directory, `store-${++count}.db`)), {
  raw: {
    open: (name) => openSqliteStore(join(directory, `${name}.db`)),
    query: async (name, statement) => {
      const database = new Database(join(directory, `${name}.db`));
      try {
        const prepared = database.prepare(statement);
        return prepared.reader ? (prepared.all() as Array<Record<string, unknown>>) : (prepared.run(), []);
      } finally {
        database.close();
      }
    },
  },
});
