// npm run bench (store part): ingest throughput into SQLite on the BBC corpus, store size per 1,000
// articles, and query latency (p50/p99) on stores of 2,000 and 20,000 articles built by replicating
// the BBC and PolNeAR analyses. Run alone with: node dist/bench/store.js [max-articles] [--postgres-only]
// (--postgres-only: only the replicated PostgreSQL store, CLAIMGRAPH_PG_URL required)
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import type { Analysis } from '../src/core/analysis.js';
import { loadPolnear } from '../eval/polnear.js';
import { ingestBytes, sourceHash } from '../src/queries/ingest.js';
import { entityProfile } from '../src/queries/entity.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { openPostgresStore } from '../src/store/postgres.js';
import pg from 'pg';
import type { Store } from '../src/store/store.js';
import { loadBbc } from './corpora.js';
import { replicate } from './replicate.js';

const POSTGRES_ONLY = process.argv.includes('--postgres-only');
const SIZES = [2_000, Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 20_000)];
const QUERIES_PER_KIND = Number(process.env.BENCH_QUERIES ?? 200);

const seconds = (started: number) => (performance.now() - started) / 1000;

function storeBytes(path: string): number {
  return [path, `${path}-wal`, `${path}-shm`].filter(existsSync).reduce((sum, file) => sum + statSync(file).size, 0);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function latency(name: string, inputs: string[], run: (input: string) => Promise<unknown>): Promise<string> {
  const times: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await run(input);
    times.push(performance.now() - started);
  }
  return `${name.padEnd(46)} ${percentile(times, 50).toFixed(2).padStart(8)} ms ${percentile(times, 99).toFixed(2).padStart(8)} ms`;
}

async function queryLatencies(store: Store, analyses: Analysis[]): Promise<string[]> {
  // Names and words drawn evenly from the corpus, the same for every store size.
  const names = [...new Set(analyses.flatMap((analysis) => analysis.entities.filter((entity) => entity.type !== 'other').map((entity) => entity.name)))];
  const pick = <T>(items: T[]) => Array.from({ length: QUERIES_PER_KIND }, (_, index) => items[Math.floor((index * items.length) / QUERIES_PER_KIND)]);
  const entityNames = pick(names);
  const words = pick(analyses.flatMap((analysis) => analysis.claims.slice(0, 3).map((claim) => claim.text.split(/\s+/).slice(2, 4).join(' ')))).filter((phrase) => /\p{L}/u.test(phrase));
  return [
    await latency('entity profile (claims, relations, articles)', entityNames, (name) => entityProfile(store, name, { claimLimit: 100 }).catch(() => null)),
    await latency('claims --about X --attribution anonymous', entityNames, async (name) => {
      const ids = (await store.findEntities(name)).map((entity) => entity.id);
      return store.claims({ entityIds: ids, attribution: 'anonymous', limit: 100 });
    }),
    await latency('claims --about X --hedged --from --to', entityNames, async (name) => {
      const ids = (await store.findEntities(name)).map((entity) => entity.id);
      return store.claims({ entityIds: ids, hedged: true, from: '2000-01-01', to: '2030-12-31', limit: 100 });
    }),
    await latency('full-text search (two-word phrase)', words, (phrase) => store.search(phrase, { limit: 20 })),
  ];
}

/** The same replicated store on PostgreSQL, in a schema of its own (dropped afterwards): size and query latency. */
async function postgresStore(url: string, analyses: Analysis[], size: number): Promise<void> {
  const schema = `cg_bench_store_${process.pid}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const store = await openPostgresStore(url, { schema });
    const started = performance.now();
    for (let index = 0; index < size; index++) {
      const analysis = replicate(analyses[index % analyses.length], Math.floor(index / analyses.length));
      await store.save(analysis, { sourceHash: sourceHash(Buffer.from(analysis.document.id)) });
    }
    const buildSeconds = seconds(started);
    const counts = await store.counts();
    const { rows } = await client.query<{ bytes: string }>(`select sum(pg_total_relation_size(format('%I.%I', schemaname, tablename)))::bigint as bytes from pg_tables where schemaname = $1`, [
      schema,
    ]);
    console.log('');
    console.log(
      `PostgreSQL store of ${size} articles: saved at ${(size / buildSeconds).toFixed(0)} articles/s (save + links only), ${(Number(rows[0].bytes) / 1e6).toFixed(0)} MB, ${counts.claims} claims, ${counts.links} links`,
    );
    console.log(`${'query'.padEnd(46)} ${'p50'.padStart(11)} ${'p99'.padStart(11)}`);
    for (const line of await queryLatencies(store, analyses)) console.log(line);
    await store.close();
  } finally {
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  }
}

async function main(): Promise<void> {
  const bbc = loadBbc();
  if (!bbc) {
    console.log('store bench skipped: the BBC corpus (../shared/data/corpus/bbc-news) is not here');
    return;
  }
  const directory = mkdtempSync(join(tmpdir(), 'claimgraph-bench-store-'));
  try {
    if (!POSTGRES_ONLY) {
      // 1. Real ingest: bytes -> analysis -> one transaction per article, links included.
      const path = join(directory, 'bbc.db');
      const store = await openSqliteStore(path);
      let started = performance.now();
      for (const input of bbc) {
        await ingestBytes(store, input.bytes, { source: input.name, format: 'text' });
      }
      const ingestSeconds = seconds(started);
      started = performance.now();
      for (const input of bbc) await ingestBytes(store, input.bytes, { source: input.name, format: 'text' });
      const reingestSeconds = seconds(started);
      const counts = await store.counts();
      await store.close();
      const bytes = storeBytes(path);
      console.log(`claimgraph store bench: SQLite (better-sqlite3, WAL), one core`);
      console.log(`ingest BBC ${bbc.length} articles into SQLite   ${(bbc.length / ingestSeconds).toFixed(0).padStart(6)} articles/s  (analysis + save + links, ${ingestSeconds.toFixed(1)} s)`);
      console.log(`re-ingest the same ${bbc.length} unchanged files     ${(bbc.length / reingestSeconds).toFixed(0).padStart(6)} articles/s  (hash lookup only)`);
      console.log(
        `store size                                  ${(((bytes / counts.documents) * 1000) / 1e6).toFixed(1).padStart(6)} MB per 1,000 articles (${counts.claims} claims, ${counts.mentions} mentions, ${counts.links} links for ${counts.documents})`,
      );
    }

    // 2. Stores of 2,000 and 20,000 articles: BBC and PolNeAR analyses, replicated as other outlets.
    const polnear = loadPolnear('train') ?? [];
    let started = performance.now();
    const analyses: Analysis[] = [
      ...bbc.map((input) => analyze(input.bytes, { source: input.name, format: 'text' })),
      ...polnear.map((document) => analyze(Buffer.from(document.text), { source: document.name, format: 'text' })),
    ];
    const analysisSeconds = seconds(started);
    console.log(
      `analysed ${analyses.length} unique articles (BBC ${bbc.length} + PolNeAR ${polnear.length}) in ${analysisSeconds.toFixed(1)} s: ${(analyses.length / analysisSeconds).toFixed(0)} articles/s`,
    );
    for (const size of POSTGRES_ONLY ? [] : SIZES) {
      const sizedPath = join(directory, `store-${size}.db`);
      const sized = await openSqliteStore(sizedPath);
      started = performance.now();
      for (let index = 0; index < size; index++) {
        const analysis = replicate(analyses[index % analyses.length], Math.floor(index / analyses.length));
        await sized.save(analysis, { sourceHash: sourceHash(Buffer.from(analysis.document.id)) });
      }
      const buildSeconds = seconds(started);
      const sizedCounts = await sized.counts();
      console.log('');
      console.log(
        `store of ${size} articles: saved at ${(size / buildSeconds).toFixed(0)} articles/s (save + links only), ${(storeBytes(sizedPath) / 1e6).toFixed(0)} MB, ${sizedCounts.claims} claims, ${sizedCounts.links} links`,
      );
      console.log(`${'query'.padEnd(46)} ${'p50'.padStart(11)} ${'p99'.padStart(11)}`);
      for (const line of await queryLatencies(sized, analyses)) console.log(line);
      await sized.close();
      rmSync(sizedPath, { force: true });
    }
    const url = process.env.CLAIMGRAPH_PG_URL;
    if (POSTGRES_ONLY && !url) console.log('PostgreSQL store skipped: set CLAIMGRAPH_PG_URL');
    if (url) await postgresStore(url, analyses, SIZES[SIZES.length - 1]);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

await main();
