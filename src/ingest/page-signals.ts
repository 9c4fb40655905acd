import { bylineLineNames } from './authors.js';
import { dateLineDate } from './dates.js';

/**
 * What a reader sees around the headline: a byline ("By …", "Written by: …"), a date line
 * ("Date 19.01.2020", "PUBLISHED: November 8, 2023 at 11:30 p.m."), a kicker naming the genre
 * ("Opinion", "Letters", "Analysis", "Blog"). Read from the page's lines before the article body.
 */

/** How far before the body (and into the page when the body is not found) the header is looked for. */
const HEADER_LINES = 80;

/** The lines of the page header: those before the first body paragraph, or the page's first lines. */
export function headerLines<L extends { text: string }>(pageLines: L[], firstBodyParagraph: string | null): L[] {
  const key = firstBodyParagraph?.slice(0, 80);
  const at = key ? pageLines.findIndex((line) => line.text.startsWith(key)) : -1;
  const end = at >= 0 ? at : Math.min(pageLines.length, HEADER_LINES);
  return pageLines.slice(Math.max(0, end - HEADER_LINES), end);
}

export function visibleByline(lines: string[]): { names: string[]; line: string } | null {
  for (const line of lines) {
    for (const part of line.split(/\n|\s[|•]\s|\s[-–—]\s/)) {
      const names = bylineLineNames(part.trim());
      if (names) return { names, line: part };
    }
  }
  return null;
}

/** The first date line, preferring a publication date over an "Updated" one. */
export function visibleDate(lines: string[], monthFirst: boolean, year: number | null = null): { date: string; rule: string } | null {
  let updated: { date: string; rule: string } | null = null;
  for (const line of lines) {
    for (const part of line.split(/\n|\s*[|•;]\s*|\s\/\s/)) {
      const found = dateLineDate(part, monthFirst, year);
      if (!found) continue;
      if (!found.updated) return found;
      updated ??= found;
    }
  }
  return updated;
}

/** Kickers that name a genre, and the genre each names. */
const KICKERS: Array<[RegExp, 'opinion' | 'analysis' | 'news']> = [
  [
    /^(?:opinion|opinions|op-?ed|commentary|comment|editorial|our view|column|columns|columnists?|perspective|viewpoint|views|letters?|letters to the editor|letter to the editor|your letters|readers'? letters|blog|blogs|guest column|guest essay|essay|open letter)$/i,
    'opinion',
  ],
  [/^(?:analysis|news analysis|explainer|explained|fact ?check|insight|in depth)$/i, 'analysis'],
];

/** A short label line naming the genre, near the top. */
export function genreKicker(lines: string[]): { label: string; genre: 'opinion' | 'analysis' | 'news' } | null {
  for (const line of lines) {
    const label = line.replace(/[:|›»>•·]+\s*$/, '').trim();
    if (label.length > 30) continue;
    for (const [pattern, genre] of KICKERS) if (pattern.test(label)) return { label, genre };
  }
  return null;
}
