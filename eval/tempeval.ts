import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findTimes } from '../src/pipeline/stages/times/find.js';
import { prf } from './metrics.js';
import { dataSet } from './shared-data.js';
import { decodeXmlEntities } from './xml-text.js';

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
    text += decodeXmlEntities(body.slice(last, match.index));
    last = (match.index ?? 0) + match[0].length;
    if (match[2] !== 'TIMEX3') continue;
    if (match[1]) {
      const item = open.pop();
      if (item) timexes.push({ start: item.start, end: text.length, value: item.value, type: item.type });
    } else {
      open.push({ start: text.length, value: /value="([^"]*)"/.exec(match[3])?.[1] ?? '', type: /type="([^"]*)"/.exec(match[3])?.[1] ?? '' });
    }
  }
  text += decodeXmlEntities(body.slice(last));
  return { dct, text, timexes };
}

/** One value written two ways: ISO weeks with or without the leading zero ("2000-W7" is "2000-W07"). */
export function sameValue(gold: string, ours: string): boolean {
  const normal = (value: string) => value.replace(/-W0(\d)\b/, '-W$1');
  return normal(gold) === normal(ours);
}

export interface TempevalScore {
  documents: number;
  gold: number;
  found: number;
  detection: { precision: number; recall: number; f1: number };
  value: { precision: number; recall: number; f1: number };
  valueAccuracy: number;
  /** Errors by class: a wrong value, a missed gold expression or a spurious one, named by what the expression is. */
  errors: Record<string, number>;
}

const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** The failure class of one error, from the expression's text and the two values (ours may be absent). */
export function errorClass(kind: 'wrong' | 'missed' | 'spurious', text: string, gold: string | null, ours: string | null): string {
  const values = `${gold ?? ''} ${ours ?? ''}`;
  let what = 'other';
  if (/T(MO|AF|EV|NI)\b/.test(values)) what = 'part-of-day';
  else if (WEEKDAY.test(text)) what = 'weekday';
  else if (/\b(later|earlier|before|after|ago)\b/i.test(text)) what = 'relative (ago/earlier/later)';
  else if (/_REF/.test(values)) what = 'present/past/future reference';
  else if (/\bquarter|period\b|Q\d|-H\d/i.test(`${text} ${values}`)) what = 'quarter or fiscal period';
  else if (/^P|\bP\S/.test(values)) what = 'duration';
  else if (MONTH_NAME.test(text)) what = 'month or day: year chosen';
  else if (/\b(week|month|year)\b/i.test(text)) what = 'this/last/next week-month-year';
  else if (/\d0s\b|\b\d{3}X?\b/.test(`${text} ${values}`)) what = 'decade';
  else if (/^\d{4}$/.test(text.trim())) what = 'bare year';
  return `${kind}: ${what}`;
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
  const errors: Record<string, number> = {};
  const count = (name: string) => (errors[name] = (errors[name] ?? 0) + 1);
  for (const corpus of ['TimeBank', 'AQUAINT']) {
    for (const name of readdirSync(join(root, corpus))
      .filter((file) => file.endsWith('.tml'))
      .sort()) {
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
          if (sameValue(match.value, time.value)) valueCorrect++;
          else count(errorClass('wrong', time.text, match.value, time.value));
        } else count(errorClass('spurious', time.text, null, time.value));
      }
      for (const timex of timexes) {
        if (ours.some((time) => time.start < timex.end && timex.start < time.end)) goldDetected++;
        else count(errorClass('missed', text.slice(timex.start, timex.end), timex.value, null));
      }
    }
  }
  return { documents, gold, found, detection: prf(detected, found, gold, goldDetected), value: prf(valueCorrect, found, gold), valueAccuracy: detected ? valueCorrect / detected : 0, errors };
}
