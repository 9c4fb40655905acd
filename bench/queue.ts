// npm run bench, job-queue part (BENCH_QUEUE=1, needs CLAIMGRAPH_PG_URL): BBC articles ingested into
// a fresh PostgreSQL database four ways in the same run: plain `ingest --jobs 1` (one process, one
// analysis thread), two such processes at once over half the files each (scaling without the queue,
// the control for what this machine gives a second process), and `ingest --queue` drained by 1 and
// by 2 `worker` processes (one analysis thread each). Prints articles/s for each and the scaling
// ratios, and checks that the databases hold the same articles, claims and links.
// Run alone with: node dist/bench/queue.js [articles]; BENCH_QUEUE_ARTICLES sets the count (300),
// BENCH_QUEUE_ROUNDS repeats the four runs alternately and reports each one's median (1).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadBbc } from './corpora.js';

const ARTICLES = Number(process.argv[2] ?? process.env.BENCH_QUEUE_ARTICLES ?? 300);
const ROUNDS = Number(process.env.BENCH_QUEUE_ROUNDS ?? 1);
const CLI = fileURLToPath(new URL('../../bin/claimgraph.js', import.meta.url));

const TIME = '/usr/bin/time';
const timed = existsSync(TIME);

/** Runs the CLI to its end, returning its CPU seconds (user + system, from /usr/bin/time when present); rejects on a non-zero exit. */
function cli(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const command = timed ? [TIME, '-f', 'cpu %U %S', process.execPath, CLI, ...args] : [process.execPath, CLI, ...args];
    const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`claimgraph ${args[0]} exited ${code}: ${stderr.slice(-2000)}`));
      const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
      resolve(cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN);
    });
  });
}

async function withDatabase<T>(url: string, name: string, work: (db: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const db = new URL(url);
  db.pathname = `/${name}`;
  try {
    return await work(db.href);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

interface Run {
  seconds: number;
  /** CPU seconds of the ingesting processes (the database server's are not counted). */
  cpuSeconds: number;
  enqueueSeconds?: number;
  ledger: string;
}

/** What the store holds, as counts to compare across the three ways of ingesting. */
async function ledgerOf(db: string): Promise<string> {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const count = async (table: string) => Number((await client.query(`select count(*) as n from ${table}`)).rows[0].n);
    return `${await count('documents')} articles, ${await count('claims')} claims, ${await count('links')} links, ${await count('relations')} relations`;
  } finally {
    await client.end();
  }
}

async function plain(url: string, directory: string, round: number): Promise<Run> {
  return withDatabase(url, `claimgraph_queue_bench_${process.pid}_plain_${round}`, async (db) => {
    const started = performance.now();
    const cpuSeconds = await cli(['ingest', '--jobs', '1', '--db', db, directory]);
    return { seconds: (performance.now() - started) / 1000, cpuSeconds, ledger: await ledgerOf(db) };
  });
}

/** The way to scale without the queue: two plain ingest processes at once into one database, each over half the files. */
async function plainPair(url: string, directory: string, round: number): Promise<Run> {
  return withDatabase(url, `claimgraph_queue_bench_${process.pid}_pair_${round}`, async (db) => {
    const started = performance.now();
    const cpu = await Promise.all([0, 1].map((half) => cli(['ingest', '--jobs', '1', '--db', db, join(directory, `half-${half}`)])));
    return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpu.reduce((sum, seconds) => sum + seconds, 0), ledger: await ledgerOf(db) };
  });
}

async function queued(url: string, directory: string, workers: number, round: number): Promise<Run> {
  return withDatabase(url, `claimgraph_queue_bench_${process.pid}_w${workers}_${round}`, async (db) => {
    await cli(['migrate', '--db', db]);
    const enqueueStarted = performance.now();
    await cli(['ingest', '--queue', '--db', db, directory]);
    const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
    // Timed from the workers' start (models included, as plain ingest's time includes them) to the last one's exit.
    const started = performance.now();
    const cpu = await Promise.all(Array.from({ length: workers }, () => cli(['worker', '--drain', '--concurrency', '1', '--db', db])));
    return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpu.reduce((sum, seconds) => sum + seconds, 0), enqueueSeconds, ledger: await ledgerOf(db) };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const url = process.env.CLAIMGRAPH_PG_URL;
  if (!url) {
    console.log('claimgraph queue bench: skipped, CLAIMGRAPH_PG_URL is not set');
    return;
  }
  const bbc = loadBbc();
  if (!bbc) {
    console.log('claimgraph queue bench: skipped, the BBC corpus is not in ../shared/data');
    return;
  }
  const inputs = bbc.slice(0, ARTICLES);
  const directory = mkdtempSync(join(tmpdir(), 'claimgraph-bench-queue-'));
  try {
    // Two halves (alternate files), so two plain ingest processes can share the work as two workers do.
    for (const [index, input] of inputs.entries()) {
      const path = join(directory, `half-${index % 2}`, input.name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, input.bytes);
    }
    console.log(`claimgraph queue bench: ${inputs.length} BBC articles into a fresh PostgreSQL database each run, ${ROUNDS} round(s), wall time (a shared machine: noisy)`);
    const runs: Record<string, Run[]> = { plain: [], pair: [], one: [], two: [] };
    // The three ways alternate within each round, so a busy minute falls on all of them alike.
    for (let round = 0; round < ROUNDS; round++) {
      runs.plain.push(await plain(url, directory, round));
      runs.pair.push(await plainPair(url, directory, round));
      runs.one.push(await queued(url, directory, 1, round));
      runs.two.push(await queued(url, directory, 2, round));
    }
    const rate = (name: string) => inputs.length / median(runs[name].map((run) => run.seconds));
    const cpu = (name: string) => median(runs[name].map((run) => run.cpuSeconds));
    const cpuNote = (name: string) => (Number.isNaN(cpu(name)) ? '' : `; ${cpu(name).toFixed(0)} CPU s in the client processes`);
    const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`);
    line('plain ingest --jobs 1 (one process)', `${rate('plain').toFixed(1)} articles/s${cpuNote('plain')}`);
    line('2 plain ingest processes, half the files each', `${rate('pair').toFixed(1)} articles/s, ${(rate('pair') / rate('plain')).toFixed(2)}x one${cpuNote('pair')}`);
    line('ingest --queue (enqueue only)', `${(inputs.length / median(runs.one.map((run) => run.enqueueSeconds!))).toFixed(0)} articles/s`);
    line('1 queue worker (--concurrency 1)', `${rate('one').toFixed(1)} articles/s, ${(rate('one') / rate('plain')).toFixed(2)}x plain ingest${cpuNote('one')}`);
    line('2 queue workers (separate processes)', `${rate('two').toFixed(1)} articles/s, ${(rate('two') / rate('plain')).toFixed(2)}x plain ingest${cpuNote('two')}`);
    line('scaling ratio, 2 workers against 1', `${(rate('two') / rate('one')).toFixed(2)}x`);
    const ledgers = new Set([...runs.plain, ...runs.pair, ...runs.one, ...runs.two].map((run) => run.ledger));
    line('stores alike', ledgers.size === 1 ? `yes: ${[...ledgers][0]}` : `NO: ${[...ledgers].join(' | ')}`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

await main();
