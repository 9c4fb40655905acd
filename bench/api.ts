// npm run bench, API part (BENCH_API=1): `claimgraph serve` under concurrent loopback load
// (autocannon) on a store of BENCH_API_ARTICLES articles (20,000 by default, the BBC and PolNeAR
// analyses replicated as other outlets), and first render of the reader and the network in Chromium.
// Run alone with: node dist/bench/api.js; BENCH_API_DB=path keeps (or reuses) the store there.
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { loadPolnear } from '../eval/polnear.js';
import { sourceHash } from '../src/queries/ingest.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { launchChromium, startServe } from '../test/browser-harness.js';
import { loadBbc } from './corpora.js';
import { replicate } from './replicate.js';

const require = createRequire(import.meta.url);
interface CannonResult {
  latency: { p50: number; p99: number; average: number };
  requests: { average: number };
  non2xx: number;
  errors: number;
}
const autocannon = require('autocannon') as (options: object) => Promise<CannonResult>;

const ARTICLES = Number(process.env.BENCH_API_ARTICLES ?? 20_000);
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);

async function buildStore(path: string): Promise<void> {
  const bbc = loadBbc();
  if (!bbc) throw new Error('the BBC corpus (../shared/data/corpus/bbc-news) is not here');
  const polnear = loadPolnear('train') ?? [];
  const analyses = [...bbc.map((input) => analyze(input.bytes, { source: input.name, format: 'text' })), ...polnear.map((document) => analyze(Buffer.from(document.text), { source: document.name, format: 'text' }))];
  const store = await openSqliteStore(path);
  for (let index = 0; index < ARTICLES; index++) {
    const analysis = replicate(analyses[index % analyses.length], Math.floor(index / analyses.length));
    await store.save(analysis, { sourceHash: sourceHash(Buffer.from(analysis.document.id)) });
    if (index % 2000 === 1999) console.error(`  stored ${index + 1} of ${ARTICLES}`);
  }
  await store.close();
}

/** Inputs drawn evenly from the store, the same on every run. */
async function samples(path: string) {
  const store = await openSqliteStore(path);
  const entities = (await store.allEntities()).filter((entity) => entity.type !== 'other');
  const pick = <T>(items: T[], count: number) => Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)]);
  const entityIds = pick(entities.slice(0, 2000), 200).map((entity) => entity.id);
  const documents = await store.documents();
  const longest = documents.reduce((best, document) => (document.claimCount > best.claimCount ? document : best));
  const counts = await store.counts();
  await store.close();
  return { entityIds, longest, counts };
}

async function load(url: string, paths: string[]): Promise<CannonResult> {
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [{ setupRequest: (request: object) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
}

async function main() {
  const path = process.env.BENCH_API_DB ?? join(mkdtempSync(join(tmpdir(), 'claimgraph-bench-api-')), 'api.db');
  if (!existsSync(path)) {
    console.error(`building a store of ${ARTICLES} articles at ${path} ...`);
    await buildStore(path);
  }
  const { entityIds, longest, counts } = await samples(path);
  const megabytes = (statSync(path).size / 1e6).toFixed(0);
  console.log(`claimgraph serve bench: SQLite store of ${counts.documents} articles (${counts.claims} claims, ${counts.entities} entities, ${counts.relations} relations, ${megabytes} MB)`);
  console.log(`autocannon from loopback, ${CONNECTIONS} connections, ${SECONDS} s per route, the server in its own process`);
  const server = await startServe(path);
  try {
    const base = server.url.replace(/\/$/, '');
    const ROUTES: Array<[string, string[]]> = [
      ['entity page  GET /api/entities/:id', entityIds.map((id) => `/api/entities/${id}`)],
      ['claim search GET /api/claims?entity&attribution', entityIds.map((id) => `/api/claims?entity=${id}&attribution=anonymous&limit=50`)],
      ['network, one entity\'s neighbourhood', entityIds.map((id) => `/api/network?entity=${id}`)],
      ['network, heaviest 400 edges of the store', ['/api/network?maxEdges=400']],
    ];
    console.log(`${'route'.padEnd(48)} ${'p50'.padStart(8)} ${'p99'.padStart(8)} ${'req/s'.padStart(8)} errors`);
    for (const [name, paths] of ROUTES) {
      const result = await load(base, paths);
      console.log(`${name.padEnd(48)} ${`${result.latency.p50} ms`.padStart(8)} ${`${result.latency.p99} ms`.padStart(8)} ${result.requests.average.toFixed(0).padStart(8)} ${result.non2xx + result.errors}`);
    }
    const browser = await launchChromium();
    if (!browser) {
      console.log('browser part skipped: no Chromium at /usr/bin/chromium');
      return;
    }
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const firstRender = async (hash: string, ready: () => boolean, runs = 3) => {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        await page.goto('about:blank');
        await page.goto(`${base}/${hash}`);
        await page.waitForFunction(ready, null, { timeout: 120_000, polling: 'raf' });
        times.push(await page.evaluate(() => performance.now()));
      }
      return median(times);
    };
    const reader = await firstRender(`#/doc/${longest.id}`, () => document.querySelectorAll('.article-text .claim').length > 0);
    console.log(`reader, longest article (${longest.claimCount} claims): first render ${reader.toFixed(0)} ms after navigation (median of 3)`);
    for (const nodes of [1000, 5000]) {
      // Edges are kept heaviest first; ask for enough of them to reach the node count.
      let maxEdges = nodes;
      let drawn = { nodes: 0, edges: 0 };
      for (let attempt = 0; attempt < 6; attempt++) {
        const response = (await (await fetch(`${base}/api/network?maxEdges=${maxEdges}`)).json()) as { nodes: unknown[]; edges: unknown[]; totalNodes: number };
        drawn = { nodes: response.nodes.length, edges: response.edges.length };
        if (drawn.nodes >= nodes || response.nodes.length >= response.totalNodes) break;
        maxEdges = Math.min(20_000, Math.ceil((maxEdges * nodes) / Math.max(1, drawn.nodes)));
      }
      const render = await firstRender(`#/network?max=${maxEdges}`, () => Boolean((window as { __networkReady?: boolean }).__networkReady), 3);
      await page.waitForFunction(() => /Layout computed off the main thread in \d+ ms/.test(document.body.textContent ?? ''), null, { timeout: 300_000 });
      const layoutMs = await page.evaluate(() => Number(/Layout computed off the main thread in (\d+) ms/.exec(document.body.textContent ?? '')?.[1]));
      console.log(`network of ${drawn.nodes} nodes, ${drawn.edges} edges: first drawn ${render.toFixed(0)} ms after navigation (median of 3); ForceAtlas2 in the worker ${layoutMs} ms`);
    }
    await browser.close();
  } finally {
    await server.stop();
  }
}

await main();
