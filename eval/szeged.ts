import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotatedSentence } from '../src/pipeline/stages/hedges/learn.js';
import { spansOverlap as overlaps } from '../src/core/span.js';
import { prf } from './metrics.js';
import { dataSet } from './shared-data.js';
import { decodeXmlEntities } from './xml-text.js';

const KINDS: Record<string, string> = {
  speculation_modal_probable_: 'epistemic',
  'speculation_hypo_doxastic _': 'doxastic',
  'speculation_hypo_condition _': 'conditional',
  'speculation_hypo_investigation _': 'investigation',
};

/** The Szeged Wikipedia uncertainty corpus as documents of sentences with cue spans (tags removed). */
export function loadSzeged(): AnnotatedSentence[][] | null {
  const root = dataSet('hedging/szeged');
  if (!root) return null;
  const xml = readFileSync(join(root, 'wiki.xml'), 'utf8');
  const documents: AnnotatedSentence[][] = [];
  for (const document of xml.matchAll(/<Document\b[\s\S]*?<\/Document>/g)) {
    const sentences: AnnotatedSentence[] = [];
    for (const sentence of document[0].matchAll(/<DocumentPart type="Text">([\s\S]*?)<\/DocumentPart>/g)) {
      for (const inner of sentence[1].matchAll(/<Sentence[^>]*>([\s\S]*?)<\/Sentence>/g)) {
        let text = '';
        const cues: AnnotatedSentence['cues'] = [];
        const open: Array<{ start: number; kind: string | null }> = [];
        let last = 0;
        for (const tag of inner[1].matchAll(/<(\/?)(\w+)([^>]*)>/g)) {
          text += decodeXmlEntities(inner[1].slice(last, tag.index));
          last = (tag.index ?? 0) + tag[0].length;
          if (tag[1]) {
            const item = open.pop();
            if (item?.kind) cues.push({ start: item.start, end: text.length, kind: item.kind });
          } else {
            const type = /type="([^"]*)"/.exec(tag[3])?.[1] ?? '';
            open.push({ start: text.length, kind: tag[2] === 'ccue' ? (KINDS[type] ?? 'epistemic') : null });
          }
        }
        text += decodeXmlEntities(inner[1].slice(last));
        sentences.push({ text, cues });
      }
    }
    if (sentences.length > 0) documents.push(sentences);
  }
  return documents;
}

/** A fixed split by document: every fifth document is held out for testing, the rest train. */
export function splitSzeged(documents: AnnotatedSentence[][]) {
  return {
    train: documents.filter((_, index) => index % 5 !== 0).flat(),
    test: documents.filter((_, index) => index % 5 === 0).flat(),
  };
}

export interface HedgeScore {
  cue: { precision: number; recall: number; f1: number };
  sentence: { precision: number; recall: number; f1: number };
}

/** Cue-level (overlapping spans) and sentence-level (uncertain or not) scores of a cue finder. */
export function scoreHedges(sentences: AnnotatedSentence[], find: (text: string) => Array<{ start: number; end: number }>): HedgeScore {
  let cueTp = 0;
  let cueFp = 0;
  let cueFn = 0;
  let sentenceTp = 0;
  let sentenceFp = 0;
  let sentenceFn = 0;
  for (const sentence of sentences) {
    const found = find(sentence.text);
    for (const cue of found) sentence.cues.some((gold) => overlaps(gold, cue)) ? cueTp++ : cueFp++;
    for (const gold of sentence.cues) if (!found.some((cue) => overlaps(gold, cue))) cueFn++;
    const predicted = found.length > 0;
    const actual = sentence.cues.length > 0;
    if (predicted && actual) sentenceTp++;
    if (predicted && !actual) sentenceFp++;
    if (!predicted && actual) sentenceFn++;
  }
  return { cue: prf(cueTp, cueTp + cueFp, cueTp + cueFn), sentence: prf(sentenceTp, sentenceTp + sentenceFp, sentenceTp + sentenceFn) };
}
