import { ClaimgraphError } from '../core/errors.js';
import { contentId } from '../core/hash.js';
import { emptyMeta, type Document, type Region } from '../core/document.js';
import { cleanControlCharacters, decode } from './decode.js';
import { extractPageDump, DUMP_EXTRACTOR } from './dump/extract.js';
import { decideGenre } from './genre.js';
import { extractHtml, HTML_EXTRACTOR } from './html/extract.js';
import { guessEnglish } from './language.js';
import { normaliseDate } from './html/metadata.js';
import { sniff } from './sniff.js';

export interface IngestOptions {
  /** The path the input came from, or "-" for standard input; used for messages and to pick a format. */
  source: string;
  /** Force a format instead of deciding from the file name and content. */
  format?: 'html' | 'text';
  /** Publication date to use when the input gives none (YYYY-MM-DD). */
  published?: string | null;
  /** Inputs larger than this many bytes are refused before parsing. */
  maxBytes?: number;
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

/** Assembles the clean text: title, dek, dateline, then the body paragraphs, each part a region. */
function assemble(title: string | null, dek: string | null, paragraphs: string[], dateline: string | null = null): { text: string; regions: Region[] } {
  const regions: Region[] = [];
  let text = '';
  const add = (kind: Region['kind'], part: string) => {
    if (text) text += '\n\n';
    regions.push({ kind, start: text.length, end: text.length + part.length });
    text += part;
  };
  if (title) add('title', title);
  if (dek) add('dek', dek);
  if (dateline) add('dateline', dateline);
  if (paragraphs.length > 0) add('body', paragraphs.join('\n\n'));
  return { text, regions };
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
    const page = extractHtml(decoded);
    const meta = emptyMeta('html', `${HTML_EXTRACTOR}:${page.method}`);
    const { metadata } = page;
    meta.title = metadata.title;
    meta.dek = metadata.dek;
    meta.authors = metadata.authors.length > 0 ? metadata.authors : page.byline ? splitByline(page.byline) : [];
    if (metadata.authors.length === 0 && page.byline) metadata.fieldSources.authors = 'readability:byline';
    meta.outlet = metadata.outlet;
    meta.section = metadata.section;
    meta.sections = metadata.section ? [metadata.section] : [];
    meta.published = metadata.published;
    meta.canonicalUrl = metadata.canonicalUrl;
    const { text, regions } = assemble(meta.title, null, page.paragraphs);
    meta.language = metadata.language ?? guessEnglish(text);
    const genre = decideGenre({
      articleType: metadata.articleType,
      sections: meta.sections,
      url: meta.canonicalUrl,
      hasOpinionDisclaimer: page.removed.some((item) => item.kind === 'disclaimer' && /opinion|views/i.test(item.text)),
    });
    meta.genre = genre.genre;
    meta.fieldSources = { ...metadata.fieldSources, genre: genre.because };
    document = { id: '', source: options.source, text, meta, regions, removed: page.removed };
  } else {
    const dump = extractPageDump(decoded);
    const meta = emptyMeta('text', DUMP_EXTRACTOR);
    meta.title = dump.title;
    meta.dek = dump.dek;
    meta.authors = dump.authors;
    meta.outlet = dump.outlet;
    meta.sections = dump.sections;
    meta.section = dump.sections.at(-1) ?? null;
    meta.published = dump.published;
    const { text, regions } = assemble(dump.title, dump.dek, dump.paragraphs, dump.dateline?.text ?? null);
    const datelineRegion = regions.find((region) => region.kind === 'dateline');
    if (dump.dateline && datelineRegion) meta.dateline = { place: dump.dateline.place, date: dump.dateline.date, start: datelineRegion.start, end: datelineRegion.end };
    meta.language = guessEnglish(text);
    const genre = decideGenre({ sections: dump.sections, hasOpinionDisclaimer: dump.hasOpinionDisclaimer });
    meta.genre = genre.genre;
    meta.fieldSources = { ...dump.fieldSources, genre: genre.because };
    document = { id: '', source: options.source, text, meta, regions, removed: dump.removed };
  }

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

function splitByline(byline: string): string[] {
  return byline
    .replace(/^by\s+/i, '')
    .split(/\s*(?:,|\band\b|&|\|)\s*/)
    .map((name) => name.trim())
    .filter((name) => name.length > 1 && name.length < 60 && !/\d/.test(name));
}
