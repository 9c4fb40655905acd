import { sectionLabels } from './header.js';

/** A dateline of plain-text news: a place and a date on a line of their own ("LONDON 1996-08-30", "NICE, France, Aug. 30, 1996"). */
export interface PlaceDateline {
  place: string;
  /** ISO date (YYYY-MM-DD) when the line gives a year, else null. */
  date: string | null;
  /** The date as written. */
  dateText: string;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = `\\d{4}-\\d{2}-\\d{2}|${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?`;
// Capitalised words: "LONDON", "ST. LOUIS", "N'DJAMENA", "Panama City"; then an optional region ("MILWAUKEE, Wisconsin").
const PLACE_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const PLACE = `${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3}(?:,\\s*${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,2})?`;
const LINE = new RegExp(`^(${PLACE})(?:\\s*[,–—-]\\s*|\\s+)(${DATE})(?:\\s*\\((?:\\p{Lu}[\\p{L}.]*\\s?){1,3}\\))?\\s*[–—-]?\\s*$`, 'u');

/** The place and date of a dateline line, or null when the line is anything else. */
export function placeDateline(line: string): PlaceDateline | null {
  if (line.length > 80) return null;
  const match = LINE.exec(line.trim());
  if (!match) return null;
  const place = match[1].replace(/[,\s]+$/, '');
  // "Published May 9, 2025" is a date line; "World News 2025-01-01" is section labels.
  if (/^(?:published|updated|posted|first|last|by|on)\b/i.test(place) || sectionLabels(place)) return null;
  // "Tuesday, 1 March" is a date alone, not a place and a date.
  if (/^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|updated)$/i.test(place) || new RegExp(`^${MONTH}$`).test(place)) return null;
  const dateText = match[2];
  return { place, date: isoDate(dateText), dateText };
}

/** A place in capitals opening a paragraph ("VELDOR", "ST. MARTEN, Veloria"), then a date and or an outlet in brackets, then a dash. */
const INLINE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.-]*){0,3}(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?)(?:,\\s*(${DATE}))?(?:\\s*\\((?:\\p{Lu}[\\p{L}.]*\\s?){1,3}\\))?\\s*[–—-]\\s`,
  'u',
);

/**
 * A dateline that opens the first paragraph of a wire story: "VELDOR, March 2 (Wirenews) - Dockworkers ...".
 * The place must be in capitals and followed by a date or an outlet in brackets, so "NATO - the alliance"
 * is no dateline. `length` is how far the place and date run (the outlet and dash left out).
 */
export function inlineDateline(paragraph: string): (PlaceDateline & { length: number }) | null {
  const match = INLINE.exec(paragraph);
  if (!match || (!match[2] && !/\)\s*[–—-]\s$/.test(match[0]))) return null;
  const place = match[1];
  if (sectionLabels(place) || /^(?:UPDATE|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|WATCH|LIVE|VIDEO|PHOTOS?)\b/.test(place)) return null;
  const dateText = match[2] ?? '';
  const length = dateText ? paragraph.indexOf(dateText, place.length) + dateText.length : place.length;
  return { place, date: dateText ? isoDate(dateText) : null, dateText, length };
}

function isoDate(text: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  if (!/\d{4}/.test(text)) return null;
  const time = Date.parse(`${text.replace(/\./g, '')} UTC`);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
