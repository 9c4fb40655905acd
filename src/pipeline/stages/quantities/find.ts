/**
 * The engine that reads the quantity grammar (grammar.ts): every rule's matches, the longest where
 * they overlap, minus what is not a quantity (not-quantities.ts); then each kept match gets its
 * qualifier from the words around it and its counted thing from its noun phrase (counted.ts).
 */
import type { QuantityQualifier } from '../../../core/annotations.js';
import { countedThing } from './counted.js';
import { RULES, ruleStarts, type QuantityKind } from './grammar.js';
import { QUALIFIERS, TIME_UNITS, TRAILING_QUALIFIERS } from './lexicon.js';
import { nameWithNumber, notAQuantity, type Candidate } from './not-quantities.js';

export interface FoundQuantity {
  start: number;
  end: number;
  text: string;
  /** The value; null for a range (see low and high) or a vague count ("thousands"). */
  value: number | null;
  /** Ends of a range ("500-600 metric tons"), both included. */
  low?: number;
  high?: number;
  unit: string | null;
  qualifier: QuantityQualifier;
  kind: QuantityKind;
  /** The counted thing as written ("intact forest area"), when the text names it. */
  of: string | null;
  /** Whose the counted thing is ("Microsoft" in "Microsoft's emissions"), when the text says. */
  subject: string | null;
  rule: string;
}

const QUALIFIER_PATTERNS = [...QUALIFIERS]
  .sort((a, b) => b.words.length - a.words.length)
  .map(({ words, qualifier }) => ({ pattern: new RegExp(String.raw`(?<![\p{L}])${words.replace(/\./g, '\\.').replace(/ /g, '\\s+')}\s+$`, 'iu'), qualifier, words }));

function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const start of ruleStarts(text)) {
    for (const rule of RULES) {
      rule.pattern.lastIndex = start;
      const match = rule.pattern.exec(text);
      if (!match || match.index !== start) continue;
      const reading = rule.read(match);
      // A match that reads as nothing (a range whose ends do not rise) leaves room for shorter ones.
      if (!reading) continue;
      const trimmed = match[0].replace(/\s+$/, '');
      found.push({ start, end: start + trimmed.length, rule: rule.name, reading });
    }
  }
  return found;
}

const PRIORITY = new Map(RULES.map((rule) => [rule.name, rule.priority]));

/** The longest match where matches overlap (ties: the higher priority, then the earlier). */
function keepLongest(all: Candidate[]): Candidate[] {
  const ranked = [...all].sort((a, b) => b.end - b.start - (a.end - a.start) || (PRIORITY.get(b.rule) ?? 0) - (PRIORITY.get(a.rule) ?? 0) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Qualifier words before the number ("no more than") and after it ("or so", "-plus"). */
function qualify(text: string, start: number, end: number): { start: number; end: number; qualifier: QuantityQualifier | null } {
  let qualifier: QuantityQualifier | null = null;
  const before = text.slice(Math.max(0, start - 30), start);
  for (const candidate of QUALIFIER_PATTERNS) {
    const match = candidate.pattern.exec(before);
    if (!match) continue;
    // "some of the", "over the years": only a qualifier when the number follows at once.
    qualifier = candidate.qualifier;
    start -= match[0].length;
    break;
  }
  const following = text.slice(end, end + 20);
  for (const trailing of TRAILING_QUALIFIERS) {
    const match = trailing.pattern.exec(following);
    if (!match) continue;
    qualifier ??= trailing.qualifier;
    end += match[0].length;
    break;
  }
  return { start, end, qualifier };
}

/** "two years", "a 6-year-old", "three days later": a stretch of time, which the times stage reads. */
function isDuration(text: string, end: number): boolean {
  const next = /^[\s-]*([\p{L}]+)/u.exec(text.slice(end, end + 16))?.[1] ?? '';
  return TIME_UNITS.test(next);
}

/** Every quantity in `text`: counts, money, percentages, fractions, ratios and ranges, with unit, qualifier and counted thing. */
export function findQuantities(text: string): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  for (const candidate of keepLongest(candidates(text))) {
    if (notAQuantity(text, candidate)) continue;
    const { reading } = candidate;
    if ((reading.kind === 'count' || reading.kind === 'fraction') && isDuration(text, candidate.end)) continue;
    // A vague count takes no qualifier: "about several" is still several.
    const span = reading.kind === 'vague' ? { start: candidate.start, end: candidate.end, qualifier: null } : qualify(text, candidate.start, candidate.end);
    let qualifier: QuantityQualifier = span.qualifier ?? 'exact';
    if (reading.kind === 'vague') qualifier = 'vague';
    // "half a percentage point", "a third of a mile": a fraction of one unit is a measure.
    const ofOneUnit = reading.kind === 'fraction' ? /^\s+an?(?=\s)/.exec(text.slice(span.end, span.end + 4)) : null;
    const measured = ofOneUnit ? countedThing(text, span.start, span.end + ofOneUnit[0].length, null, false) : null;
    const known = reading.unit ?? (measured?.unit && measured.of === null ? measured.unit : null) ?? (reading.kind === 'fraction' || reading.kind === 'ratio' ? 'fraction' : null);
    const counted =
      reading.kind === 'vague' && !/\bof$/i.test(text.slice(candidate.start, candidate.end))
        ? countedThing(text, candidate.start, /^\s+of\b/i.test(text.slice(candidate.end, candidate.end + 4)) ? candidate.end + 3 : candidate.end, null, false)
        : countedThing(text, span.start, span.end, known, reading.kind === 'fraction' || reading.kind === 'ratio', reading.value === 1);
    if (nameWithNumber(text, candidate, counted.unit)) continue;
    found.push({
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      value: reading.value,
      ...(reading.low !== undefined ? { low: reading.low, high: reading.high } : {}),
      unit: counted.unit,
      qualifier,
      kind: reading.kind,
      of: counted.of,
      subject: counted.subject,
      rule: candidate.rule,
    });
  }
  return found;
}
