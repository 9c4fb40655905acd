import { ClaimgraphError } from '../core/errors.js';
import { budgetError, DEFAULT_BUDGETS, type Budgets } from '../core/budgets.js';
import { contentId } from '../core/hash.js';
import { emptyMeta, type Document, type DocumentLink, type DocumentPart, type Region } from '../core/document.js';
import { cleanControlCharacters, decode } from './decode.js';
import { extractPageDump, DUMP_EXTRACTOR } from './dump/extract.js';
import { inlineDateline } from './dump/dateline.js';
import { decideGenre } from './genre.js';
import { extractHtml, HTML_EXTRACTOR } from './html/extract.js';
import { guessEnglish } from './language.js';
import { normaliseDate } from './html/metadata.js';
import { sniff } from './sniff.js';
import { cleanAuthors } from './authors.js';
import { monthFirstLocale } from './dates.js';
import { decideAuthors, decidePublished } from './page-decisions.js';
import { absoluteHttpUrl } from './html/links.js';
import { reattachClosingSignature, splitLetters, type LetterPart } from './letters.js';
import { findOrigin } from './origin.js';
import { genreKicker, headerLines, visibleDate } from './page-signals.js';

export interface IngestOptions {
  /** The path the input came from, or "-" for standard input; used for messages and to pick a format. */
  source: string;
  /** Force a format instead of deciding from the file name and content. */
  format?: 'html' | 'text';
  /** Publication date to use when the input gives none (YYYY-MM-DD). */
  published?: string | null;
  /** Inputs larger than this many bytes are refused before parsing. */
  maxBytes?: number;
  /** Per-document budgets; ingest checks the HTML ones before parsing. */
  budgets?: Budgets;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<(!doctype\s+)?html)/i.test(head)) return true;
  const tags = head.match(/<\/?(p|div|span|a|article|section|h[1-6]|br|li|ul|meta|script|title)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

function formatOf(source: string, decoded: string, forced?: 'html' | 'text'): 'html' | 'text' {
  if (forced) return forced;
  if (/\.(x?html?)$/i.test(source)) return looksLikeHtml(decoded) || /</.test(decoded) ? 'html' : 'text';
  if (/\.(txt|md|markdown|text)$/i.test(source)) return 'text';
  return looksLikeHtml(decoded) ? 'html' : 'text';
}

/** One body paragraph as ingest assembles it: its text, its links (absolute URLs), and its part. */
interface AssemblyParagraph {
  text: string;
  links: Array<{ start: number; end: number; url: string }>;
}

/**
 * Assembles the clean text: title, dek, dateline, then the body paragraphs, each part a region. Links and
 * letter parts, given per paragraph, become spans of the assembled text.
 */
function assemble(
  title: string | null,
  dek: string | null,
  paragraphs: AssemblyParagraph[],
  letterParts: LetterPart[] = [],
  dateline: string | null = null,
): { text: string; regions: Region[]; links: DocumentLink[]; parts: DocumentPart[] } {
  const regions: Region[] = [];
  const links: DocumentLink[] = [];
  let text = '';
  const add = (kind: Region['kind'], part: string) => {
    if (text) text += '\n\n';
    regions.push({ kind, start: text.length, end: text.length + part.length });
    text += part;
  };
  if (title) add('title', title);
  if (dek) add('dek', dek);
  if (dateline) add('dateline', dateline);
  const starts: number[] = [];
  if (paragraphs.length > 0) {
    let offset = text ? text.length + 2 : 0;
    for (const paragraph of paragraphs) {
      starts.push(offset);
      for (const link of paragraph.links) {
        links.push({ start: offset + link.start, end: offset + link.end, text: paragraph.text.slice(link.start, link.end), url: link.url });
      }
      offset += paragraph.text.length + 2;
    }
    add('body', paragraphs.map((paragraph) => paragraph.text).join('\n\n'));
  }
  const parts: DocumentPart[] = letterParts
    .filter((part) => part.end > part.first)
    .map((part) => ({
      start: starts[part.first],
      end: starts[part.end - 1] + paragraphs[part.end - 1].text.length,
      authors: [part.author],
      rule: 'letters.signature',
    }));
  return { text, regions, links, parts };
}

/**
 * Reads one input (HTML page or text copied from a page) into a Document with clean text,
 * metadata and the page chrome that was taken out. Throws ClaimgraphError for input that is not
 * an article: binary formats, oversized input, or a page with no text.
 */
export function ingest(bytes: Uint8Array, options: IngestOptions): Document {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new ClaimgraphError('too_large', `${options.source}: ${bytes.length} bytes is over the ${maxBytes}-byte limit`);
  }
  const sniffed = sniff(bytes);
  if (sniffed.kind === 'binary') {
    throw new ClaimgraphError('unsupported_format', `${options.source}: this is ${sniffed.format}, not HTML or text`);
  }
  const decodedRaw = decode(bytes, sniffed, options.format !== 'text');
  const decoded = cleanControlCharacters(decodedRaw.text);
  const format = formatOf(options.source, decoded, options.format);

  let document: Document;
  if (format === 'html') {
    const page = extractHtml(decoded, options.budgets ?? DEFAULT_BUDGETS, options.source);
    const meta = emptyMeta('html', `${HTML_EXTRACTOR}:${page.method}`);
    const { metadata } = page;
    // Character references (&#27;) decode to control characters only now, inside the DOM: clean again.
    const clean = (value: string | null) => (value === null ? null : cleanControlCharacters(value));
    // A paragraph that loses characters loses its links' offsets with them: its links are dropped (rare).
    page.paragraphs = page.paragraphs.map((paragraph) => {
      const text = cleanControlCharacters(paragraph.text);
      return text === paragraph.text ? paragraph : { text, links: [] };
    });
    page.removed = page.removed.map((item) => ({ ...item, text: cleanControlCharacters(item.text) }));
    page.byline = clean(page.byline);
    metadata.title = clean(metadata.title);
    metadata.dek = clean(metadata.dek);
    metadata.authors = metadata.authors.map(cleanControlCharacters);
    metadata.outlet = clean(metadata.outlet);
    metadata.section = clean(metadata.section);
    const sources = { ...metadata.fieldSources };
    meta.title = metadata.title;
    meta.dek = metadata.dek;
    meta.outlet = metadata.outlet;
    meta.section = metadata.section;
    meta.sections = metadata.section ? [metadata.section] : [];
    meta.canonicalUrl = metadata.canonicalUrl;
    meta.language = metadata.language;
    const removed = page.removed;
    const headerAll = headerLines(page.pageLines, page.paragraphs[0]?.text ?? null);
    // Kickers only from lines of no recognised kind (a menu's "Opinion" is no kicker); bylines and
    // date lines also from elements marked as meta or navigation, where pages often put them.
    const plainHeader = headerAll.filter((line) => line.kind === null).map((line) => line.text);
    const header = headerAll.filter((line) => line.kind === null || BYLINE_KINDS.has(line.kind)).map((line) => line.text);
    // A byline can also sit in the article: taken out as a byline line or with a classed element
    // (never a caption or credit), or as the first line of the first paragraphs.
    const bodyBylines = [
      ...removed
        .filter((item) => item.rule === 'line.other.byline' || (item.rule === 'html.element-kind-in-article' && item.kind !== 'caption' && item.kind !== 'credit'))
        .slice(0, 6)
        .map((item) => item.text),
      ...page.paragraphs.slice(0, 2).map((paragraph) => paragraph.text.split('\n')[0]),
    ];
    const authors = decideAuthors({
      structured: metadata.authors,
      visibleLines: [...header, ...bodyBylines],
      guessed: page.byline,
      siteNames: [metadata.outlet, siteNameOf(metadata.canonicalUrl)],
    });
    meta.authors = authors.authors;
    if (authors.source) sources.authors = authors.source;
    else if (authors.authors.length === 0) delete sources.authors;
    const visible = authors.visibleLine;

    // Date lines above the body, then those taken out of the article as chrome ("Updated 10:01 pm
    // PST, …"), then short first paragraphs ("By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated …").
    const articleDateLines = [
      ...removed.filter((item) => item.rule === 'line.other.dateline').map((item) => item.text),
      ...page.paragraphs.slice(0, 2).flatMap((paragraph) => (paragraph.text.length <= 200 ? paragraph.text.split(/\s[-–—]\s/) : [])),
    ];
    const date = decidePublished({
      metadata: metadata.published,
      metadataInUtc: metadata.publishedInUtc ?? false,
      lines: [...header, ...articleDateLines],
      monthFirst: monthFirstLocale(meta.language),
      url: meta.canonicalUrl,
    });
    meta.published = date.published;
    if (date.source) sources.published = date.source;

    // Letters: each letter with its writer.
    const kicker = genreKicker(nearTitle(plainHeader, meta.title));
    const lettersEvidence = [meta.section, kicker?.label, meta.canonicalUrl, meta.title].some((value) => value && /\bletters?\b/i.test(value));
    const resolved = page.paragraphs.map((paragraph) => ({
      text: paragraph.text,
      links: paragraph.links.flatMap((link) => {
        const url = absoluteHttpUrl(link.href, meta.canonicalUrl);
        return url ? [{ start: link.start, end: link.end, url }] : [];
      }),
    }));
    const letters = splitLetters(resolved, lettersEvidence, removed);
    let bodyParagraphs = letters.paragraphs;

    const footLines = removed.filter((item) => item.rule === 'html.stub-at-edge').map((item) => item.text);
    const found = findOrigin(bodyParagraphs, {
      authors: meta.authors,
      outlet: meta.outlet,
      basedOn: metadata.basedOn,
      footLines,
      authorRoles: metadata.authors,
      url: meta.canonicalUrl,
      headerLines: header.slice(-12),
    });
    bodyParagraphs = takeOrigin(found, meta, sources, removed, bodyParagraphs, letters.parts.length > 0);
    const { text, regions, links, parts } = assemble(meta.title, null, bodyParagraphs, letters.parts);
    if (parts.length > 0 && meta.authors.length === 0) {
      meta.authors = [...new Set(parts.flatMap((part) => part.authors))];
      sources.authors = 'letters:signatures';
    }
    meta.language ??= guessEnglish(text);
    const genre = decideGenre({
      articleType: metadata.articleType,
      sections: meta.sections,
      kicker: kicker?.label ?? null,
      url: meta.canonicalUrl,
      hasOpinionDisclaimer: removed.some((item) => item.kind === 'disclaimer' && /opinion|views/i.test(item.text)),
      letters: parts.length > 0,
      wire: meta.origin !== null && /wire/.test(meta.origin.rule),
      title: meta.title,
      body: bodyText(text, regions),
      // "Analysis by Chris Cill", "Opinion by …": the byline names the genre.
      byline: [...metadata.authors, ...(visible ? [visible] : [])].find((line) => /^\s*(?:analysis|opinion|commentary)\s+by\b/i.test(line)) ?? null,
    });
    meta.genre = genre.genre;
    meta.fieldSources = { ...sources, genre: genre.because };
    document = { id: '', source: options.source, text, meta, regions, removed, links, parts };
  } else {
    const dump = extractPageDump(decoded);
    const meta = emptyMeta('text', DUMP_EXTRACTOR);
    meta.title = dump.title;
    meta.dek = dump.dek;
    meta.authors = cleanAuthors(dump.authors, [dump.outlet]);
    meta.outlet = dump.outlet;
    meta.sections = dump.sections;
    meta.section = dump.sections.at(-1) ?? null;
    meta.published = dump.published;
    const removed = dump.removed;
    const sources = { ...dump.fieldSources };
    if (!meta.published) {
      // A date line taken out as chrome still tells the date ("PUBLISHED: November 8, 2023 at 11:30 p.m.").
      const shown = visibleDate(
        removed.filter((item) => item.rule === 'line.other.dateline').map((item) => item.text),
        true,
      );
      if (shown) {
        meta.published = shown.date;
        sources.published = `text:${shown.rule}`;
      }
    }
    const lettersEvidence = dump.sections.some((section) => /\bletters?\b/i.test(section));
    const letterParagraphs: AssemblyParagraph[] = dump.paragraphs.map((paragraph) => ({ text: paragraph, links: [] }));
    if (lettersEvidence) reattachClosingSignature(letterParagraphs, removed, (text) => ({ text, links: [] }));
    const letters = splitLetters(letterParagraphs, lettersEvidence, removed);
    let bodyParagraphs = letters.paragraphs;
    const found = findOrigin(bodyParagraphs, { authors: meta.authors, outlet: meta.outlet });
    bodyParagraphs = takeOrigin(found, meta, sources, removed, bodyParagraphs, letters.parts.length > 0);
    const { text, regions, parts } = assemble(dump.title, dump.dek, bodyParagraphs, letters.parts, dump.dateline?.text ?? null);
    const datelineRegion = regions.find((region) => region.kind === 'dateline');
    if (dump.dateline && datelineRegion) meta.dateline = { place: dump.dateline.place, date: dump.dateline.date, start: datelineRegion.start, end: datelineRegion.end };
    else {
      // "VELDOR, March 2 (Wirenews) - …": the dateline opens the first paragraph; its place and date are the story's too.
      const body = regions.find((region) => region.kind === 'body');
      const inline = body ? inlineDateline(text.slice(body.start, body.end)) : null;
      if (body && inline) {
        meta.dateline = { place: inline.place, date: inline.date, start: body.start, end: body.start + inline.length };
        if (!meta.published && inline.date) {
          meta.published = inline.date;
          sources.published = 'dateline-inline';
        }
      }
    }
    if (parts.length > 0 && meta.authors.length === 0) {
      meta.authors = [...new Set(parts.flatMap((part) => part.authors))];
      sources.authors = 'letters:signatures';
    }
    meta.language = guessEnglish(text);
    const genre = decideGenre({
      sections: dump.sections,
      hasOpinionDisclaimer: dump.hasOpinionDisclaimer,
      letters: parts.length > 0,
      wire: meta.origin !== null && /wire/.test(meta.origin.rule),
      title: meta.title,
      body: bodyText(text, regions),
    });
    meta.genre = genre.genre;
    meta.fieldSources = { ...sources, genre: genre.because };
    document = { id: '', source: options.source, text, meta, regions, removed, links: [], parts };
  }

  // Every paragraph makes at least one sentence: a page over the sentence budget fails here,
  // before the pipeline spends anything on it.
  const budgets = options.budgets ?? DEFAULT_BUDGETS;
  const paragraphs = countParagraphs(document.text);
  if (paragraphs > budgets.sentences) throw budgetError(options.source, 'sentences', paragraphs, budgets.sentences);
  if (!document.regions.some((region) => region.kind === 'body')) {
    throw new ClaimgraphError('empty_document', `${options.source}: no article text found`);
  }
  if (!document.meta.published && options.published) {
    document.meta.published = normaliseDate(options.published);
    document.meta.fieldSources.published = 'option:--published';
  }
  document.id = contentId('doc', document.text);
  return document;
}

function countParagraphs(text: string): number {
  let count = 1;
  for (let index = text.indexOf('\n\n'); index !== -1; index = text.indexOf('\n\n', index + 2)) count++;
  return count;
}

/**
 * Where a text first appeared becomes the document's origin; a reprint note ("This article originally
 * appeared on ...") leaves the body for `removed`, unless the page is letters (its writers' parts).
 * Returns the body paragraphs without the note.
 */
function takeOrigin<P extends { text: string }>(
  found: ReturnType<typeof findOrigin>,
  meta: Document['meta'],
  sources: Record<string, string>,
  removed: Document['removed'],
  paragraphs: P[],
  hasParts: boolean,
): P[] {
  if (!found) return paragraphs;
  meta.origin = found.origin;
  sources.origin = found.origin.rule;
  meta.authors = withoutOutletNames(meta.authors, found.origin.outlet);
  if (found.noteParagraph < 0 || hasParts) return paragraphs;
  removed.push({ kind: 'disclaimer', text: paragraphs[found.noteParagraph].text, rule: found.origin.rule });
  return paragraphs.filter((_, index) => index !== found.noteParagraph);
}

/** Elements pages put bylines and date lines in, besides unmarked ones. */
const BYLINE_KINDS = new Set(['navigation', 'other', 'author-bio']);

/** "https://www.ardenpost.com/x" -> "ardenpost": a site's own name, which is never its author. */
function siteNameOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').split('.')[0];
  } catch {
    return null;
  }
}

/** The body region's text. */
function bodyText(text: string, regions: Region[]): string {
  const body = regions.find((region) => region.kind === 'body');
  return body ? text.slice(body.start, body.end) : '';
}

/**
 * "Victor Tangermann, Futurism": a byline naming the writer and the outlet that first published
 * the piece; the outlet is the origin, not a second author (a wire alone as author stays).
 */
function withoutOutletNames(authors: string[], outlet: string | null): string[] {
  if (!outlet || authors.length < 2) return authors;
  const key = (name: string) => name.toLowerCase().replace(/^the\s+/, '');
  const kept = authors.filter((name) => key(name) !== key(outlet));
  return kept.length > 0 ? kept : authors;
}

/** The header lines around the title (a kicker sits just above or below it); all of them when the title is not there. */
function nearTitle(lines: string[], title: string | null): string[] {
  const key = title?.trim().toLowerCase().slice(0, 60);
  const at = key ? lines.findIndex((line) => line.toLowerCase().startsWith(key)) : -1;
  if (at < 0) return lines.slice(-12);
  return lines.slice(Math.max(0, at - 6), at + 4);
}
