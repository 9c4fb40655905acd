import { ClaimgraphError } from '../core/errors.js';

// Checks for option values every command shares: a bad value is a usage error (exit 2) that says
// what the option takes.

/** Larger than any limit a command needs, and far inside what every database integer holds. */
export const MAX_COUNT = 1_000_000_000;

export function positiveInteger(value: string | undefined, name: string, fallback: number, max = MAX_COUNT): number {
  if (value === undefined) return fallback;
  const number = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (Number.isFinite(number) && number > max) throw new ClaimgraphError('bad_usage', `${name} takes a whole number from 1 to ${max.toLocaleString('en')}, not "${value}"`);
  if (!Number.isSafeInteger(number) || number <= 0) throw new ClaimgraphError('bad_usage', `${name} takes a positive whole number, not "${value}"`);
  if (number > max) throw new ClaimgraphError('bad_usage', `${name} takes a whole number from 1 to ${max.toLocaleString('en')}, not "${value}"`);
  return number;
}

export function oneOf<T extends string>(value: string | undefined, name: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new ClaimgraphError('bad_usage', `${name} takes ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

/** A real calendar date as YYYY-MM-DD: "2025-13-45" and "2025-02-30" are refused, not rolled over. */
export function isoDate(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  const real = match && date && date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
  if (!real) throw new ClaimgraphError('bad_usage', `${name} takes a date as YYYY-MM-DD (a real one), not "${value}"`);
  return value;
}

/** Two dates that bound a range must come in order. */
export function dateRange(from: string | undefined, to: string | undefined): void {
  if (from !== undefined && to !== undefined && from > to) throw new ClaimgraphError('bad_usage', `--from ${from} is after --to ${to}`);
}
