import type { LinkableClaim } from './linkable.js';

type Quantity = LinkableClaim['quantities'][number];

/** The values a number with its qualifier allows: "nearly 8,000" is at most 8,000; "over 8,000" is more. */
export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

const JUST_UNDER = /^(?:nearly|almost|just under|close to|up to|shy of|not quite)\b/i;

export function intervalOf(quantity: Quantity): Interval | null {
  // A range ("500-600 tonnes", "between 10 and 20") is its own interval.
  if (quantity.low !== undefined && quantity.high !== undefined && Number.isFinite(quantity.low) && Number.isFinite(quantity.high)) {
    return { low: quantity.low, high: quantity.high, lowOpen: false, highOpen: false };
  }
  const value = quantity.value;
  if (value === null || !Number.isFinite(value)) return null;
  switch (quantity.qualifier) {
    case 'exact':
      return { low: value, high: value, lowOpen: false, highOpen: false };
    case 'approximate':
      if (JUST_UNDER.test(quantity.text)) return { low: value * 0.85, high: value, lowOpen: false, highOpen: false };
      return { low: value * 0.85, high: value * 1.15, lowOpen: false, highOpen: false };
    case 'at_least':
      return { low: value, high: Infinity, lowOpen: false, highOpen: true };
    case 'more_than':
      return { low: value, high: Infinity, lowOpen: true, highOpen: true };
    case 'at_most':
      return { low: 0, high: value, lowOpen: false, highOpen: false };
    case 'less_than':
      return { low: 0, high: value, lowOpen: false, highOpen: true };
    default:
      return null;
  }
}

export function intervalsOverlap(a: Interval, b: Interval): boolean {
  if (a.high < b.low || b.high < a.low) return false;
  if (a.high === b.low) return !a.highOpen && !b.lowOpen;
  if (b.high === a.low) return !b.highOpen && !a.lowOpen;
  return true;
}

/** "fighters" and "fighter", "Rifles" and "rifles": the thing counted, for comparing counts. */
export function unitKey(unit: string | null): string | null {
  if (!unit) return null;
  const word = unit.toLowerCase().trim();
  return word.endsWith('s') && word.length > 3 ? word.slice(0, -1) : word;
}

export function describeInterval(interval: Interval): string {
  const n = (value: number) => Math.round(value).toLocaleString('en-US');
  if (interval.high === Infinity) return `${interval.lowOpen ? '>' : '≥'} ${n(interval.low)}`;
  if (interval.low === interval.high) return `= ${n(interval.low)}`;
  if (interval.low === 0) return `${interval.highOpen ? '<' : '≤'} ${n(interval.high)}`;
  return `${n(interval.low)}–${n(interval.high)}`;
}
