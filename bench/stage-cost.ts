// CPU time of each pipeline stage over N BBC articles (pipeline only, no ingest), for the tree this
// script is built in or for another built tree with the same layout (its dist/src is imported).
//
//   node dist/bench/stage-cost.js [tree]              one process: a warm-up pass, then PASSES passes
//   node dist/bench/stage-cost.js --pairs K [base]    K alternated pairs (this tree, then base), each run
//                                                     in its own process; prints every pair
//   node dist/bench/stage-cost.js --interleaved [base] both pipelines in one process, in turn by chunks of
//                                                     articles (the fairest on a machine whose speed drifts)
//
// ARTICLES (800) sets how many BBC articles (the first N in the corpus order), PASSES (3) the timed passes.
// Figures are process CPU time (process.cpuUsage, user + system) per pass; the per-stage figures are the
// median over the passes, "checks" is the runner's own span and budget checks and the clock reads
// (timed total minus the stages).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadBbc } from './corpora.js';

interface StageLike {
  name: string;
  run(analysis: unknown): unknown;
}
interface PipelineLike {
  stages: readonly StageLike[];
  run(document: unknown): unknown;
}

export interface StageCost {
  tree: string;
  articles: number;
  /** CPU ms of each timed pass, whole pipeline. */
  passes: number[];
  /** Median CPU ms per stage over the timed passes, in pipeline order, plus "checks". */
  stages: Record<string, number>;
}

const THIS_TREE = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Measures the pipeline of `tree` (a directory holding dist/src) in this process. */
export async function measureStageCost(tree: string, articles: number, passes: number): Promise<StageCost | null> {
  const inputs = loadBbc()?.slice(0, articles);
  if (!inputs) return null;
  const load = (path: string) => import(pathToFileURL(resolve(tree, 'dist/src', path)).href);
  const { getDefaultPipeline } = (await load('pipeline/default.js')) as { getDefaultPipeline(): PipelineLike };
  const { createPipeline } = (await load('pipeline/runner.js')) as { createPipeline(stages: readonly StageLike[]): PipelineLike };
  const { ingest } = (await load('ingest/ingest.js')) as { ingest(bytes: Uint8Array, options: { source: string; format: 'text' }): unknown };
  const stages = getDefaultPipeline().stages;
  const spent = new Float64Array(stages.length);
  const timed = stages.map((stage, index) => ({
    ...stage,
    run(analysis: unknown) {
      const started = process.cpuUsage();
      const result = stage.run(analysis);
      spent[index] += cpuMs(started);
      return result;
    },
  }));
  const plain = createPipeline(stages);
  const timedPipeline = createPipeline(timed);
  const documents = inputs.map((input) => ingest(input.bytes, { source: input.name, format: 'text' }));
  for (const document of documents) plain.run(document); // warm-up
  // The totals come from passes of the plain pipeline (reading the CPU clock around every stage costs
  // time of its own); the per-stage figures from as many passes of the timed one after them.
  const totals: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const started = process.cpuUsage();
    for (const document of documents) plain.run(document);
    totals.push(cpuMs(started));
  }
  const perStage: number[][] = stages.map(() => []);
  const checks: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    spent.fill(0);
    const started = process.cpuUsage();
    for (const document of documents) timedPipeline.run(document);
    const total = cpuMs(started);
    let sum = 0;
    stages.forEach((_, index) => {
      perStage[index].push(spent[index]);
      sum += spent[index];
    });
    checks.push(total - sum);
  }
  const byStage: Record<string, number> = {};
  stages.forEach((stage, index) => (byStage[stage.name.replace(/^claimgraph\./, '')] = median(perStage[index])));
  byStage.checks = median(checks);
  return { tree, articles: documents.length, passes: totals, stages: byStage };
}

function runChild(tree: string): StageCost {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), tree], { encoding: 'utf8', env: process.env });
  if (child.status !== 0) throw new Error(`stage-cost for ${tree} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? 'null') as StageCost;
}

const ms = (value: number) => value.toFixed(0).padStart(6);

/**
 * Both trees' pipelines in one process, run in turn over chunks of CHUNK articles (50), each chunk's
 * CPU time counted to its tree: the machine's drift between minutes falls on both alike. A warm-up
 * pass of each first; ROUNDS (3) rounds over the articles; prints each round's totals.
 */
async function interleaved(trees: [string, string], articles: number, rounds: number): Promise<void> {
  const inputs = loadBbc()?.slice(0, articles);
  if (!inputs) throw new Error('the BBC corpus (../shared/data/corpus/bbc-news) is not here');
  const chunk = Number(process.env.CHUNK ?? 50);
  const runs = await Promise.all(
    trees.map(async (tree) => {
      const load = (path: string) => import(pathToFileURL(resolve(tree, 'dist/src', path)).href);
      const { getDefaultPipeline } = (await load('pipeline/default.js')) as { getDefaultPipeline(): PipelineLike };
      const { ingest } = (await load('ingest/ingest.js')) as { ingest(bytes: Uint8Array, options: { source: string; format: 'text' }): unknown };
      const pipeline = getDefaultPipeline();
      const documents = inputs.map((input) => ingest(input.bytes, { source: input.name, format: 'text' }));
      for (const document of documents) pipeline.run(document);
      return { pipeline, documents };
    }),
  );
  const totals = [0, 0];
  for (let round = 0; round < rounds; round++) {
    const spent = [0, 0];
    for (let from = 0; from < inputs.length; from += chunk) {
      // Which tree goes first alternates, so neither always follows the other's garbage.
      const order = (from / chunk + round) % 2 === 0 ? [0, 1] : [1, 0];
      for (const which of order) {
        const started = process.cpuUsage();
        for (const document of runs[which].documents.slice(from, from + chunk)) runs[which].pipeline.run(document);
        spent[which] += cpuMs(started);
      }
    }
    totals[0] += spent[0];
    totals[1] += spent[1];
    console.log(`round ${round + 1}: ${trees[0]} ${ms(spent[0])} ms, ${trees[1]} ${ms(spent[1])} ms: ${(((spent[0] - spent[1]) / spent[1]) * 100).toFixed(1)}%`);
  }
  console.log(`all rounds: ${(((totals[0] - totals[1]) / totals[1]) * 100).toFixed(1)}%`);
}

async function main(): Promise<void> {
  const articles = Number(process.env.ARTICLES ?? 800);
  const passes = Number(process.env.PASSES ?? 3);
  const args = process.argv.slice(2);
  if (args[0] === '--interleaved') {
    await interleaved([THIS_TREE, resolve(args[1] ?? '/tmp/lead-base')], articles, Number(process.env.ROUNDS ?? 3));
    return;
  }
  if (args[0] === '--pairs') {
    const pairs = Number(args[1] ?? 4);
    const base = resolve(args[2] ?? '/tmp/lead-base');
    const rows: Array<[StageCost, StageCost]> = [];
    for (let pair = 0; pair < pairs; pair++) {
      const mine = runChild(THIS_TREE);
      const theirs = runChild(base);
      rows.push([mine, theirs]);
      const a = median(mine.passes);
      const b = median(theirs.passes);
      console.log(`pair ${pair + 1}: this tree ${ms(a)} ms, base ${ms(b)} ms per pass (median of ${passes}): ${(((a - b) / b) * 100).toFixed(1)}%`);
    }
    const names = [...new Set(rows.flatMap(([mine, theirs]) => [...Object.keys(mine.stages), ...Object.keys(theirs.stages)]))];
    console.log(`\nper stage, CPU ms per pass over ${articles} BBC articles, this tree / base, each pair:`);
    for (const name of names) {
      console.log(`${name.padEnd(16)} ${rows.map(([mine, theirs]) => `${ms(mine.stages[name] ?? 0)} /${ms(theirs.stages[name] ?? 0)}`).join('   ')}`);
    }
    const mineAll = median(rows.map(([mine]) => median(mine.passes)));
    const theirsAll = median(rows.map(([, theirs]) => median(theirs.passes)));
    console.log(`\nmedian of pairs: this tree ${ms(mineAll)} ms, base ${ms(theirsAll)} ms: ${(((mineAll - theirsAll) / theirsAll) * 100).toFixed(1)}%`);
    return;
  }
  const tree = resolve(args[0] ?? THIS_TREE);
  const result = await measureStageCost(tree, articles, passes);
  if (!result) {
    console.error('the BBC corpus (../shared/data/corpus/bbc-news) is not here');
    process.exit(1);
  }
  if (process.stdout.isTTY) {
    console.error(`${tree}: ${result.articles} BBC articles, passes ${result.passes.map((value) => value.toFixed(0)).join(', ')} CPU ms`);
    for (const [name, value] of Object.entries(result.stages)) console.error(`  ${name.padEnd(16)} ${ms(value)} ms`);
  }
  console.log(JSON.stringify(result));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
