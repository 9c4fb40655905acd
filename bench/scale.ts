// npm run bench (scale part): the whole CLI at 300, 2,225 and 20,000 articles (the BBC corpus,
// replicated under other outlet names past 2,225), with --jobs 1 and 2, against compromise on the same
// 300 articles in the same run; ingest into SQLite against analysis alone; ingest into PostgreSQL
// (when CLAIMGRAPH_PG_URL is set) with 1 and 2 jobs. Each run is a child process timed from outside,
// its peak RSS read by /usr/bin/time (all threads of the process together).
// Run alone with: node dist/bench/scale.js [largest-size]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { countWords, loadBbc, type BenchInput } from './corpora.js';

const CLI = fileURLToPath(new URL('../../bin/claimgraph.js', import.meta.url));
const LARGEST = Number(process.argv[2] ?? process.env.BENCH_SCALE_ARTICLES ?? 20_000);

/** Copy `copy` of a BBC article, as if another outlet had run it: its own title and a disclaimer naming the outlet. */
function replicaText(input: BenchInput, copy: number): string {
  const text = input.bytes.toString('utf8');
  if (copy === 0) return text;
  const newline = text.indexOf('\n');
  const outlet = `Outlet ${copy}`;
  return `${text.slice(0, newline)} (${outlet})${text.slice(newline)}\n\nThe views expressed here do not necessarily reflect the views of ${outlet}.\n`;
}

/** A directory of the first `size` articles of the replicated corpus; returns its words. */
function writeCorpus(bbc: BenchInput[], size: number, directory: string): number {
  mkdirSync(directory, { recursive: true });
  let words = 0;
  for (let index = 0; index < size; index++) {
    const text = replicaText(bbc[index % bbc.length], Math.floor(index / bbc.length));
    words += countWords(text);
    writeFileSync(join(directory, `${String(index).padStart(6, '0')}.txt`), text);
  }
  return words;
}

interface Run {
  seconds: number;
  /** CPU seconds of all the process's threads (user + system): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakMb: number;
  outputMb: number;
}

/** Runs the CLI (or another script) in a child process, timed from outside, its output to a file. */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 20,
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} failed (${child.status}): ${child.stderr.slice(-2000)}`);
  const [peakKb, user, system] = (child.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { seconds, cpuSeconds: user + system, peakMb: peakKb / 1024, outputMb: 0 };
}

/** The CLI with --json written to a file, so the output's size is known and nothing waits on a pipe. */
function analyzeRun(directory: string, jobs: number, out: string): Run {
  const script = `import { createWriteStream } from 'node:fs'; import { main } from ${JSON.stringify(new URL('../src/cli/main.js', import.meta.url).href)};
const out = createWriteStream(${JSON.stringify(out)});
const status = await main(['analyze', '--json', '--jobs', '${jobs}', ${JSON.stringify(directory)}], { stdout: out, stderr: process.stderr, stdin: process.stdin, env: process.env });
await new Promise((resolve) => out.end(resolve)); process.exitCode = status;`;
  // A script file, not -e: worker threads inherit the parent's exec arguments, and would run -e again.
  const file = join(dirname(out), 'analyze-run.mjs');
  writeFileSync(file, script);
  const result = run([file]);
  result.outputMb = statSync(out).size / 1e6;
  rmSync(out, { force: true });
  return result;
}

/** compromise's people, organisations, places and sentences over the same files: words per wall second and per CPU second. */
function compromiseRates(directory: string): { wall: number; cpu: number } {
  const script = `import { readdirSync, readFileSync } from 'node:fs'; import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(import.meta.url)}); const nlp = require('compromise');
const dir = ${JSON.stringify(directory)}; const started = performance.now(); const cpu = process.cpuUsage(); let words = 0;
for (const name of readdirSync(dir)) { const text = readFileSync(dir + '/' + name, 'utf8'); const doc = nlp(text);
  doc.people().out('array'); doc.organizations().out('array'); doc.places().out('array'); doc.sentences().out('array'); words += text.split(/\\s+/).filter(Boolean).length; }
const used = process.cpuUsage(cpu); console.log(JSON.stringify({ wall: words / ((performance.now() - started) / 1000), cpu: words / ((used.user + used.system) / 1e6) }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout.trim()) as { wall: number; cpu: number };
}

const line = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);

async function main(): Promise<void> {
  const bbc = loadBbc();
  if (!bbc) {
    console.log('scale bench skipped: the BBC corpus (../shared/data/corpus/bbc-news) is not here');
    return;
  }
  if (!existsSync('/usr/bin/time')) {
    console.log('scale bench skipped: /usr/bin/time (for peak memory) is not installed');
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'claimgraph-bench-scale-'));
  try {
    console.log(`claimgraph scale bench: the whole CLI (node bin/claimgraph.js), ${process.env.BENCH_CORES ?? 'all'} cores, one run each`);
    const sizes = [300, bbc.length, LARGEST].filter((size, index, all) => size <= LARGEST && all.indexOf(size) === index);
    const words = new Map<number, number>();
    for (const size of sizes) words.set(size, writeCorpus(bbc, size, join(root, String(size))));

    // 1. analyze --json on 300 articles with 1 and 2 threads, and compromise on the same files.
    const small = join(root, '300');
    // Per wall second (what a user waits) and per CPU second (steadier when others share the machine).
    const compromise = compromiseRates(small);
    line('compromise people/orgs/places/sentences, 300 BBC', `${(compromise.wall / 1000).toFixed(1)}k words/s, ${(compromise.cpu / 1000).toFixed(1)}k words per CPU s`);
    for (const jobs of [1, 2]) {
      const result = analyzeRun(small, jobs, join(root, 'out.json'));
      const wall = words.get(300)! / result.seconds;
      const cpu = words.get(300)! / result.cpuSeconds;
      line(
        `analyze --json --jobs ${jobs}, 300 BBC (whole CLI, start-up included)`,
        `${(wall / 1000).toFixed(1)}k words/s (${(wall / compromise.wall).toFixed(1)}x compromise), ${(cpu / 1000).toFixed(1)}k words per CPU s (${(cpu / compromise.cpu).toFixed(1)}x), ${result.peakMb.toFixed(0)} MB peak`,
      );
    }

    // 2. Cost per 1,000 articles as the corpus grows, and peak memory.
    for (const size of sizes) {
      const result = analyzeRun(join(root, String(size)), 2, join(root, 'out.json'));
      line(
        `analyze --json --jobs 2, ${size} articles`,
        `${((result.seconds / size) * 1000).toFixed(1)} s (${((result.cpuSeconds / size) * 1000).toFixed(1)} CPU s) per 1,000, ${result.peakMb.toFixed(0)} MB peak, ${result.outputMb.toFixed(0)} MB of JSON`,
      );
    }

    // 3. Ingest into SQLite against analysis alone, same files.
    const midSize = Math.min(bbc.length, LARGEST);
    const mid = join(root, String(midSize));
    const alone = analyzeRun(mid, 2, join(root, 'out.json'));
    const db = join(root, 'ingest.db');
    const ingest = run([CLI, 'ingest', '--jobs', '2', '--db', db, mid]);
    line(
      `ingest ${midSize} BBC into SQLite, --jobs 2`,
      `${(midSize / ingest.seconds).toFixed(0)} articles/s, ${(ingest.seconds / alone.seconds).toFixed(2)}x analysis alone in wall time (${alone.seconds.toFixed(0)} s), ${(ingest.cpuSeconds / alone.cpuSeconds).toFixed(2)}x in CPU time, ${ingest.peakMb.toFixed(0)} MB peak`,
    );

    // 4. Ingest into PostgreSQL with 1 and 2 analysis threads (one writer each run).
    const url = process.env.CLAIMGRAPH_PG_URL;
    if (url) {
      const rates: number[] = [];
      for (const jobs of [1, 2]) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        const schema = `cg_bench_scale_${process.pid}_${jobs}`;
        await client.query(`create schema if not exists ${schema}`);
        const target = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
        try {
          const result = run([CLI, 'ingest', '--jobs', String(jobs), '--db', target, mid]);
          rates.push(midSize / result.seconds);
          line(`ingest ${midSize} BBC into PostgreSQL, --jobs ${jobs}`, `${rates[rates.length - 1].toFixed(0)} articles/s, ${result.cpuSeconds.toFixed(0)} CPU s in the client`);
        } finally {
          await client.query(`drop schema if exists ${schema} cascade`);
          await client.end();
        }
      }
      line('PostgreSQL ingest, 2 jobs against 1', `${(rates[1] / rates[0]).toFixed(2)}x`);
    } else line('PostgreSQL ingest', 'skipped: CLAIMGRAPH_PG_URL is not set');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
