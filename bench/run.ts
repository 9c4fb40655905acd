// npm run bench: throughput and memory of claimgraph's analysis on one core, with peers measured
// in the same run. Each task runs in its own child process so that its peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyze } from '../src/analyze.js';
import { ingest } from '../src/ingest/ingest.js';
import { getDefaultPipeline } from '../src/pipeline/default.js';
import { createRequire } from 'node:module';
import { countWords, loadBbc, loadZyteInputs, type BenchInput } from './corpora.js';
import { runPathological } from './pathological.js';
import { gazetteer } from '../src/pipeline/stages/entities/gazetteer.js';
import { loadNerModel } from '../src/pipeline/stages/entities/model-file.js';
import { tagDocument } from '../src/pipeline/stages/entities/tagger.js';
import { tagTokens } from '../src/pipeline/stages/entities/tokens.js';
import { segment } from '../src/pipeline/stages/sentences/segment.js';

const require = createRequire(import.meta.url);

interface Result {
  task: string;
  items: number;
  words: number;
  seconds: number;
  peakRssMb: number;
  failed: number;
}

const PASSES = Number(process.env.BENCH_PASSES ?? 3);

/** Runs `work` over the inputs PASSES times after one warm-up pass; reports the median pass. */
function measure(task: string, inputs: BenchInput[], work: (input: BenchInput) => number): Result {
  let words = 0;
  let failed = 0;
  for (const input of inputs) {
    try {
      words += work(input);
    } catch {
      failed++;
    }
  }
  const times: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const started = process.hrtime.bigint();
    for (const input of inputs) {
      try {
        work(input);
      } catch {
        // counted in the warm-up pass
      }
    }
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  times.sort((a, b) => a - b);
  return { task, items: inputs.length, words, seconds: times[Math.floor(times.length / 2)], peakRssMb: process.resourceUsage().maxRSS / 1024, failed };
}

const TASKS: Record<string, () => Result | null> = {
  'zyte:claimgraph': () => {
    const inputs = loadZyteInputs();
    return inputs && measure('claimgraph ingest+analysis, Zyte HTML', inputs, (input) => countWords(analyze(input.bytes, { source: `${input.name}.html`, format: 'html' }).document.text));
  },
  'zyte:readability': () => {
    const inputs = loadZyteInputs();
    return (
      inputs &&
      measure('bare Readability+linkedom, Zyte HTML', inputs, (input) => {
        const { document } = parseHTML(input.bytes.toString('utf8'));
        return countWords(new Readability(document as unknown as Document).parse()?.textContent ?? '');
      })
    );
  },
  'bbc:claimgraph': () => {
    const inputs = loadBbc();
    return inputs && measure('claimgraph ingest+analysis, BBC text', inputs, (input) => countWords(analyze(input.bytes, { source: `${input.name}`, format: 'text' }).document.text));
  },
  'bbc:pipeline': () => {
    const inputs = loadBbc();
    if (!inputs) return null;
    const documents = new Map(inputs.map((input) => [input.name, ingest(input.bytes, { source: input.name, format: 'text' })]));
    const pipeline = getDefaultPipeline();
    return measure('claimgraph pipeline only (no ingest), BBC', inputs, (input) => countWords(pipeline.run(documents.get(input.name)!).document.text));
  },
  'bbc:entity-tagger': () => {
    const inputs = loadBbc();
    if (!inputs) return null;
    const model = loadNerModel();
    const places = gazetteer();
    // Sentences and tokens are made before timing: this measures the tagger itself.
    const documents = new Map(
      inputs.map((input) => {
        const text = input.bytes.toString('utf8');
        return [input.name, segment(text).map((sentence) => tagTokens(text.slice(sentence.start, sentence.end)).map((token) => token.text))];
      }),
    );
    return measure('entity tagger (two passes), BBC', inputs, (input) => {
      const sentences = documents.get(input.name)!;
      tagDocument(model, sentences, places);
      return sentences.reduce((sum, words) => sum + words.length, 0);
    });
  },
  'bbc:compromise': () => {
    // compromise is slow: the first 500 BBC articles keep the run short.
    const inputs = loadBbc()?.slice(0, 500) ?? null;
    if (!inputs) return null;
    const nlp = require('compromise') as (text: string) => {
      people(): { out(format: string): unknown };
      organizations(): { out(format: string): unknown };
      places(): { out(format: string): unknown };
    };
    return measure('peer: compromise people/orgs/places, BBC (500)', inputs, (input) => {
      const text = input.bytes.toString('utf8');
      const doc = nlp(text);
      doc.people().out('array');
      doc.organizations().out('array');
      doc.places().out('array');
      return countWords(text);
    });
  },
  'bbc:wink': () => {
    const inputs = loadBbc();
    if (!inputs) return null;
    const winkNLP = require('wink-nlp') as (model: unknown) => { readDoc(text: string): { tokens(): { out(kind: unknown): unknown } }; its: { pos: unknown } };
    const nlp = winkNLP(require('wink-eng-lite-web-model'));
    return measure('peer: wink-nlp tokens + POS (no NER), BBC', inputs, (input) => {
      const text = input.bytes.toString('utf8');
      nlp.readDoc(text).tokens().out(nlp.its.pos);
      return countWords(text);
    });
  },
  'bbc:whitespace': () => {
    const inputs = loadBbc();
    return inputs && measure('reference: whitespace split, BBC', inputs, (input) => input.bytes.toString('utf8').split(/\s+/).length);
  },
};

function row(result: Result): string {
  const perSecond = result.items / result.seconds;
  const wordsPerSecond = result.words / result.seconds;
  return `${result.task.padEnd(44)} ${String(result.items).padStart(6)} ${perSecond.toFixed(0).padStart(9)} ${(wordsPerSecond / 1000).toFixed(0).padStart(9)}k ${result.peakRssMb.toFixed(0).padStart(8)} MB${result.failed ? `  (${result.failed} refused)` : ''}`;
}

const task = process.argv[2];
if (!task && process.env.BENCH_PATHOLOGICAL === 'only') {
  runPathological();
} else if (task) {
  const result = TASKS[task]?.();
  console.log(JSON.stringify(result ?? null));
} else {
  console.log(`claimgraph bench: one core, median of ${PASSES} passes after a warm-up, each task in its own process (--max-old-space-size=512)`);
  console.log(`${'task'.padEnd(44)} ${'items'.padStart(6)} ${'items/s'.padStart(9)} ${'words/s'.padStart(10)} ${'peak RSS'.padStart(11)}`);
  for (const name of Object.keys(TASKS)) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=512', fileURLToPath(import.meta.url), name], { encoding: 'utf8' });
    if (child.status !== 0) {
      console.log(`${name}: failed\n${child.stderr}`);
      continue;
    }
    if (child.stderr.trim()) console.log(child.stderr.trim());
    const result = JSON.parse(child.stdout.trim().split('\n').pop() ?? 'null') as Result | null;
    if (result) console.log(row(result));
  }
  // Hostile inputs at full size (BENCH_PATHOLOGICAL=1 adds them; =only runs nothing else).
  if (process.env.BENCH_PATHOLOGICAL === '1') {
    console.log('');
    runPathological();
  }
  // The store: ingest into SQLite, store size, query latency at 2,000 and 20,000 articles (several
  // minutes; BENCH_STORE=0 leaves it out, BENCH_STORE_ARTICLES sets the larger store's size).
  // The whole CLI at 300, 2,225 and 20,000 articles, threads, ingest against analysis (BENCH_SCALE=0
  // leaves it out, BENCH_SCALE_ARTICLES sets the largest size).
  if (process.env.BENCH_SCALE !== '0') {
    console.log('');
    spawnSync(process.execPath, [fileURLToPath(new URL('./scale.js', import.meta.url)), process.env.BENCH_SCALE_ARTICLES ?? '20000'], { stdio: 'inherit' });
  }
  if (process.env.BENCH_STORE !== '0') {
    console.log('');
    spawnSync(process.execPath, ['--max-old-space-size=3072', fileURLToPath(new URL('./store.js', import.meta.url)), process.env.BENCH_STORE_ARTICLES ?? '20000'], { stdio: 'inherit' });
  }
  // The PostgreSQL job queue (BENCH_QUEUE=1, with CLAIMGRAPH_PG_URL): plain ingest against 1 and 2 queue workers.
  if (process.env.BENCH_QUEUE === '1') {
    console.log('');
    spawnSync(process.execPath, [fileURLToPath(new URL('./queue.js', import.meta.url))], { stdio: 'inherit' });
  }
  // The HTTP API and the web UI (BENCH_API=1): autocannon against `claimgraph serve`, first render in Chromium.
  if (process.env.BENCH_API === '1') {
    console.log('');
    spawnSync(process.execPath, ['--max-old-space-size=3072', fileURLToPath(new URL('./api.js', import.meta.url))], { stdio: 'inherit' });
  }
}
