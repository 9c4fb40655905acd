import type { Span } from './span.js';

export type Genre = 'news' | 'opinion' | 'analysis' | 'unknown';

/** Why a piece of the page was taken out of the article text. */
export type RemovedKind = 'caption' | 'credit' | 'author-bio' | 'disclaimer' | 'comment-form' | 'navigation' | 'tags' | 'advert' | 'gallery' | 'related' | 'signatories' | 'signature' | 'other';

export interface Removed {
  kind: RemovedKind;
  text: string;
  /** The rule that recognised it, so a wrong removal can be traced. */
  rule: string;
}

/** The parts of the clean text a reader sees as different things. */
/** A dateline ("LONDON 1996-08-30") is a region of its own: its place is a name, but it is no claim. */
export type RegionKind = 'title' | 'dek' | 'dateline' | 'body';

export interface Region extends Span {
  kind: RegionKind;
}

/** Where a text first appeared, for wire copy and reprints ("(Reuters) -", "originally appeared on"). */
export interface Origin {
  outlet: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) of the first publication when the page gives it, else null. */
  published: string | null;
  /** The rule that recognised the origin, and the words it matched. */
  rule: string;
  cue: string;
}

/** A hyperlink of the article: its anchor text's span in `text` and its absolute http(s) URL (never fetched). */
export interface DocumentLink extends Span {
  text: string;
  url: string;
}

/** A part of the article with its own writer: one letter of a letters page, one entry of a round-up. */
export interface DocumentPart extends Span {
  authors: string[];
  rule: string;
}

export interface DocumentMeta {
  title: string | null;
  dek: string | null;
  authors: string[];
  outlet: string | null;
  /** The most specific section label, e.g. "World News". */
  section: string | null;
  /** Every section label found, outermost first, e.g. ["Opinion", "World News"]. */
  sections: string[];
  genre: Genre;
  /** ISO date (YYYY-MM-DD) or full ISO timestamp as the page gave it, or null. */
  published: string | null;
  language: string | null;
  canonicalUrl: string | null;
  /** The outlet (and URL, date) that first published this text, when it is wire copy or a reprint. */
  origin: Origin | null;
  /** How the document was read: which extractor, and where each metadata field came from. */
  format: 'html' | 'text';
  extractor: string;
  fieldSources: Record<string, string>;
  /** The dateline of a plain-text story: its place, its date (ISO, when it gives a year), and its span in `text`. */
  dateline?: Dateline;
}

export interface Dateline extends Span {
  place: string;
  date: string | null;
}

/**
 * One article. `text` is cleaned once, at ingest, and never changes afterwards,
 * so every span into it stays valid through the whole pipeline.
 */
export interface Document {
  id: string;
  /** The path the document came from, or "-" for standard input. */
  source: string;
  text: string;
  meta: DocumentMeta;
  regions: Region[];
  removed: Removed[];
  /** Hyperlinks inside the article, in text order. */
  links: DocumentLink[];
  /** Parts written by different people (letters), in text order; empty when one byline covers all. */
  parts: DocumentPart[];
}

export function emptyMeta(format: 'html' | 'text', extractor: string): DocumentMeta {
  return {
    title: null,
    dek: null,
    authors: [],
    outlet: null,
    section: null,
    sections: [],
    genre: 'unknown',
    published: null,
    language: null,
    canonicalUrl: null,
    origin: null,
    format,
    extractor,
    fieldSources: {},
  };
}
