import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataSet } from './shared-data.js';
import { typeTally, type Prf } from './metrics.js';

export interface ConllSentence {
  words: string[];
  tags: string[];
}

/** CoNLL-2003 as documents of sentences (IOB2 tags), split at -DOCSTART-. */
export function loadConll(split: 'train' | 'valid'): ConllSentence[][] | null {
  const root = dataSet('ner/conll2003');
  if (!root) return null;
  const documents: ConllSentence[][] = [];
  let sentences: ConllSentence[] = [];
  let current: ConllSentence = { words: [], tags: [] };
  const endSentence = () => {
    if (current.words.length > 0) sentences.push(current);
    current = { words: [], tags: [] };
  };
  for (const line of readFileSync(join(root, `${split}.txt`), 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      endSentence();
      if (sentences.length > 0) documents.push(sentences);
      sentences = [];
      continue;
    }
    if (!line.trim()) {
      endSentence();
      continue;
    }
    const fields = line.split(' ');
    current.words.push(fields[0]);
    current.tags.push(fields[fields.length - 1]);
  }
  endSentence();
  if (sentences.length > 0) documents.push(sentences);
  return documents;
}

/** Entity spans from IOB tags: [type, start, end) triples, as conlleval reads them. */
export function spansOf(tags: string[]): Array<[string, number, number]> {
  const spans: Array<[string, number, number]> = [];
  let open: [string, number] | null = null;
  tags.forEach((tag, index) => {
    const type = tag === 'O' ? null : tag.slice(2);
    const begins = tag.startsWith('B-') || (tag.startsWith('I-') && (!open || open[0] !== type));
    if (open && (tag === 'O' || begins)) {
      spans.push([open[0], open[1], index]);
      open = null;
    }
    if (type && begins) open = [type, index];
  });
  if (open) spans.push([(open as [string, number])[0], (open as [string, number])[1], tags.length]);
  return spans;
}

/** Entity-level exact-match precision/recall/F1, overall and per type. */
export function scoreEntities(gold: string[][], predicted: string[][]): Record<string, Prf> {
  const { bump, scores } = typeTally();
  gold.forEach((tags, index) => {
    const goldSpans = spansOf(tags);
    const predictedSpans = spansOf(predicted[index]);
    const goldKeys = new Set(goldSpans.map((span) => span.join(':')));
    for (const span of goldSpans) bump(span[0], 'gold');
    for (const span of predictedSpans) {
      bump(span[0], 'found');
      if (goldKeys.has(span.join(':'))) bump(span[0], 'right');
    }
  });
  return scores();
}
