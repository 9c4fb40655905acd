import { findQuantities, type FoundQuantity } from '../../src/pipeline/stages/quantities/find.js';
import { NUMBERS_CASES, type ExpectedQuantity, type NumbersCase } from './sentences.js';

const close = (a: number | null | undefined, b: number | null | undefined) => a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)));

/** Value (or both ends of a range), unit and qualifier all equal; the counted thing and owner too when the case names them. */
export function sameQuantity(found: FoundQuantity, expected: ExpectedQuantity): boolean {
  return (
    close(found.value, expected.value) &&
    close(found.low, expected.low) &&
    close(found.high, expected.high) &&
    found.unit === expected.unit &&
    found.qualifier === expected.qualifier &&
    (expected.of === undefined || found.of === expected.of) &&
    (expected.subject === undefined || found.subject === expected.subject)
  );
}

export interface NumbersScore {
  sentences: number;
  expected: number;
  found: number;
  right: number;
  precision: number;
  recall: number;
  f1: number;
  /** Sentences whose quantities are exactly the expected ones, no more, no fewer. */
  sentencesExact: number;
  failures: Array<{ group: string; text: string; expected: ExpectedQuantity[]; found: FoundQuantity[] }>;
  byGroup: Record<string, { sentences: number; exact: number }>;
}

/** Scores the quantity finder on the numbers test set: items matched one to one on value, unit and qualifier. */
export function scoreNumbers(cases: NumbersCase[] = NUMBERS_CASES): NumbersScore {
  let expectedCount = 0;
  let foundCount = 0;
  let right = 0;
  let sentencesExact = 0;
  const failures: NumbersScore['failures'] = [];
  const byGroup: NumbersScore['byGroup'] = {};
  for (const item of cases) {
    const found = findQuantities(item.text);
    const unmatched = [...item.expected];
    let matched = 0;
    for (const quantity of found) {
      const index = unmatched.findIndex((expected) => sameQuantity(quantity, expected));
      if (index < 0) continue;
      unmatched.splice(index, 1);
      matched++;
    }
    expectedCount += item.expected.length;
    foundCount += found.length;
    right += matched;
    const exact = matched === item.expected.length && found.length === item.expected.length;
    byGroup[item.group] ??= { sentences: 0, exact: 0 };
    byGroup[item.group].sentences++;
    if (exact) {
      sentencesExact++;
      byGroup[item.group].exact++;
    } else failures.push({ group: item.group, text: item.text, expected: item.expected, found });
  }
  const precision = foundCount ? right / foundCount : 1;
  const recall = expectedCount ? right / expectedCount : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { sentences: cases.length, expected: expectedCount, found: foundCount, right, precision, recall, f1, sentencesExact, failures, byGroup };
}
