import type { Removed, RemovedKind } from '../../core/document.js';
import { matchLineRule, outletFromDisclaimer } from '../chrome-lines.js';
import { bylineNames, captionParts, datelineDate, isAuthorBio, outletFromBio, sectionLabels } from './header.js';
import { placeDateline, type PlaceDateline } from './dateline.js';
import { endsSentence, splitLines, wordCount, type Line } from './lines.js';

export const DUMP_EXTRACTOR = 'claimgraph.page-dump';

export interface ExtractedDump {
  title: string | null;
  dek: string | null;
  sections: string[];
  authors: string[];
  outlet: string | null;
  published: string | null;
  hasOpinionDisclaimer: boolean;
  /** A dateline line with a place ("LONDON 1996-08-30"): kept as text of its own, the place being a name in the story. */
  dateline: (PlaceDateline & { text: string }) | null;
  /** Where each metadata field was found. */
  fieldSources: Record<string, string>;
  paragraphs: string[];
  removed: Removed[];
}

type Role =
  | { role: 'body' }
  | { role: 'title' }
  | { role: 'dek' }
  | { role: 'sections'; labels: string[] }
  | { role: 'byline'; names: string[] }
  | { role: 'dateline'; date: string }
  | { role: 'place-dateline' }
  | { role: 'removed'; kind: RemovedKind; rule: string };

/** How much a line looks like article prose: long, ending a sentence, many words. */
function proseScore(line: string): number {
  const words = wordCount(line);
  if (words >= 12) return endsSentence(line) ? line.length : line.length / 2;
  if (words >= 5 && endsSentence(line)) return line.length / 2;
  // A short sentence ("We will carry on.", "Ports reopen.") at the edge of the story belongs to it; menus seldom end in a period.
  if (words >= 2 && endsSentence(line) && /(?:^|\s)["“‘']?\p{Ll}/u.test(line)) return 5;
  // Short or unpunctuated: menus, labels, link lists. Each costs the run it sits in.
  return -40;
}

/** The contiguous run of lines with the most prose in it (Kadane's maximum subarray). */
function densestRun(scores: number[]): [number, number] | null {
  let best = 0;
  let bestRange: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  for (let index = 0; index < scores.length; index++) {
    if (sum <= 0) {
      sum = 0;
      start = index;
    }
    sum += scores[index];
    if (sum > best) {
      best = sum;
      bestRange = [start, index];
    }
  }
  return bestRange;
}

/**
 * Recovers what a reader sees in text copied from a news page: section labels, title, dek, byline,
 * the article body, and page chrome (captions, credits, bios, disclaimers, comment forms, tags, menus),
 * which is kept in `removed` with its kind and the rule that recognised it.
 */
export function extractPageDump(text: string): ExtractedDump {
  const lines = splitLines(text);
  const roles: Role[] = lines.map(() => ({ role: 'body' }));
  const result: ExtractedDump = {
    title: null,
    dek: null,
    sections: [],
    authors: [],
    outlet: null,
    published: null,
    hasOpinionDisclaimer: false,
    dateline: null,
    fieldSources: {},
    paragraphs: [],
    removed: [],
  };

  // 1. Lines any reader recognises by their words alone, anywhere on the page.
  let inTags = false;
  lines.forEach((line, index) => {
    const rule = matchLineRule(line.text);
    if (rule) {
      roles[index] = { role: 'removed', kind: rule.kind, rule: `line.${rule.name}` };
      if (rule.kind === 'disclaimer') {
        result.hasOpinionDisclaimer ||= /opinion|views/i.test(line.text);
        const outlet = outletFromDisclaimer(line.text);
        if (outlet && !result.outlet) {
          result.outlet = outlet;
          result.fieldSources.outlet = 'disclaimer';
        }
      }
      inTags = rule.kind === 'tags';
      return;
    }
    if (inTags && line.text.length <= 60 && !endsSentence(line.text)) {
      roles[index] = { role: 'removed', kind: 'tags', rule: 'tags.after-label' };
      return;
    }
    inTags = false;
    const caption = captionParts(line.text);
    if (caption) {
      roles[index] = { role: 'removed', kind: caption.caption ? 'caption' : 'credit', rule: 'caption.credit-marker' };
      return;
    }
    const previous = lines[index - 1];
    if (previous && previous.text === line.text && line.text.length < 400) {
      // Captions are often printed twice in a copy: once over the image, once as alt text.
      roles[index] = { role: 'removed', kind: 'caption', rule: 'caption.printed-twice' };
      if (roles[index - 1].role === 'body') roles[index - 1] = { role: 'removed', kind: 'caption', rule: 'caption.printed-twice' };
    }
  });

  // 2. The header: section labels, the title, then up to a few lines of dek, captions, byline, bio, dateline.
  let cursor = 0;
  while (cursor < lines.length && roles[cursor].role !== 'body') cursor++;
  const labels = cursor < lines.length - 1 ? sectionLabels(lines[cursor].text) : null;
  if (labels) {
    roles[cursor] = { role: 'sections', labels };
    result.sections = labels;
    result.fieldSources.sections = 'section-labels';
    cursor++;
  }
  while (cursor < lines.length && roles[cursor].role !== 'body') cursor++;
  if (cursor < lines.length && lines[cursor].text.length <= 300) {
    roles[cursor] = { role: 'title' };
    result.title = lines[cursor].text;
    result.fieldSources.title = 'first-line';
    cursor++;
  }
  const headerEnd = Math.min(lines.length, cursor + 8);
  let lastHeaderLine = -1;
  for (let index = cursor; index < headerEnd; index++) {
    const role = roles[index];
    const line = lines[index].text;
    if (role.role === 'removed' && role.rule !== 'line.other.byline') {
      if (role.kind === 'caption' || role.kind === 'credit') lastHeaderLine = index;
      continue;
    }
    const placed = result.dateline ? null : placeDateline(line);
    if (placed) {
      roles[index] = { role: 'place-dateline' };
      result.dateline = { ...placed, text: line };
      if (!result.published && placed.date) {
        result.published = placed.date;
        result.fieldSources.published = 'dateline';
      }
      lastHeaderLine = index;
      continue;
    }
    const date = datelineDate(line);
    if (date) {
      roles[index] = { role: 'dateline', date };
      if (!result.published) {
        result.published = date;
        result.fieldSources.published = 'dateline';
      }
      lastHeaderLine = index;
      continue;
    }
    const names = bylineNames(line);
    if (names && (/^by\s/i.test(line) || index + 1 < lines.length)) {
      roles[index] = { role: 'byline', names };
      result.authors.push(...names.filter((name) => !result.authors.includes(name)));
      result.fieldSources.authors = 'byline';
      lastHeaderLine = index;
      continue;
    }
    // In the header a bio follows a byline, or is short: a long paragraph is the story itself.
    if ((result.authors.length > 0 || line.length <= 200) && isAuthorBio(line, result.authors)) {
      roles[index] = { role: 'removed', kind: 'author-bio', rule: 'bio.name-is-profession' };
      const outlet = outletFromBio(line);
      if (outlet && !result.outlet) {
        result.outlet = outlet;
        result.fieldSources.outlet = 'author-bio';
      }
      lastHeaderLine = index;
    }
  }
  // A paragraph between the title and the byline or caption is the dek (standfirst).
  const between = [];
  for (let index = cursor; index < lastHeaderLine; index++) if (roles[index].role === 'body') between.push(index);
  if (between.length > 2) {
    // More than a dek and a stray line before the "byline": that was no header, but the story.
    for (let index = cursor; index <= lastHeaderLine; index++) {
      const role = roles[index];
      if (role.role === 'byline' || role.role === 'dateline' || role.role === 'place-dateline' || (role.role === 'removed' && role.kind === 'author-bio')) roles[index] = { role: 'body' };
    }
    if (result.dateline && result.published === result.dateline.date && result.fieldSources.published === 'dateline') {
      result.published = null;
      delete result.fieldSources.published;
    }
    result.dateline = null;
    between.length = 0;
    lastHeaderLine = -1;
  }
  if (between.length > 0 && lines[between[0]].text.length <= 400) {
    roles[between[0]] = { role: 'dek' };
    result.dek = lines[between[0]].text;
    for (const index of between.slice(1)) roles[index] = { role: 'removed', kind: 'other', rule: 'header.between-title-and-byline' };
  }

  // 3. Bios also stand at the end of articles.
  lines.forEach((line, index) => {
    const nearEnd = index >= lines.length - 3;
    if (index > lastHeaderLine && roles[index].role === 'body' && (result.authors.length > 0 || nearEnd) && isAuthorBio(line.text, result.authors)) {
      roles[index] = { role: 'removed', kind: 'author-bio', rule: 'bio.name-is-profession' };
    }
  });

  // 4. The body is the densest run of prose after the header; what lies outside it is page chrome.
  const start = Math.max(cursor, lastHeaderLine + 1);
  const candidates: number[] = [];
  for (let index = start; index < lines.length; index++) if (roles[index].role === 'body') candidates.push(index);
  const run = densestRun(candidates.map((index) => proseScore(lines[index].text)));
  // No run of prose at all (a short statement, a wire brief): keep every line that is a sentence.
  // With no sentence either, a line of words that is not a label ("Two drones were shot down overnight") is the statement.
  const statements = candidates.filter((index) => isShortStatement(lines[index].text));
  const fallback = statements.length > 0 ? statements : candidates.filter((index) => isUnpunctuatedStatement(lines[index].text));
  const inRun = new Set(run ? candidates.slice(run[0], run[1] + 1) : fallback);
  for (const index of candidates) {
    if (!inRun.has(index)) {
      const short = lines[index].text.length < 80 && !endsSentence(lines[index].text);
      roles[index] = { role: 'removed', kind: short ? 'navigation' : 'other', rule: 'body.outside-densest-run' };
    }
  }

  lines.forEach((line: Line, index) => {
    const role = roles[index];
    if (role.role === 'body') result.paragraphs.push(line.text);
    else if (role.role === 'removed') {
      const parts = role.kind === 'caption' ? captionParts(line.text) : null;
      // A caption line usually carries its credit: keep them apart, as a reader would.
      if (parts?.caption && parts.credit) {
        result.removed.push({ kind: 'caption', text: parts.caption, rule: role.rule });
        result.removed.push({ kind: 'credit', text: parts.credit, rule: role.rule });
      } else result.removed.push({ kind: role.kind, text: line.text, rule: role.rule });
    }
  });
  // A one-sentence statement is a story, not a title over nothing.
  if (result.paragraphs.length === 0 && result.title && (isShortStatement(result.title) || isUnpunctuatedStatement(result.title))) {
    result.paragraphs.push(result.title);
    result.title = null;
    delete result.fieldSources.title;
  }
  return result;
}

/** A line that reads as a sentence: a few words and closing punctuation. */
function isShortStatement(line: string): boolean {
  return wordCount(line) >= 2 && endsSentence(line) && /\p{Ll}/u.test(line);
}

/** A sentence without its closing stop: several words, some of them in lower case as prose has ("shot down over"), not a label or a menu. */
function isUnpunctuatedStatement(line: string): boolean {
  return wordCount(line) >= 5 && (line.match(/(?:^|\s)\p{Ll}/gu)?.length ?? 0) >= 2;
}
