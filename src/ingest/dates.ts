/**
 * Calendar dates as a reader sees them on the page, in the common formats and locale orders:
 * "November 8, 2023 at 11:30 p.m.", "8 November 2023", "19.01.2020", "03/04/2024", "2024-03-04".
 * The date is the one written: a time or zone after it never moves it to another (UTC) day.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const iso = (year: number, month: number, day: number): string | null => {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 31 February
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};
const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));

interface DateRule {
  name: string;
  pattern: RegExp;
  read: (match: RegExpExecArray, monthFirst: boolean) => string | null;
}

/** Each rule finds one written form; the first that matches in a line wins. */
const DATE_RULES: DateRule[] = [
  { name: 'iso', pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])) },
  {
    name: 'month-day-year', // November 8, 2023 · Nov. 8 2023 · Wednesday, November 8th, 2023
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => iso(Number(m[3]), MONTHS[m[1].toLowerCase()], Number(m[2])),
  },
  {
    name: 'day-month-year', // 8 November 2023 · 8th Nov, 2023 · 8. November 2023
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => iso(Number(m[3]), MONTHS[m[2].toLowerCase()], Number(m[1])),
  },
  { name: 'year-slash', pattern: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, read: (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])) },
  {
    name: 'dotted-day-first', // 19.01.2020 (dots are written day first everywhere they are used)
    pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b/,
    read: (m) => iso(fullYear(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    name: 'slashed', // 03/04/2024: the day is whichever part cannot be a month, else the page's locale order
    pattern: /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b/,
    read: (m, monthFirst) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (a > 12) return iso(Number(m[3]), b, a);
      if (b > 12) return iso(Number(m[3]), a, b);
      return monthFirst ? iso(Number(m[3]), a, b) : iso(Number(m[3]), b, a);
    },
  },
];

/** The first calendar date written in `text`, as YYYY-MM-DD, with the rule that read it. */
/** A day and month with no year ("Posted Nov 18, 8:19 PM"): read only when the year is known from elsewhere. */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})`, 'i');

export function findCalendarDate(text: string, monthFirst = true): { date: string; rule: string; index: number; end: number } | null {
  let best: { date: string; rule: string; index: number; end: number } | null = null;
  for (const rule of DATE_RULES) {
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const date = rule.read(match, monthFirst);
    if (date && (!best || match.index < best.index)) best = { date, rule: rule.name, index: match.index, end: match.index + match[0].length };
  }
  return best;
}

/** Whether a locale writes the month first in numeric dates (en-US and a few others). */
export function monthFirstLocale(language: string | null): boolean {
  if (!language) return true;
  return /^en(-us)?$/i.test(language.trim()) || /-(us|ph|fm|mh|pw)$/i.test(language.trim());
}

/**
 * A visible date line: a short line that is only a date with its label and time
 * ("Date 19.01.2020", "PUBLISHED: November 8, 2023 at 11:30 p.m.", "Posted on 3 March 2024 | 10:14").
 */
const DATE_LABEL = /^(?:[|•·\s]*)(?:(?:date|dated|published|posted|updated|last updated|first published|on|released|created|veröffentlicht|publié le)\b(?:\s+on)?\s*[:\-–—]?\s*)?/i;

const TIME_AFTER = /^[\s,|•·–—-]*(?:(?:at\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?\s?m\.?)?)?\s*(?:\(?(?:[A-Z]{2,5}|(?:GMT|UTC)\s*[+-]?\s*\d{0,2}(?::?\d{2})?)\)?)?\s*$/i;

export function dateLineDate(line: string, monthFirst = true, year: number | null = null): { date: string; rule: string; updated: boolean } | null {
  const trimmed = line.trim();
  if (trimmed.length > 90 || trimmed.length < 6) return null;
  let found = findCalendarDate(trimmed, monthFirst);
  if (!found && year) {
    const match = MONTH_DAY.exec(trimmed);
    const date = match ? iso(year, MONTHS[match[1].toLowerCase()], Number(match[2])) : null;
    if (match && date) found = { date, rule: 'month-day+year-from-metadata', index: match.index, end: match.index + match[0].length };
  }
  if (!found) return null;
  const label = DATE_LABEL.exec(trimmed)![0];
  // Only a label, a weekday, or a byline may stand before the date; nothing but a time and zone after it.
  // A time (and zone) may stand before the date too: "Published 11:11 PM EST Nov 19, 2019".
  const before = trimmed
    .slice(label.length, found.index)
    .replace(/\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}\b)?/gi, '')
    .replace(/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b,?|\b(mon|tue|wed|thu|fri|sat|sun)\b\.?,?|[|•·,\s]/gi, '');
  if (before.length > 0 && !/^by\b/i.test(trimmed)) return null;
  if (!TIME_AFTER.test(trimmed.slice(found.end))) return null;
  return { date: found.date, rule: `date-line.${found.rule}`, updated: /updated/i.test(label) };
}
