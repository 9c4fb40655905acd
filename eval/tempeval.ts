import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findTimes } from '../src/pipeline/stages/times/find.js';
import { prf } from './metrics.js';
import { dataSet } from './shared-data.js';

interface GoldTimex {
  start: number;
  end: number;
  value: string;
  type: string;
}

/** Reads a TimeML file: the document creation time, the plain text, and its TIMEX3 spans in that text. */
export function readTimeml(xml: string): { dct: string | null; text: string; timexes: GoldTimex[] } {
  const dct = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml)?.[1] ?? null;
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: Array<{ start: number; value: string; type: string }> = [];
  const tag = /<(\/?)([A-Z0-9]+)([^>]*)>/g;
  let last = 0;
  for (const match of body.matchAll(tag)) {
    text += decode(body.slice(last, match.index));
    last = (match.index ?? 0) + match[0].length;
    if (match[2] !== 'TIMEX3') continue;
    if (match[1]) {
      const item = open.pop();
      if (item) timexes.push({ start: item.start, end: text.length, value: item.value, type: item.type });
    } else {
      open.push({ start: text.length, value: /value="([^"]*)"/.exec(match[3])?.[1] ?? '', type: /type="([^"]*)"/.exec(match[3])?.[1] ?? '' });
    }
  }
  text += decode(body.slice(last));
  return { dct, text, timexes };
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export interface TempevalScore {
  documents: number;
  gold: number;
  found: number;
  detection: { precision: number; recall: number; f1: number };
  value: { precision: number; recall: number; f1: number };
  valueAccuracy: number;
}


/**
 * TempEval-3 style scores against each document's creation time: detection with relaxed (overlapping)
 * spans, and value F1, where a found expression counts only if it overlaps a gold one with the same value.
 */
export function evaluateTempeval(): TempevalScore | null {
  const root = dataSet('time/tempeval3-tbaq/data/TBAQ-cleaned');
  if (!root) return null;
  let gold = 0;
  let found = 0;
  let detected = 0;
  let goldDetected = 0;
  let valueCorrect = 0;
  let documents = 0;
  for (const corpus of ['TimeBank', 'AQUAINT']) {
    for (const name of readdirSync(join(root, corpus)).filter((file) => file.endsWith('.tml')).sort()) {
      const { dct, text, timexes } = readTimeml(readFileSync(join(root, corpus, name), 'utf8'));
      const reference = dct && /^\d{4}-\d{2}-\d{2}/.test(dct) ? new Date(`${dct.slice(0, 10)}T12:00:00Z`) : null;
      const ours = findTimes(text, reference);
      documents++;
      gold += timexes.length;
      found += ours.length;
      for (const time of ours) {
        const match = timexes.find((timex) => time.start < timex.end && timex.start < time.end);
        if (match) {
          detected++;
          if (match.value === time.value) valueCorrect++;
        }
      }
      for (const timex of timexes) if (ours.some((time) => time.start < timex.end && timex.start < time.end)) goldDetected++;
    }
  }
  return { documents, gold, found, detection: prf(detected, found, gold, goldDetected), value: prf(valueCorrect, found, gold), valueAccuracy: detected ? valueCorrect / detected : 0 };
}
