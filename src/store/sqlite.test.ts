import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreConformance } from './store.contract.js';
import { openSqliteStore } from './sqlite.js';

const directory = mkdtempSync(join(tmpdir(), 'claimgraph-store-'));
let count = 0;
runStoreConformance('sqlite', () => openSqliteStore(join(directory, `store-${++count}.db`)));
