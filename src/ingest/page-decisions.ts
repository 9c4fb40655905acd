import { cleanAuthors, personShaped, splitNames } from './authors.js';
import { findCalendarDate } from './dates.js';
import { visibleByline, visibleDate } from './page-signals.js';

/**
 * Which of a page's several statements of author and date a reader would name: structured data
 * first, unless what the page shows is fuller (more writers) or says what the data cannot (a
 * person where the data names a department; the local day of a UTC timestamp).
 */

const nameKey = (name: string) => name.toLowerCase().replace(/[^\p{L}]+/gu, '');

export function decideAuthors(evidence: {
  /** Names from JSON-LD or <meta>, as written. */
  structured: string[];
  /** Lines where a visible byline may stand (header lines, bylines taken out of the article). */
  visibleLines: string[];
  /** Readability's byline guess. */
  guessed: string | null;
  /** The site's own names, never its authors. */
  siteNames: Array<string | null>;
}): { authors: string[]; source: string | null; visibleLine: string | null } {
  const structured = cleanAuthors(evidence.structured, evidence.siteNames);
  const visible = visibleByline(evidence.visibleLines);
  const visibleNames = visible ? cleanAuthors(visible.names, evidence.siteNames) : [];
  const visibleKeys = new Set(visibleNames.map(nameKey));
  const visibleLine = visible?.line ?? null;
  if (structured.length > 0 && visibleNames.length > structured.length && structured.every((name) => visibleKeys.has(nameKey(name)))) {
    // Structured data often lists only the first of several writers the page shows.
    return { authors: visibleNames, source: 'html:byline-line (all of the structured authors and more)', visibleLine };
  }
  if (structured.length > 0 && visibleNames.length > 0 && !structured.some(personShaped) && visibleNames.every(personShaped)) {
    // "PMJS - Coordenadoria de TI" in the metadata, "Publicado por: Clarissa Borba" on the page.
    return { authors: visibleNames, source: 'html:byline-line (metadata names no person)', visibleLine };
  }
  if (structured.length > 0) return { authors: structured, source: null, visibleLine };
  if (visibleNames.length > 0) return { authors: visibleNames, source: 'html:byline-line', visibleLine };
  const guessed = evidence.guessed ? cleanAuthors(splitNames(evidence.guessed), evidence.siteNames).filter(personShaped) : [];
  if (guessed.length > 0) return { authors: guessed, source: 'readability:byline', visibleLine };
  return { authors: [], source: null, visibleLine };
}

/** "/2024/05/10/slug" or "/2019/nov/18/" in a URL path: the day the page was filed under. */
export function urlPathDate(url: string | null): string | null {
  if (!url) return null;
  const numeric = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|$|-)/.exec(url);
  if (numeric) return findCalendarDate(`${numeric[1]}-${numeric[2].padStart(2, '0')}-${numeric[3].padStart(2, '0')}`)?.date ?? null;
  const named = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(\d{1,2})\//i.exec(url);
  return named ? (findCalendarDate(`${named[3]} ${named[2]} ${named[1]}`)?.date ?? null) : null;
}

const dayDistance = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

export function decidePublished(evidence: {
  /** The metadata's date (YYYY-MM-DD) and whether it was read from a UTC timestamp. */
  metadata: string | null;
  metadataInUtc: boolean;
  /** Lines where a visible date line may stand. */
  lines: string[];
  monthFirst: boolean;
  url: string | null;
}): { published: string | null; source: string | null } {
  const year = evidence.metadata ? Number(evidence.metadata.slice(0, 4)) : null;
  const shown = visibleDate(evidence.lines, evidence.monthFirst, year);
  const urlDate = urlPathDate(evidence.url);
  const { metadata } = evidence;
  // A UTC timestamp can fall on the next (or previous) day of the date the page shows where it was published.
  const localDay = (date: string | null) => metadata !== null && date !== null && evidence.metadataInUtc && date !== metadata && dayDistance(date, metadata) === 1;
  if (!metadata && shown) return { published: shown.date, source: `html:${shown.rule}` };
  if (localDay(urlDate)) return { published: urlDate, source: 'url:path-date (local day of a UTC timestamp)' };
  if (!metadata && urlDate) return { published: urlDate, source: 'url:path-date' };
  if (shown && localDay(shown.date)) return { published: shown.date, source: `html:${shown.rule} (local day of a UTC timestamp)` };
  return { published: metadata, source: null };
}
