// Saving cost of two built trees side by side: the same replicated BBC analyses are saved into two
// fresh stores in one process, in turn (which goes first alternates), one store opened by each tree's
// code; prints the CPU and wall time of each tree's saves per 500 articles and the links each found.
//
//   node dist/bench/save-ab.js OTHER_TREE [N]        SQLite (temporary files), N saves (4,450)
//   PG=1 node dist/bench/save-ab.js OTHER_TREE [N]   PostgreSQL (CLAIMGRAPH_PG_URL), a schema per tree, dropped after
//
// BATCH=K saves K articles per transaction (Store.saveBatch) where a tree's store has it, one at a time
// where it has not. ORIGINALS limits the BBC articles analysed (all 2,225): past them the saves are copies under other
// outlet names (bench/replicate.ts), which is where link-finding's cost lies. OTHER_TREE is a built
// checkout (dist/, models/, schema/), such as `git archive REV | tar -x -C DIR` then `npx tsc` there.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import type { Analysis } from '../src/core/analysis.js';
import type { SaveResult, Store } from '../src/store/store.js';
import { loadBbc } from './corpora.js';
import { replicate } from './replicate.js';

const THIS_TREE = resolve(fileURLToPath(new URL('../..', import.meta.url)));

interface TreeModules {
  analyze(bytes: Uint8Array, options: { source: string; format: 'text' }): Analysis;
  sourceHash(bytes: Uint8Array): string;
  openSqliteStore(path: string): Promise<Store>;
  openPostgresStore(url: string, options: { schema: string }): Promise<Store>;
}

async function modules(tree: string): Promise<TreeModules> {
  const load = (path: string) => import(pathToFileURL(resolve(tree, 'dist/src', path)).href);
  return {
    analyze: (await load('analyze.js')).analyze,
    sourceHash: (await load('queries/ingest.js')).sourceHash,
    openSqliteStore: (await load('store/sqlite.js')).openSqliteStore,
    openPostgresStore: (await load('store/postgres.js')).openPostgresStore,
  };
}

async function main(): Promise<void> {
  const other = process.argv[2];
  if (!other) throw new Error('usage: node dist/bench/save-ab.js OTHER_TREE [N]');
  const trees = [THIS_TREE, resolve(other)];
  const saves = Number(process.argv[3] ?? 4450);
  const batch = Math.max(1, Number(process.env.BATCH ?? 1));
  const url = process.env.PG ? (process.env.CLAIMGRAPH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test') : null;
  const inputs = loadBbc()?.slice(0, Number(process.env.ORIGINALS ?? Infinity));
  if (!inputs) throw new Error('the BBC corpus (../shared/data/corpus/bbc-news) is not here');
  const code = await Promise.all(trees.map(modules));
  const analyses = inputs.map((input) => code[0].analyze(input.bytes, { source: input.name, format: 'text' }));
  const schemas = trees.map((_, index) => `cg_bench_save_ab_${process.pid}_${index}`);
  const paths = url ? [] : trees.map(() => join(mkdtempSync(join(tmpdir(), 'claimgraph-save-ab-')), 'store.db'));
  const stores = await Promise.all(code.map((tree, index) => (url ? tree.openPostgresStore(url, { schema: schemas[index] }) : tree.openSqliteStore(paths[index]))));
  const cpu = [0, 0];
  const wall = [0, 0];
  const links = [0, 0];
  try {
    for (let first = 0; first < saves; first += batch) {
      const group = [];
      for (let index = first; index < Math.min(first + batch, saves); index++) {
        const analysis = replicate(analyses[index % analyses.length], Math.floor(index / analyses.length));
        group.push({ analysis, options: { sourceHash: code[0].sourceHash(Buffer.from(analysis.document.id)) } });
      }
      for (const which of (first / batch) % 2 ? [1, 0] : [0, 1]) {
        const store = stores[which];
        const startedCpu = process.cpuUsage();
        const started = performance.now();
        // A tree whose store has no batch save saves the group one article at a time.
        const results: SaveResult[] = [];
        if (batch > 1 && store.saveBatch) {
          for (const outcome of await store.saveBatch(group)) {
            if (!outcome.result) throw outcome.error;
            results.push(outcome.result);
          }
        } else for (const entry of group) results.push(await store.save(entry.analysis, entry.options));
        const used = process.cpuUsage(startedCpu);
        cpu[which] += (used.user + used.system) / 1000;
        wall[which] += performance.now() - started;
        for (const result of results) links[which] += result.links;
      }
      const done = Math.min(first + batch, saves);
      if (Math.floor(done / 500) > Math.floor(first / 500) || done === saves) {
        console.log(
          `saves to ${done}: ${trees.map((tree, which) => `${tree}: ${(cpu[which] / 1000).toFixed(1)} CPU s, ${(wall[which] / 1000).toFixed(1)} s wall, ${links[which]} links`).join(' | ')}`,
        );
        cpu.fill(0);
        wall.fill(0);
      }
    }
  } finally {
    for (const store of stores) await store.close();
  }
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  } else {
    for (const [which, path] of paths.entries()) {
      const bytes = [path, `${path}-wal`].filter(existsSync).reduce((sum, file) => sum + statSync(file).size, 0);
      console.log(`${trees[which]}: store ${(bytes / 1e6).toFixed(0)} MB`);
      rmSync(dirname(path), { recursive: true, force: true });
    }
  }
}

await main();
