import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { attributionLevels, type Attribution } from '../src/core/annotations.js';
import type { Analysis } from '../src/core/analysis.js';
import { analyzeText } from '../src/analyze.js';
import { emptyMeta, type Document } from '../src/core/document.js';
import { createPipeline } from '../src/pipeline/runner.js';
import { attributionStage } from '../src/pipeline/stages/attribution/index.js';
import { claimsStage } from '../src/pipeline/stages/claims/index.js';
import { sentencesStage } from '../src/pipeline/stages/sentences/index.js';
import { spansOverlap as overlaps } from '../src/core/span.js';
import { prf } from './metrics.js';
import { dataSet } from './shared-data.js';

interface Span {
  start: number;
  end: number;
}

interface GoldAttribution {
  source: Span | null;
  cue: Span | null;
  content: Span | null;
}

/** brat offsets count code points; JavaScript strings count UTF-16 code units. */
function codePointToUnit(text: string): (index: number) => number {
  const map: number[] = [];
  let unit = 0;
  for (const char of text) {
    map.push(unit);
    unit += char.length;
  }
  map.push(unit);
  return (index) => map[Math.min(index, map.length - 1)];
}

export function readPolnearDocument(annPath: string, text: string): GoldAttribution[] {
  const toUnit = codePointToUnit(text);
  const spans = new Map<string, Span>();
  const attributions: GoldAttribution[] = [];
  for (const line of readFileSync(annPath, 'utf8').split('\n')) {
    const fields = line.split('\t');
    if (fields.length < 2) continue;
    if (line.startsWith('T')) {
      // "Cue 33 47", or a discontinuous "Cue 33 40;42 47": taken from its first start to its last end.
      const positions = fields[1].split(/[ ;]/).slice(1).map(Number);
      spans.set(fields[0], { start: toUnit(positions[0]), end: toUnit(positions[positions.length - 1]) });
    } else if (line.startsWith('E')) {
      const parts = Object.fromEntries(fields[1].split(' ').map((part) => part.split(':')));
      attributions.push({ source: spans.get(parts.Source) ?? null, cue: spans.get(parts.Cue) ?? null, content: spans.get(parts.Content) ?? null });
    }
  }
  return attributions;
}

/**
 * Whether the article at `index` of PolNeAR train is in the held-out fifth (every fifth article): the
 * training script learns on the other four fifths and picks its cut-offs here, and rule changes are checked here before dev.
 */
export const inHeldOutFifth = (index: number): boolean => index % 5 === 0;

/** The annotated documents of a PolNeAR split, with gold spans in UTF-16 code units. */
export function loadPolnear(split: 'train' | 'dev'): Array<{ name: string; text: string; gold: GoldAttribution[] }> | null {
  const root = dataSet(`attribution/polnear/data/${split}`);
  if (!root) return null;
  const documents = [];
  for (const name of readdirSync(join(root, 'attributions'))
    .filter((file) => file.endsWith('.ann'))
    .sort()) {
    const textPath = join(root, 'text', name.replace(/_[0-9a-f]{4}\.ann$/, '.txt'));
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    documents.push({ name, text, gold: readPolnearDocument(join(root, 'attributions', name), text) });
  }
  return documents;
}

/** The claims of a raw text, as the attribution stage reads them (sentences, then claim units). */
export function claimsOf(text: string) {
  const document: Document = { id: 'polnear', source: 'polnear', text, meta: emptyMeta('text', 'raw'), regions: [{ kind: 'body', start: 0, end: text.length }], removed: [], links: [], parts: [] };
  return createPipeline([sentencesStage, claimsStage]).run(document).claims;
}

/** What claimgraph finds in a raw text: attribution levels with cue, source and content spans. */
export function predictedAttributions(text: string, stage = attributionStage): Attribution[] {
  const document: Document = { id: 'polnear', source: 'polnear', text, meta: emptyMeta('text', 'raw'), regions: [{ kind: 'body', start: 0, end: text.length }], removed: [], links: [], parts: [] };
  const analysis = createPipeline([sentencesStage, claimsStage, stage]).run(document);
  const levels: Attribution[] = [];
  for (const claim of analysis.claims) {
    if (claim.attribution.kind === 'author' && !claim.attribution.cueSpan) continue;
    const chain = claim.attribution.chain.length > 0 ? claim.attribution.chain : [claim.attribution];
    // PolNeAR gives each token one attribution at most: a level nested inside another's quotation is
    // never annotated, so only the outer levels are scored (the nested ones stay in claimgraph's output).
    const outer = chain.filter((level) => !level.nested);
    levels.push(...outer);
  }
  return levels;
}

interface Counts {
  exact: { tp: number; found: number; gold: number };
  overlap: { tpFound: number; tpGold: number; found: number; gold: number };
}

const fresh = (): Counts => ({ exact: { tp: 0, found: 0, gold: 0 }, overlap: { tpFound: 0, tpGold: 0, found: 0, gold: 0 } });

function count(counts: Counts, found: Span[], gold: Span[]) {
  counts.exact.found += found.length;
  counts.exact.gold += gold.length;
  counts.overlap.found += found.length;
  counts.overlap.gold += gold.length;
  for (const span of found) {
    if (gold.some((other) => other.start === span.start && other.end === span.end)) counts.exact.tp++;
    if (gold.some((other) => overlaps(other, span))) counts.overlap.tpFound++;
  }
  for (const span of gold) if (found.some((other) => overlaps(other, span))) counts.overlap.tpGold++;
}

function scores(counts: Counts) {
  return {
    exact: prf(counts.exact.tp, counts.exact.found, counts.exact.gold),
    overlap: prf(counts.overlap.tpFound, counts.overlap.found, counts.overlap.gold, counts.overlap.tpGold),
  };
}

/** Cue, source and content span scores on PolNeAR's dev split (or given documents), exact and overlapping. */
export function evaluatePolnear(documentsToScore = loadPolnear('dev'), find: (text: string) => Attribution[] = predictedAttributions) {
  if (!documentsToScore) return null;
  const cue = fresh();
  const source = fresh();
  const content = fresh();
  const cueUnivocal = fresh();
  let noSourceGold = 0;
  let noSourceFoundNotNamed = 0;
  let noSourceFound = 0;
  let documents = 0;
  for (const { text, gold } of documentsToScore) {
    const found = find(text);
    documents++;
    const goldCues = gold.flatMap((item) => (item.cue ? [item.cue] : []));
    count(
      cue,
      found.flatMap((item) => (item.cueSpan ? [item.cueSpan] : [])),
      goldCues,
    );
    // PolNeAR is univocal (a token belongs to one attribution at most), so an attribution nested in
    // another's content is never annotated. Scored apart: cues found inside a gold content span that
    // match no gold cue are left out, neither right nor wrong.
    const goldContents = gold.flatMap((item) => (item.content ? [item.content] : []));
    const scorable = found
      .flatMap((item) => (item.cueSpan ? [item.cueSpan] : []))
      .filter((span) => goldCues.some((other) => overlaps(other, span)) || !goldContents.some((other) => other.start <= span.start && span.end <= other.end));
    count(cueUnivocal, scorable, goldCues);
    // A level of the writer's own voice has no source span, except where "I" or "we" speaks ("I think ...", "we know"),
    // which PolNeAR marks as the source: that span is scored like any other.
    count(
      source,
      found.flatMap((item) => (item.sourceSpan ? [item.sourceSpan] : [])),
      gold.flatMap((item) => (item.source ? [item.source] : [])),
    );
    count(
      content,
      found.flatMap((item) => (item.contentSpan ? [item.contentSpan] : [])),
      gold.flatMap((item) => (item.content ? [item.content] : [])),
    );
    for (const item of gold) {
      if (item.source || !item.cue) continue;
      noSourceGold++;
      const match = found.find((level) => level.cueSpan && overlaps(level.cueSpan, item.cue!));
      if (match) {
        noSourceFound++;
        if (match.kind !== 'named') noSourceFoundNotNamed++;
      }
    }
  }
  return {
    documents,
    cue: scores(cue),
    cueUnivocal: scores(cueUnivocal),
    source: scores(source),
    content: scores(content),
    noSource: { gold: noSourceGold, found: noSourceFound, notNamed: noSourceFoundNotNamed },
  };
}

/**
 * Quotations that run over several sentences: of the gold attributions whose quoted content spans two
 * or more sentences, the share of those sentences whose claim names the gold source (a level whose
 * source span overlaps it), through the whole analysis path (quotations and speakers included).
 */
export function evaluateQuoteSpeakers(documentsToScore = loadPolnear('dev'), analyse: (text: string) => Analysis = (text) => analyzeText(`PolNeAR article\n\n${text}`)) {
  if (!documentsToScore) return null;
  let quotations = 0;
  let sentences = 0;
  let named = 0;
  let whole = 0;
  for (const { text, gold } of documentsToScore) {
    const analysis = analyse(text);
    const shift = analysis.document.text.indexOf(text.slice(0, 80));
    if (shift === -1) continue;
    for (const item of gold) {
      if (!item.content || !item.source || !/[“"]/.test(text.slice(item.content.start, item.content.start + 2))) continue;
      const start = item.content.start + shift;
      const end = item.content.end + shift;
      const inside = analysis.claims.filter((claim) => claim.start < end && start < claim.end && Math.min(claim.end, end) - Math.max(claim.start, start) > 10);
      const covered = analysis.sentences.filter((sentence) => sentence.start < end && start < sentence.end && Math.min(sentence.end, end) - Math.max(sentence.start, start) > 10);
      if (covered.length < 2) continue;
      quotations++;
      const source = { start: item.source.start + shift, end: item.source.end + shift };
      let right = 0;
      for (const sentence of covered) {
        sentences++;
        const claim =
          inside.find((candidate) => candidate.start <= sentence.start + 1 && sentence.end - 1 <= candidate.end) ??
          inside.find((candidate) => candidate.start < sentence.end && sentence.start < candidate.end);
        const names = claim && attributionLevels(claim.attribution).some((level) => level.sourceSpan && overlaps(level.sourceSpan, source));
        if (names) {
          named++;
          right++;
        }
      }
      if (right === covered.length) whole++;
    }
  }
  return { quotations, sentences, named, whole };
}
