import { modelPath } from '../../model-path.js';
import { readFileSync } from 'node:fs';

/**
 * Attribution cue words learned on PolNeAR's train split (`npm run train:attribution`): words that,
 * where they occur, are part of an attribution cue often enough. They extend the hand-written list
 * of reporting verbs; like the weaker verbs there, they count only with a source-like subject.
 */
export interface AttributionCueFile {
  trainedOn: string;
  minPrecision: number;
  minCount: number;
  cues: Array<{ cue: string; precision: number; count: number }>;
}

export const ATTRIBUTION_CUES_PATH = modelPath('attribution-cues.json');

let learned: Map<string, number> | null = null;

/** The learned cue words, each with the share of its occurrences that were cues. */
export function learnedAttributionCues(): Map<string, number> {
  learned ??= new Map((JSON.parse(readFileSync(ATTRIBUTION_CUES_PATH, 'utf8')) as AttributionCueFile).cues.map((item) => [item.cue, item.precision]));
  return learned;
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Counts, for every lower-case word, how often it stands inside a cue span and how often at all. */
export function countCueWords(documents: Array<{ text: string; cues: Array<{ start: number; end: number }> }>) {
  const inside = new Map<string, number>();
  const total = new Map<string, number>();
  for (const { text, cues } of documents) {
    for (const match of text.matchAll(WORD)) {
      const word = match[0].toLowerCase();
      const start = match.index ?? 0;
      const end = start + match[0].length;
      total.set(word, (total.get(word) ?? 0) + 1);
      if (cues.some((cue) => cue.start <= start && end <= cue.end)) inside.set(word, (inside.get(word) ?? 0) + 1);
    }
  }
  return { inside, total };
}

/** Cue words that are cues in at least `minPrecision` of their occurrences, seen at least `minCount` times as one. */
export function selectCueWords(counts: ReturnType<typeof countCueWords>, minPrecision: number, minCount: number) {
  const cues: AttributionCueFile['cues'] = [];
  for (const [cue, count] of counts.inside) {
    const precision = count / (counts.total.get(cue) ?? count);
    // Adverbs ("reportedly", "openly") hedge or colour a cue; they are not one.
    if (count >= minCount && precision >= minPrecision && !/ly$/.test(cue)) cues.push({ cue, precision: Math.round(precision * 1000) / 1000, count });
  }
  return cues.sort((a, b) => (a.cue < b.cue ? -1 : 1));
}
