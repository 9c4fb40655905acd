// CPU time of the attribution stage alone over the BBC corpus: sentences and claims run once, then the
// attribution stage ROUNDS times (3 by default) over every article; prints the fastest round.
import { loadBbc } from './corpora.js';
import { emptyMeta, type Document } from '../src/core/document.js';
import { createPipeline } from '../src/pipeline/runner.js';
import { attributionStage } from '../src/pipeline/stages/attribution/index.js';
import { claimsStage } from '../src/pipeline/stages/claims/index.js';
import { sentencesStage } from '../src/pipeline/stages/sentences/index.js';

const bbc = loadBbc();
if (!bbc) {
  console.log('the BBC corpus (../shared/data/corpus/bbc-news) is not here');
  process.exit(0);
}
const prepare = createPipeline([sentencesStage, claimsStage]);
const analyses = bbc.map((input) => {
  const text = input.bytes.toString('utf8');
  const document: Document = { id: input.name, source: input.name, text, meta: emptyMeta('text', 'raw'), regions: [{ kind: 'body', start: 0, end: text.length }], removed: [], links: [], parts: [] };
  return prepare.run(document);
});
attributionStage.run(analyses[0]);
let best = Infinity;
for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round++) {
  const started = process.cpuUsage();
  for (const analysis of analyses) attributionStage.run(analysis);
  const used = process.cpuUsage(started);
  best = Math.min(best, (used.user + used.system) / 1000);
}
console.log(`attribution stage over ${analyses.length} BBC articles: ${best.toFixed(0)} ms CPU (fastest of ${process.env.ROUNDS ?? 3} rounds)`);
