import { evaluateNumbers } from './quantities.js';
import { scoreNumbers } from '../test/numbers/score.js';
import { evaluateTempeval } from './tempeval.js';
import { evaluateRecognizersDates } from './recognizers-dates.js';
import { evaluateCheckworthiness, loadClaimbuster } from './claimbuster.js';
import { checkworthinessModel } from '../src/pipeline/stages/checkworthiness/index.js';
import { findHedges, findLearnedHedges } from '../src/pipeline/stages/hedges/cues.js';
import { loadSzeged, scoreHedges, splitSzeged } from './szeged.js';
import { evaluatePolnear, evaluateQuoteSpeakers } from './polnear.js';
import { evaluateGap, loadGap } from './gap.js';
import { evaluatePronounSources } from './pronoun-sources.js';
import { evaluateNewsHedges } from './news-hedges.js';
import { crossValidateClaimTypes, loadClaimTypeSet } from './claim-types.js';
import { evaluateLinkPairs } from './link-pairs.js';
import { CLAIM_TYPES } from '../src/pipeline/stages/claims/type-model.js';
import { evaluateCompromise, evaluateNer } from './ner.js';
import { evaluateWholePath } from './conll-analyze.js';
import { evaluateZyte, loadZyte } from './zyte.js';
import { evaluatePageFixtures, evaluateRealPages } from './pages.js';

const fmt = (value: number) => value.toFixed(3);

function section(title: string) {
  console.log(`\n## ${title}`);
}

function runZyte() {
  section('Article extraction: Zyte article-extraction benchmark (word-shingle P/R/F1, as its evaluate.py)');
  const pages = loadZyte();
  if (!pages) return;
  const result = evaluateZyte(pages);
  console.log(`pages: ${result.pages}`);
  console.log('system                           F1     precision  recall');
  console.log(`claimgraph (this run)            ${fmt(result.claimgraph.f1)}  ${fmt(result.claimgraph.precision)}      ${fmt(result.claimgraph.recall)}`);
  console.log(`Readability+linkedom (this run)  ${fmt(result.readability.f1)}  ${fmt(result.readability.precision)}      ${fmt(result.readability.recall)}`);
  console.log('trafilatura (published)          0.958');
  console.log('news-please (published)          0.948');
  console.log('Readability.js (published)       0.947');
  if (process.env.CLAIMGRAPH_EVAL_VERBOSE) {
    for (const page of result.worst) console.log(`  worst: ${page.id} F1 ${fmt(page.f1)}`);
  }
}

function runPages() {
  section('Page metadata: page fixtures written here (fictional text in real page shapes), per-field accuracy');
  const fixtures = evaluatePageFixtures();
  console.log(`fixtures: ${fixtures.fixtures}`);
  console.log(
    Object.entries(fixtures.accuracy)
      .map(([field, value]) => `${field} ${fmt(value)}`)
      .join('  '),
  );
  for (const failure of fixtures.failures) console.log(`  wrong: ${failure}`);
  const real = evaluateRealPages();
  if (!real) return;
  console.log(`\nreal Zyte pages checked by hand (eval/real-pages.tsv): ${real.pages} pages`);
  for (const [set, fields] of Object.entries(real.sets)) {
    console.log(
      `${set.padEnd(9)} ${Object.entries(fields)
        .map(([field, value]) => `${field} ${fmt(value.right / value.total)} (${value.right}/${value.total})`)
        .join('  ')}`,
    );
    if (process.env.CLAIMGRAPH_EVAL_VERBOSE) for (const value of Object.values(fields)) for (const wrong of value.wrong) console.log(`  wrong: ${wrong}`);
  }
}

function runNumbers() {
  section('Quantities: the numbers test set written here (test/numbers/sentences.ts; value, unit and qualifier must all match)');
  const own = scoreNumbers();
  console.log(`sentences: ${own.sentences}  quantities expected: ${own.expected}  found: ${own.found}`);
  console.log(`precision ${fmt(own.precision)}  recall ${fmt(own.recall)}  F1 ${fmt(own.f1)}   sentences read exactly: ${own.sentencesExact}/${own.sentences}`);
  for (const failure of own.failures) console.log(`  miss (${failure.group}): ${failure.text}`);
  section('Quantities: Recognizers-Text English number specs (cardinal numbers, value must match)');
  const result = evaluateNumbers();
  if (!result) return;
  console.log(`cases: ${result.cases} (results of other subtypes left out: ${result.skipped})`);
  console.log(`precision ${fmt(result.precision)}  recall ${fmt(result.recall)}  F1 ${fmt(result.f1)}`);
}

function runTempeval() {
  section('Dates: TempEval-3 TimeBank + AQUAINT, anchored to each document creation time');
  const result = evaluateTempeval();
  if (!result) return;
  console.log(`documents: ${result.documents}  gold expressions: ${result.gold}  found: ${result.found}`);
  console.log(`detection (overlap)  P ${fmt(result.detection.precision)}  R ${fmt(result.detection.recall)}  F1 ${fmt(result.detection.f1)}`);
  console.log(
    `value                P ${fmt(result.value.precision)}  R ${fmt(result.value.recall)}  F1 ${fmt(result.value.f1)}   (value right on ${(100 * result.valueAccuracy).toFixed(0)}% of found expressions that match one)`,
  );
  console.log('chrono-node alone, measured on this set (FIELD-NOTES): precision 0.82, recall 0.64, 85% of found values right');
  console.log('errors by class:');
  for (const [name, n] of Object.entries(result.errors).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${String(n).padStart(4)}  ${name}`);
  const specs = evaluateRecognizersDates();
  if (!specs) return;
  console.log(`\nRecognizers-Text English date specs (results typed as a date): cases ${specs.cases}, dates ${specs.gold}`);
  console.log(`detection recall ${fmt(specs.detectionRecall)}   value P ${fmt(specs.value.precision)} R ${fmt(specs.value.recall)} F1 ${fmt(specs.value.f1)}`);
}

function runCheckworthiness() {
  section('Check-worthiness: ClaimBuster two_class test split (the check-worthy class)');
  const sentences = loadClaimbuster('test');
  if (!sentences) return;
  const model = checkworthinessModel();
  const result = evaluateCheckworthiness(model, sentences);
  console.log(`sentences: ${result.n}  threshold: ${model.threshold}`);
  console.log(`precision ${fmt(result.precision)}  recall ${fmt(result.recall)}  F1 ${fmt(result.f1)}  accuracy ${fmt(result.accuracy)}`);
  console.log('published best systems on their own data: F1 about 0.83');
}

function runHedges() {
  section('Hedges: news hedge set written here (fictional sentences, eval/sets/news-hedges.ts)');
  const news = evaluateNewsHedges();
  console.log(
    `sentences: ${news.cases}  cue P ${fmt(news.cue.precision)} R ${fmt(news.cue.recall)} F1 ${fmt(news.cue.f1)}  sentence P ${fmt(news.sentence.precision)} R ${fmt(news.sentence.recall)} F1 ${fmt(news.sentence.f1)}`,
  );
  if (process.env.CLAIMGRAPH_EVAL_VERBOSE) for (const error of news.errors) console.log(`  miss: ${error}`);
  section('Hedges: Szeged Wikipedia uncertainty corpus, held-out fifth of the documents');
  const documents = loadSzeged();
  if (!documents) return;
  const { test } = splitSzeged(documents);
  const learned = scoreHedges(test, (text) => findLearnedHedges(text));
  const stage = scoreHedges(test, (text) => findHedges(text));
  // The corpus annotates uncertainty only: approximators ("nearly 8,000") and scope ("in part") are not in its scheme.
  const uncertainty = scoreHedges(test, (text) => findHedges(text).filter((hedge) => hedge.kind !== 'approximator' && hedge.kind !== 'scope'));
  console.log(`sentences: ${test.length}`);
  console.log(`learned cues + context model          cue F1 ${fmt(learned.cue.f1)}  sentence P ${fmt(learned.sentence.precision)} R ${fmt(learned.sentence.recall)} F1 ${fmt(learned.sentence.f1)}`);
  console.log(
    `whole stage, uncertainty kinds        cue F1 ${fmt(uncertainty.cue.f1)}  sentence P ${fmt(uncertainty.sentence.precision)} R ${fmt(uncertainty.sentence.recall)} F1 ${fmt(uncertainty.sentence.f1)}`,
  );
  console.log(`whole stage, every kind (+ approximators, scope) cue F1 ${fmt(stage.cue.f1)}  sentence P ${fmt(stage.sentence.precision)} R ${fmt(stage.sentence.recall)} F1 ${fmt(stage.sentence.f1)}`);
  console.log('published sentence-level F on the CoNLL-2010 Wikipedia task: about 0.57-0.60');
}

function runClaimTypes() {
  section('Claim types: labelled sentences written here (eval/sets/claim-types.tsv), 5-fold cross-validation');
  const examples = loadClaimTypeSet();
  const result = crossValidateClaimTypes(examples);
  const counts = CLAIM_TYPES.map((type) => `${type} ${examples.filter((example) => example.type === type).length}`).join(', ');
  console.log(`sentences: ${examples.length} (${counts})`);
  for (const type of CLAIM_TYPES) {
    const score = result.perType[type];
    console.log(`${type.padEnd(13)} P ${fmt(score.precision)}  R ${fmt(score.recall)}  F1 ${fmt(score.f1)}`);
  }
  console.log(`macro F1 ${fmt(result.macroF1)}  accuracy ${fmt(result.accuracy)}`);
  if (process.env.CLAIMGRAPH_EVAL_VERBOSE) for (const error of result.errors) console.log(`  ${error}`);
}

function runLinks() {
  section('Links: labelled claim pairs written here (eval/sets/link-pairs.tsv), each side analysed by the whole pipeline');
  const result = evaluateLinkPairs();
  console.log(`pairs: ${result.pairs}`);
  for (const [kind, score] of Object.entries(result.perKind)) console.log(`${kind.padEnd(13)} P ${fmt(score.precision)}  R ${fmt(score.recall)}  F1 ${fmt(score.f1)}`);
  if (process.env.CLAIMGRAPH_EVAL_VERBOSE) for (const error of result.errors) console.log(`  ${error}`);
}

function runAttribution() {
  section('Attribution: PolNeAR dev split (cue, source and content spans; exact and overlapping)');
  const result = evaluatePolnear();
  if (!result) return;
  console.log(`documents: ${result.documents}`);
  for (const [name, score] of [
    ['cue', result.cue],
    ['source', result.source],
    ['content', result.content],
  ] as const) {
    console.log(
      `${name.padEnd(8)} exact P ${fmt(score.exact.precision)} R ${fmt(score.exact.recall)} F1 ${fmt(score.exact.f1)}   overlap P ${fmt(score.overlap.precision)} R ${fmt(score.overlap.recall)} F1 ${fmt(score.overlap.f1)}`,
    );
  }
  console.log(
    `cue, not counting cues nested in a gold content span (PolNeAR annotates one attribution per token): overlap P ${fmt(result.cueUnivocal.overlap.precision)} R ${fmt(result.cueUnivocal.overlap.recall)} F1 ${fmt(result.cueUnivocal.overlap.f1)}`,
  );
  const { gold, found, notNamed } = result.noSource;
  console.log(`attributions with no source in the gold: ${gold}; found ${found}; marked not named (anonymous or author) ${notNamed} (${found ? ((100 * notNamed) / found).toFixed(0) : 0}%)`);
  const quotes = evaluateQuoteSpeakers();
  if (quotes) {
    console.log(
      `quotations over several sentences (whole analysis path): ${quotes.quotations}; their sentences ${quotes.sentences}, with the gold source named ${quotes.named} (${((100 * quotes.named) / Math.max(1, quotes.sentences)).toFixed(0)}%); quotations with the source on every sentence ${quotes.whole} (${((100 * quotes.whole) / Math.max(1, quotes.quotations)).toFixed(0)}%)`,
    );
  }
  console.log('published on PARC 3.0 (citron, a trained model): cue F1 0.82, source F1 0.82, content F1 0.59 exact / 0.83 overlap');
}

function runPronouns() {
  section('Pronouns: GAP development and validation (does the pronoun refer to name A, to name B), through analyze');
  for (const split of ['development', 'validation'] as const) {
    const examples = loadGap(split);
    if (!examples) return;
    const result = evaluateGap(examples);
    console.log(
      `${split.padEnd(12)} examples ${result.examples}  P ${fmt(result.precision)} R ${fmt(result.recall)} F1 ${fmt(result.f1)}   pronoun linked to no person: ${result.unlinked}; pronoun or name not found in the analysed text: ${result.lost}; passages refused by ingest: ${result.refused}`,
    );
    console.log(
      `  outcomes: ${Object.entries(result.outcomes)
        .map(([outcome, count]) => `${outcome} ${count}`)
        .join(', ')}`,
    );
  }
  const sources = evaluatePronounSources();
  if (sources) {
    console.log(
      `\npronoun sources of PolNeAR dev labelled by hand here: ${sources.labelled}; read as a source: ${sources.found}; resolved right ${sources.right} (${((100 * sources.right) / sources.labelled).toFixed(0)}% of labelled, ${((100 * sources.right) / Math.max(1, sources.found)).toFixed(0)}% of those read), unresolved ${sources.unresolved}, wrong ${sources.wrong.length}`,
    );
    if (process.env.CLAIMGRAPH_EVAL_VERBOSE) for (const item of sources.wrong) console.log(`  ${item.file} ${item.pronoun}: expected ${item.expected}, got ${item.got}`);
  }
  console.log('published on GAP test: parallelism baseline 0.669, with the page title 0.706 (rule-based); strong neural systems above 0.90');
}

function runNer() {
  section('Entities: CoNLL-2003 valid.txt, entity-level exact match (conlleval)');
  const ours = evaluateNer();
  if (!ours) return;
  const row = (name: string, scores: Record<string, { f1: number }>) =>
    console.log(`${name.padEnd(34)} ${['ALL', 'PER', 'ORG', 'LOC', 'MISC'].map((type) => (scores[type] ? fmt(scores[type].f1) : '  -  ')).join('  ')}`);
  console.log(`${'system'.padEnd(34)} F1     PER    ORG    LOC    MISC`);
  row('claimgraph (this run)', ours);
  const peer = evaluateCompromise();
  if (peer) row('compromise 14 (this run, no MISC)', peer);
  console.log('published, on the test split: Flair 0.931, Stanza 0.921, spaCy RoBERTa 0.916, MITIE 0.881');
  runNerWholePath();
}

function runNerWholePath() {
  // CLAIMGRAPH_CONLL_SPLIT=train reads the tagger's own training split: for finding error classes, not for figures.
  const split = process.env.CLAIMGRAPH_CONLL_SPLIT === 'train' ? 'train' : 'valid';
  section(`Entities through the whole analyze path: CoNLL-2003 ${split}.txt written as plain text, ingested and analysed`);
  const result = evaluateWholePath(split);
  if (!result) return;
  const share = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
  console.log(`documents: ${result.documents}  refused: ${result.refused}  gold entities on results-table lines, left aside: ${result.tableGold}`);
  console.log(
    `gold entities of lead and prose lines present in the analysed text: ${result.present} of ${result.proseGold} (${share(result.present, result.proseGold)}); of headlines and datelines: ${result.presentLead.present} of ${result.presentLead.gold}`,
  );
  const types = ['ALL', 'PER', 'ORG', 'LOC'];
  console.log(`${'PER/ORG/LOC, exact span and type'.padEnd(34)} ${types.map((type) => type.padEnd(5)).join('  ')}`);
  for (const key of ['f1', 'precision', 'recall'] as const) {
    console.log(`${key.padEnd(34)} ${types.map((type) => fmt(result.scores[type]?.[key] ?? 0)).join('  ')}`);
  }
  if (process.env.CLAIMGRAPH_EVAL_VERBOSE) for (const error of result.errors) console.log(`  ${error}`);
}

const only = process.argv[2];
const tasks: Record<string, () => void> = {
  zyte: runZyte,
  pages: runPages,
  numbers: runNumbers,
  tempeval: runTempeval,
  checkworthiness: runCheckworthiness,
  hedges: runHedges,
  claimtypes: runClaimTypes,
  links: runLinks,
  attribution: runAttribution,
  pronouns: runPronouns,
  ner: runNer,
  'ner-whole': runNerWholePath,
};
for (const [name, task] of Object.entries(tasks)) {
  if (!only || only === name) task();
}
