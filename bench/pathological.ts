// BENCH_PATHOLOGICAL=1 npm run bench: the inputs a hostile user would send, at full size, each in a
// process of its own with a 1 GB heap. Every one must finish, or fail on a budget, within 10 s per
// MiB and under 1 GB. Seconds are for ingest + analysis of the one input (the models are loaded by a
// warm-up first); peak RSS is the whole process's.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { isClaimgraphError } from '../src/core/errors.js';
import { loadBbc } from './corpora.js';

interface Case {
  name: string;
  source: string;
  make: () => string | null;
}

const DATE_PHRASE = 'On 5 January 2024, 6 February 2023 and next Tuesday ';

/** BBC articles joined into one text of about `bytes`: long real prose, for plain-text throughput. */
function longRealText(bytes: number): string | null {
  const articles = loadBbc();
  if (!articles) return null;
  const parts: string[] = ['Collected reports'];
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    const text = articles[index % articles.length].bytes.toString('utf8');
    parts.push(text);
    size += text.length + 2;
  }
  return parts.join('\n\n');
}

const CASES: Case[] = [
  { name: '200,000 <p>x</p> (1.6 MB)', source: 'p.html', make: () => `<html><body>${'<p>x</p>'.repeat(200_000)}</body></html>` },
  { name: '1,000,000 <p>x</p> (8 MB)', source: 'p.html', make: () => `<html><body>${'<p>x</p>'.repeat(1_000_000)}</body></html>` },
  { name: '19,000 <p>x</p>, just under the block budget', source: 'p.html', make: () => `<html><body>${'<p>x</p>'.repeat(19_000)}</body></html>` },
  { name: '1,000,000 <b>x</b> siblings (8 MB)', source: 'b.html', make: () => `<html><body><p>The harbour council met on Tuesday.</p>${'<b>x</b>'.repeat(1_000_000)}</body></html>` },
  { name: '100,000 nested <div>', source: 'div.html', make: () => `<html><body>${'<div>'.repeat(100_000)}<p>A nested paragraph about the harbour.</p>${'</div>'.repeat(100_000)}</body></html>` },
  { name: 'date phrases x 20,000 (1 MB, one line)', source: 'dates.txt', make: () => `Dates\n\n${DATE_PHRASE.repeat(20_000)}` },
  {
    name: '2,000 capitalised words (14 KB)',
    source: 'caps.txt',
    make: () => `Notes\n\n${Array.from({ length: 2000 }, (_, index) => `Vel${'aeiou'[index % 5]}${'rnkst'[(index * 3) % 5]}o`).join(' ')}`,
  },
  { name: '"(" x 1,000,000 in a sentence', source: 'parens.txt', make: () => `Title\n\nThe council said ${'('.repeat(1_000_000)} it would vote.` },
  { name: '"x. " x 350,000 (1 MB of tiny sentences)', source: 'dots.txt', make: () => `Title\n\n${'x. '.repeat(350_000)}` },
  {
    name: '19,000 one-line paragraphs (text)',
    source: 'lines.txt',
    make: () => `Title\n\n${Array.from({ length: 19_000 }, (_, index) => `Item ${index + 1}: the harbour council noted the dredging report and moved on.`).join('\n\n')}`,
  },
  { name: 'long real text, BBC articles joined (1 MiB)', source: 'bbc.txt', make: () => longRealText(1024 * 1024) },
  { name: 'long real text, BBC articles joined (4 MiB)', source: 'bbc.txt', make: () => longRealText(4 * 1024 * 1024) },
];

interface Outcome {
  name: string;
  mib: number;
  seconds: number;
  /** CPU time (user + system) of the work: what one core spends, whatever else the machine runs. */
  cpuSeconds: number;
  secondsPerMib: number;
  cpuSecondsPerMib: number;
  peakRssMb: number;
  outcome: string;
}

function runCase(index: number): Outcome | null {
  const item = CASES[index];
  const text = item.make();
  if (text === null) return null;
  analyze(Buffer.from('Warm-up\n\nThe minister said the council, which met in Harbourton on Monday, would vote.\n'), { source: 'warm-up.txt' });
  const bytes = Buffer.from(text, 'utf8');
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let outcome: string;
  try {
    const analysis = analyze(bytes, { source: item.source });
    outcome = `analysed: ${analysis.sentences.length} sentences, ${analysis.claims.length} claims`;
  } catch (error) {
    if (!isClaimgraphError(error)) throw error;
    outcome = error.budget ? `${error.code} ${error.budget} budget` : `${error.code} ${error.kind}`;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mib = bytes.length / (1024 * 1024);
  return { name: item.name, mib, seconds, cpuSeconds, secondsPerMib: seconds / mib, cpuSecondsPerMib: cpuSeconds / mib, peakRssMb: process.resourceUsage().maxRSS / 1024, outcome };
}

export function runPathological(): Outcome[] {
  const outcomes: Outcome[] = [];
  console.log('pathological inputs: one process each (--max-old-space-size=1024); wall and CPU seconds for ingest + analysis');
  console.log(`${'input'.padEnd(46)} ${'MiB'.padStart(6)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)} ${'CPU s/MiB'.padStart(9)} ${'peak RSS'.padStart(9)}  outcome`);
  for (let index = 0; index < CASES.length; index++) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=1024', fileURLToPath(import.meta.url), String(index)], { encoding: 'utf8' });
    if (child.status !== 0) {
      console.log(`${CASES[index].name.padEnd(46)} CRASHED (status ${child.status}): ${child.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      continue;
    }
    const result = JSON.parse(child.stdout.trim().split('\n').pop() ?? 'null') as Outcome | null;
    if (!result) continue;
    outcomes.push(result);
    console.log(
      `${result.name.padEnd(46)} ${result.mib.toFixed(2).padStart(6)} ${result.seconds.toFixed(2).padStart(7)} ${result.cpuSeconds.toFixed(2).padStart(7)} ${result.cpuSecondsPerMib.toFixed(2).padStart(9)} ${result.peakRssMb.toFixed(0).padStart(6)} MB  ${result.outcome}`,
    );
  }
  const large = outcomes.filter((outcome) => outcome.mib >= 0.5);
  const worst = (list: Outcome[], key: 'secondsPerMib' | 'cpuSecondsPerMib' | 'peakRssMb') => list.reduce((best, outcome) => (outcome[key] > best[key] ? outcome : best), list[0]);
  if (large.length > 0) {
    const slow = worst(large, 'cpuSecondsPerMib');
    const slowWall = worst(large, 'secondsPerMib');
    const heavy = worst(outcomes, 'peakRssMb');
    console.log(
      `worst over inputs of 0.5 MiB or more: ${slow.cpuSecondsPerMib.toFixed(2)} CPU s/MiB (${slow.name}), ${slowWall.secondsPerMib.toFixed(2)} wall s/MiB (${slowWall.name}); largest peak RSS ${heavy.peakRssMb.toFixed(0)} MB (${heavy.name})`,
    );
  }
  return outcomes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const index = process.argv[2];
  if (index !== undefined) console.log(JSON.stringify(runCase(Number(index))));
  else runPathological();
}
