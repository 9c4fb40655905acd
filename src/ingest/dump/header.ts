import { dateLineDate, findCalendarDate } from '../dates.js';

/** Recognisers for the lines of a page header: section labels, bylines, author bios, captions, datelines. */

const SECTION_WORDS = new Set(
  (
    'news world opinion opinions politics political business economy economics markets finance money sport sports ' +
    'analysis middle east asia europe africa americas america us u.s. uk india pakistan israel jewish global ' +
    'international national local region regional tech technology science health culture arts entertainment ' +
    'lifestyle life style editorial editorials commentary op-ed op-eds oped features feature columns column ' +
    'columnists security defense defence diplomacy terrorism breaking latest top stories home environment climate ' +
    'education religion law crime justice investigations investigation explainer explainers video videos photos ' +
    'blog blogs letters perspective perspectives views voices ideas insight report reports special south north ' +
    'west east central asia-pacific pacific gulf arab mena kashmir afghanistan bangladesh china russia ukraine'
  ).split(' '),
);

/** "OpinionWorld News" -> ["Opinion", "World News"]: labels a page printed without separators. */
export function splitRunTogetherLabels(line: string): string[] {
  return line
    .split(/(?<=[a-z])(?=[A-Z])|\s*[|•·›»>\/]\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A line made only of section labels, e.g. "OpinionWorld News" or "News | Middle East". */
export function sectionLabels(line: string): string[] | null {
  if (line.length > 60 || /[.!?,:;"“”]$/.test(line) || /\d/.test(line)) return null;
  const parts = splitRunTogetherLabels(line);
  if (parts.length === 0) return null;
  for (const part of parts) {
    const words = part.toLowerCase().split(/\s+/);
    if (words.length > 3 || !words.every((word) => SECTION_WORDS.has(word) || word === '&' || word === 'and')) return null;
  }
  return parts;
}

const NAME_WORD = /^(?:[A-Z][a-zA-Z'’.-]*|[A-Z]\.|(?:al|el|bin|ibn|de|da|del|van|von|der|le|la|du|di)-?[A-Z]?[a-zA-Z'’-]*)$/;

/** A byline: "By Jane Doe", "Uzay Bulut", "By Jane Doe and John Roe". Returns the author names. */
export function bylineNames(line: string): string[] | null {
  let body = line.trim();
  const hasBy = /^(?:(?:written|words|posted|reported|story)\s+)?by\s*:?\s+/i.test(body);
  body = body.replace(/^(?:(?:written|words|posted|reported|story)\s+)?by\s*:?\s+/i, '').replace(/\s*[|,–—-]\s*(staff|correspondent|reporter|contributor|special to .*|\w+ bureau).*$/i, '');
  if (body.length > 80 || /[.!?:;"“”]$/.test(body) || /\d/.test(body)) return null;
  const names = body.split(/\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)\s*/).filter(Boolean);
  if (names.length === 0 || names.length > 4) return null;
  for (const name of names) {
    const words = name.split(/\s+/);
    if (words.length < (hasBy ? 1 : 2) || words.length > 5) return null;
    if (!words.every((word) => NAME_WORD.test(word))) return null;
    if (!hasBy && words.some((word) => SECTION_WORDS.has(word.toLowerCase()))) return null;
  }
  return names;
}

const PROFESSION =
  '(?:journalist|writer|author|researcher|editor|correspondent|reporter|analyst|fellow|professor|columnist|director|contributor|commentator|scholar|lecturer|expert|founder|novelist|historian|economist|lawyer|attorney|consultant|diplomat|student|freelancer?|producer|blogger|photographer|presenter)';

/**
 * An author bio: "Uzay Bulut is a Turkish journalist formerly based in Ankara." A name of two to four
 * capitalised words (or a known author), then "is a ... <profession>" within a few words.
 */
const BIO = new RegExp(`^(?:\\p{Lu}[\\p{L}'’.-]+ ){1,3}\\p{Lu}[\\p{L}'’.-]+ (?:is|was|has been|serves as) (?:a |an |the )?(?:[\\p{L}-]+,? ){0,6}?${PROFESSION}s?\\b`, 'u');

export function isAuthorBio(line: string, authors: string[]): boolean {
  if (line.length > 500) return false;
  if (authors.some((author) => line.startsWith(`${author} `)) && new RegExp(`\\b${PROFESSION}`, 'i').test(line.slice(0, 200))) return true;
  return BIO.test(line) && !/^(It|He|She|They|This|That|There|The)\s/.test(line);
}

/** Captions and their credits: "Map of Kashmir. Credit: Central Intelligence Agency via Wikimedia Commons." */
export function captionParts(line: string): { caption: string | null; credit: string | null } | null {
  if (line.length > 400) return null;
  const credit =
    /(?:^|\s|\()((?:photo|image|picture|video)?\s*(?:credit|credits|courtesy|source)\s*:.*|(?:photo|image|picture)\s*(?:by|:)\s.*|\((?:photo|image|picture)s?:?\s[^)]{1,80}\)\s*$|©.*|[^.]*\bvia (?:Wikimedia Commons|Getty Images|Reuters|AP|AFP|Shutterstock)\b.*|.*\b(?:Getty Images|Shutterstock|AFP via Getty|REUTERS\/|\/AP|\/AFP)\b.*)$/i.exec(
      line,
    );
  if (!credit) return null;
  const creditText = credit[1].trim();
  const captionText = line.slice(0, credit.index + (credit[0].length - credit[1].length)).trim();
  return { caption: captionText || null, credit: creditText };
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATELINE = new RegExp(
  `^(?:(?:published|updated|posted|first published|last updated)(?: on)?:?\\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?` +
    `(${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\s*$`,
  'i',
);

/** A dateline such as "May 9, 2025" or "Published: 12 March 2024 10:14 GMT"; returns the ISO date. */
export function datelineDate(line: string): string | null {
  if (line.length > 80) return null;
  const match = DATELINE.exec(line.trim());
  // Other written forms and locale orders: "Date 19.01.2020", "Posted on 3 March 2024 | 10:14".
  if (!match) return dateLineDate(line)?.date ?? null;
  // The day as written: no time zone arithmetic moves it.
  return findCalendarDate(match[1])?.date ?? null;
}

/** The outlet a bio names: "a senior correspondent for the Northgate Daily based in Arden" -> "Northgate Daily". */
export function outletFromBio(line: string): string | null {
  const match = /\b(?:correspondent|reporter|editor|columnist|writer|journalist|contributor|commentator)\s+(?:for|at|with)\s+(?:the\s+)?((?:[A-Z][\w&'’-]*\s?){1,5})/.exec(line);
  return match ? match[1].trim() : null;
}
