import { ClaimgraphError } from '../core/errors.js';

// Checks for option values every command shares: a bad value is a usage error (exit 2) that says
// what the option takes.

export function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new ClaimgraphError('bad_usage', `${name} takes a positive whole number, not "${value}"`);
  return number;
}

export function oneOf<T extends string>(value: string | undefined, name: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new ClaimgraphError('bad_usage', `${name} takes ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

export function isoDate(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new ClaimgraphError('bad_usage', `${name} takes a date as YYYY-MM-DD, not "${value}"`);
  return value;
}
