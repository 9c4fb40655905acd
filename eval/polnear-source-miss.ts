// Sorts the gold sources claimgraph misses on a PolNeAR split into classes: the cue missed too, or the cue found
// with no source or another one, by the shape of the gold frame (source after the cue, "according to", a
// possessor, a pronoun, ...). SPLIT=train|dev|heldout (heldout: the fifth of train the training script holds
// out, with CUE_HELDOUT_PATH's classifier); SHOW=<class> prints examples.
import { readFileSync } from 'node:fs';
import { inHeldOutFifth, loadPolnear, predictedAttributions } from './polnear.js';
import { createAttributionStage } from '../src/pipeline/stages/attribution/index.js';
import { toCueModel, type CueModelFile } from '../src/pipeline/stages/attribution/cue-model.js';
import { spansOverlap as overlaps } from '../src/core/span.js';

const split = process.env.SPLIT ?? 'dev';
const all = loadPolnear(split === 'dev' ? 'dev' : 'train');
if (!all) {
  console.log('PolNeAR is absent: nothing to sort');
  process.exit(0);
}
const heldOut = split === 'heldout' && process.env.CUE_HELDOUT_PATH;
const documents = split === 'heldout' ? all.filter((_, index) => inHeldOutFifth(index)) : all;
const stage = heldOut ? createAttributionStage(undefined, toCueModel(JSON.parse(readFileSync(heldOut, 'utf8')) as CueModelFile)) : undefined;
const classes = new Map<string, number>();
const examples = new Map<string, string[]>();
let goldSources = 0;
const bump = (key: string, example: string) => {
  classes.set(key, (classes.get(key) ?? 0) + 1);
  if (process.env.SHOW && key.includes(process.env.SHOW)) examples.set(key, [...(examples.get(key) ?? []), example]);
};

/** The shape of a gold frame, read from the words around its source and cue. */
function shapeOf(text: string, source: { start: number; end: number }, cue: { start: number; end: number }): string {
  const sourceText = text.slice(source.start, source.end);
  const cueText = text.slice(cue.start, cue.end).toLowerCase();
  if (/according to/.test(cueText)) return 'according to';
  if (/^(he|she|they|it|we|i|you|him|her|them)$/i.test(sourceText)) return 'pronoun source';
  if (/^(his|her|their|its|our|my)$/i.test(sourceText) || /['’]s?$/.test(sourceText)) return 'possessor source';
  if (source.start > cue.end) {
    const between = text.slice(cue.end, source.start);
    if (/\bby\s*$/.test(between)) return 'by-agent after cue';
    if (/\b(from|of)\s+$/.test(between)) return 'from/of source after cue';
    if (between.trim() === '') return 'source right after cue';
    return 'source after cue';
  }
  const between = text.slice(source.end, cue.start);
  if (/,/.test(between) && between.length > 3) return 'apposition between';
  if (between.trim() === '') return 'source right before cue';
  return 'words between source and cue';
}

for (const { text, gold } of documents) {
  const found = stage ? predictedAttributions(text, stage) : predictedAttributions(text);
  for (const item of gold) {
    if (!item.source) continue;
    goldSources++;
    const source = item.source;
    if (found.some((level) => level.sourceSpan && overlaps(level.sourceSpan, source))) continue;
    const cue = item.cue;
    const example =
      `${text.slice(Math.max(0, Math.min(source.start, cue?.start ?? source.start) - 60), Math.max(source.end, cue?.end ?? 0) + 60)}`.replace(/\s+/g, ' ') +
      `  [source: ${text.slice(source.start, source.end)} | cue: ${cue ? text.slice(cue.start, cue.end) : '-'}]`;
    if (!cue) {
      bump('no gold cue', example);
      continue;
    }
    const level = found.find((candidate) => candidate.cueSpan && overlaps(candidate.cueSpan, cue));
    const shape = shapeOf(text, source, cue);
    if (!level) bump(`cue missed\t${shape}`, example);
    else if (!level.sourceSpan || level.kind === 'author') bump(`cue found, no source\t${shape}\t${level.provenance.rule.replace(/^attribution\./, '')}`, `${example} [found: ${level.cue}]`);
    else bump(`cue found, other source\t${shape}\t${level.provenance.rule.replace(/^attribution\./, '')}`, `${example} [found source: ${level.source}]`);
  }
}
const missed = [...classes.values()].reduce((sum, value) => sum + value, 0);
console.log(`gold sources ${goldSources}, missed ${missed}`);
const top = Number(process.env.TOP ?? 50);
for (const [key, value] of [...classes].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${value}\t${key}`);
for (const [key, list] of examples) {
  console.log(`\n## ${key}`);
  for (const example of list.slice(0, Number(process.env.EXAMPLES ?? 12))) console.log(`> ${example}`);
}
