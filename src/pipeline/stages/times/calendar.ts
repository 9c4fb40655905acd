/** Small calendar helpers on UTC dates, formatted as TIMEX3 values. */

export const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function ymd(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function ym(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}`;
}

/** ISO-8601 week: "2025-W19". */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${pad(week)}`;
}

export function quarter(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

export type Unit = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'decade' | 'century';

export function shift(date: Date, unit: Unit, amount: number): Date {
  const next = new Date(date.getTime());
  switch (unit) {
    case 'year':
      next.setUTCFullYear(next.getUTCFullYear() + amount);
      break;
    case 'decade':
      next.setUTCFullYear(next.getUTCFullYear() + amount * 10);
      break;
    case 'century':
      next.setUTCFullYear(next.getUTCFullYear() + amount * 100);
      break;
    case 'quarter':
      next.setUTCMonth(next.getUTCMonth() + amount * 3);
      break;
    case 'month':
      next.setUTCMonth(next.getUTCMonth() + amount);
      break;
    case 'week':
      next.setUTCDate(next.getUTCDate() + amount * 7);
      break;
    case 'day':
      next.setUTCDate(next.getUTCDate() + amount);
      break;
    case 'hour':
      next.setTime(next.getTime() + amount * 3_600_000);
      break;
    case 'minute':
      next.setTime(next.getTime() + amount * 60_000);
      break;
  }
  return next;
}

/** The value of `date` at the granularity of `unit`: a year ago -> "1988", a week ago -> "1988-W32". */
export function atGranularity(date: Date, unit: Unit): string {
  switch (unit) {
    case 'century':
      return `${pad(Math.floor(date.getUTCFullYear() / 100), 2)}`;
    case 'decade':
      return `${pad(Math.floor(date.getUTCFullYear() / 10), 3)}X`;
    case 'year':
      return pad(date.getUTCFullYear(), 4);
    case 'quarter':
      return quarter(date);
    case 'month':
      return ym(date);
    case 'week':
      return isoWeek(date);
    default:
      return ymd(date);
  }
}

export const UNIT_CODES: Record<Unit, string> = { year: 'Y', quarter: 'Q', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M', decade: 'DE', century: 'CE' };

/** A duration value: P3Y, P2W, PT5H, PXY for "years". */
export function duration(amount: number | null, unit: Unit): string {
  const time = unit === 'hour' || unit === 'minute';
  // A half year or a half hour is written in the next unit down: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
  if (amount !== null && !Number.isInteger(amount) && (unit === 'year' || unit === 'hour')) {
    const whole = Math.floor(amount);
    const part = Math.round((amount - whole) * (unit === 'year' ? 12 : 60));
    return unit === 'year' ? `P${whole}Y${part}M` : `PT${whole}H${part}M`;
  }
  const count = amount === null ? 'X' : String(amount);
  return `P${time ? 'T' : ''}${count}${UNIT_CODES[unit]}`;
}

export function unitOf(word: string): Unit | null {
  const singular = word.toLowerCase().replace(/s$/, '').replace(/-/g, '');
  if (singular === 'centurie' || singular === 'century') return 'century';
  return (['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'decade'] as Unit[]).find((unit) => unit === singular) ?? null;
}
