// npm run bench, API part (BENCH_API=1): `claimgraph serve` under concurrent loopback load
// (autocannon) on a store of BENCH_API_ARTICLES articles (20,000 by default, the BBC and PolNeAR
// analyses replicated as other outlets), and first render of the reader and the network in Chromium.
// Run alone with: node dist/bench/api.js; BENCH_API_DB=path keeps (or reuses) the store there.
// BENCH_API_ARTICLES sets the store's size.
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { loadPolnear } from '../eval/polnear.js';
import { sourceHash } from '../src/queries/ingest.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Network, NetworkEdge } from '../src/queries/index.js';
import { createApp, DEFAULT_WEB_ROOT } from '../src/server/index.js';
import { fixtureStore, launchChromium, startServe } from '../test/browser-harness.js';
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
  const analyses = [
    ...bbc.map((input) => analyze(input.bytes, { source: input.name, format: 'text' })),
    ...polnear.map((document) => analyze(Buffer.from(document.text), { source: document.name, format: 'text' })),
  ];
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
      ["network, one entity's neighbourhood", entityIds.map((id) => `/api/network?entity=${id}`)],
      ['network, heaviest 400 edges of the store', ['/api/network?maxEdges=400']],
    ];
    console.log(`${'route'.padEnd(48)} ${'p50'.padStart(8)} ${'p99'.padStart(8)} ${'req/s'.padStart(8)} errors`);
    for (const [name, paths] of ROUTES) {
      const result = await load(base, paths);
      console.log(
        `${name.padEnd(48)} ${`${result.latency.p50} ms`.padStart(8)} ${`${result.latency.p99} ms`.padStart(8)} ${result.requests.average.toFixed(0).padStart(8)} ${result.non2xx + result.errors}`,
      );
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
    const drawn = await firstRender('#/network', () => Boolean((window as { __networkReady?: boolean }).__networkReady));
    await page.waitForFunction(() => /Layout computed off the main thread in \d+ ms/.test(document.body.textContent ?? ''), null, { timeout: 300_000 });
    const layout = await page.evaluate(() => /Layout computed off the main thread in (\d+) ms/.exec(document.body.textContent ?? '')?.[1]);
    const shown = await page.evaluate(() => /\d+ of \d+ edges and \d+ of \d+ entities/.exec(document.body.textContent ?? '')?.[0]);
    console.log(`network page over this store (${shown}): first drawn ${drawn.toFixed(0)} ms after navigation (median of 3), ForceAtlas2 in the worker ${layout} ms`);
    await browser.close();
  } finally {
    await server.stop();
  }
  await networkRender();
}

/** A network of `nodes` entities and about 1.5 edges per node, preferential attachment, seeded. */
function syntheticNetwork(nodes: number): Network {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const types = ['person', 'organization', 'place', 'event'];
  const predicates = ['supports', 'funds', 'attacks', 'meets', 'condemns', 'accuses'];
  const ends: string[] = [];
  const edges: NetworkEdge[] = [];
  for (let index = 0; index < nodes; index++) {
    const id = `ent_${index}`;
    for (let link = 0; index > 0 && link < (index % 2 === 0 ? 2 : 1); link++) {
      const target = ends.length > 0 && random() < 0.7 ? ends[Math.floor(random() * ends.length)] : `ent_${Math.floor(random() * index)}`;
      if (target === id) continue;
      const claims = 1 + Math.floor(random() * 4);
      edges.push({
        id: `e${edges.length}`,
        source: id,
        target,
        predicate: predicates[edges.length % predicates.length],
        negated: false,
        directed: true,
        color: '#0072b2',
        style: 'solid',
        claims,
        sources: claims,
        hedged: Math.floor(random() * claims),
        anonymous: Math.floor(random() * claims),
        claimIds: [],
      });
      ends.push(id, target);
    }
  }
  const mentions = new Map<string, number>();
  for (const end of ends) mentions.set(end, (mentions.get(end) ?? 0) + 1);
  return {
    nodes: Array.from({ length: nodes }, (_, index) => ({ id: `ent_${index}`, name: `Entity ${index}`, type: types[index % types.length], mentions: mentions.get(`ent_${index}`) ?? 1 })),
    edges,
    totalEdges: edges.length,
    totalNodes: nodes,
  };
}

/**
 * First render of the network page at 1,000 and 5,000 nodes. The corpus stores have far fewer
 * related entities, so the page is served a synthetic network in the API's own JSON shape (the
 * rest of the app is the real one over examples/); the longest gap between animation frames while
 * the layout runs in its worker shows whether the page stays responsive.
 */
async function networkRender() {
  const browser = await launchChromium();
  if (!browser) return;
  const db = await fixtureStore([]);
  const store = await openSqliteStore(db);
  let current: Network = syntheticNetwork(10);
  const outer = new Hono();
  outer.get('/api/network', (c) => c.json(current));
  outer.route('/', createApp({ store, webRoot: DEFAULT_WEB_ROOT }));
  const server = serve({ fetch: outer.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  try {
    for (const nodes of [1000, 5000]) {
      current = syntheticNetwork(nodes);
      const runs: Array<{ drawn: number; layout: number; longestFrame: number }> = [];
      for (let run = 0; run < 3; run++) {
        await page.goto('about:blank');
        await page.goto(`${base}/#/network?max=${current.edges.length}`);
        await page.waitForFunction(() => Boolean((window as { __networkReady?: boolean }).__networkReady), null, { timeout: 120_000, polling: 'raf' });
        const drawn = await page.evaluate(() => performance.now());
        // Frames keep coming while ForceAtlas2 runs in the worker: the main thread is free.
        const frames = page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              let last = performance.now();
              let longest = 0;
              const tick = () => {
                const now = performance.now();
                longest = Math.max(longest, now - last);
                last = now;
                if (/Layout computed/.test(document.body.textContent ?? '')) resolve(longest);
                else requestAnimationFrame(tick);
              };
              requestAnimationFrame(tick);
            }),
        );
        const longestFrame = await frames;
        const layout = await page.evaluate(() => Number(/in (\d+) ms\./.exec(document.body.textContent ?? '')?.[1]));
        runs.push({ drawn, layout, longestFrame });
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      console.log(
        `network page, synthetic ${nodes} nodes / ${current.edges.length} edges: first drawn ${median(runs.map((run) => run.drawn)).toFixed(0)} ms after navigation, ForceAtlas2 in the worker ${median(runs.map((run) => run.layout)).toFixed(0)} ms, longest frame gap meanwhile ${median(runs.map((run) => run.longestFrame)).toFixed(0)} ms (medians of 3)`,
      );
    }
  } finally {
    await browser.close();
    server.close();
    await store.close();
  }
}

// `node dist/bench/api.js network` runs only the browser's network part.
if (process.argv[2] === 'network') await networkRender();
else await main();
