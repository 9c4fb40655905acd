import { safeUrl } from '../../core/safe-output.js';
import { findCalendarDate } from '../dates.js';
import { decodeEntities } from './scan.js';

/**
 * Page metadata, read before Readability rewrites the DOM. Sources in order of trust:
 * JSON-LD (schema.org NewsArticle and kin), OpenGraph / article:* meta, plain <meta>, then <time>.
 */

interface ElementLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

export interface QueryableDocument {
  getElementsByTagName(tag: string): ArrayLike<ElementLike>;
  documentElement?: { getAttribute(name: string): string | null } | null;
}

/**
 * The page's <meta>, <link>, <script>, <time> and <title> elements, each list read once: a CSS
 * selector query walks the whole tree every time, and metadata needs a dozen of them.
 */
class PageIndex {
  readonly metas: ElementLike[];
  readonly links: ElementLike[];
  readonly scripts: ElementLike[];
  readonly times: ElementLike[];
  readonly titles: ElementLike[];
  constructor(document: QueryableDocument) {
    const list = (tag: string) => Array.from(document.getElementsByTagName(tag));
    this.metas = list('meta');
    this.links = list('link');
    this.scripts = list('script');
    this.times = list('time');
    this.titles = list('title');
  }
}

/** A selector of the form tag[attribute="value"] (the only form metadata needs), parsed. */
function parseSelector(selector: string): { tag: string; attribute: string; value: string } {
  const match = /^(\w+)\[([\w:-]+)(?:="([^"]*)")?\]$/.exec(selector);
  if (!match) throw new Error(`unsupported selector ${selector}`);
  return { tag: match[1], attribute: match[2], value: match[3] ?? '' };
}

function select(index: PageIndex, selector: string): ElementLike[] {
  const { tag, attribute, value } = parseSelector(selector);
  const pool = tag === 'meta' ? index.metas : tag === 'link' ? index.links : tag === 'script' ? index.scripts : tag === 'time' ? index.times : [];
  return pool.filter((element) => {
    const actual = element.getAttribute(attribute);
    return actual !== null && (value === '' || actual.toLowerCase() === value.toLowerCase());
  });
}

export interface PageMetadata {
  title: string | null;
  /** The <title> element's text, the last resort for a title (it often carries the site name). */
  htmlTitle: string | null;
  dek: string | null;
  authors: string[];
  outlet: string | null;
  section: string | null;
  published: string | null;
  language: string | null;
  canonicalUrl: string | null;
  articleType: string | null;
  /** The article's full text as structured data gives it (JSON-LD `articleBody`), or null. */
  articleBody: string | null;
  /** The work this one is a copy of (JSON-LD `isBasedOn`, `<meta name="syndication-source">`). */
  basedOn: { outlet: string | null; url: string | null; published: string | null; via: string } | null;
  /** The published timestamp was written in UTC ("Z", "+00:00"): a visible local date may differ by a day. */
  publishedInUtc?: boolean;
  fieldSources: Record<string, string>;
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|OpinionNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|Report|LiveBlogPosting|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function asText(value: Json | undefined): string | null {
  if (typeof value === 'string') return decodeEntities(value).replace(/\s+/g, ' ').trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return asText(value[0]);
  if (value && typeof value === 'object') return asText(value.name ?? value['@value'] ?? value['text']);
  return null;
}

function names(value: Json | undefined): string[] {
  if (value == null) return [];
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? item : item && typeof item === 'object' && !Array.isArray(item) ? asText(item.name) : null;
    if (name && !/^https?:\/\//.test(name)) out.push(decodeEntities(name).trim());
  }
  return out;
}

function typesOf(node: { [key: string]: Json }): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Finds every schema.org article object in a JSON-LD value, including inside @graph arrays. */
function findArticles(value: Json, found: Array<{ [key: string]: Json }>, depth = 0): void {
  if (depth > 8 || value == null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) findArticles(item, found, depth + 1);
    return;
  }
  if (typesOf(value).some((type) => ARTICLE_TYPES.test(type))) found.push(value);
  // A page typed otherwise ("MedicalWebPage") that still carries a headline, an author and a date is the article.
  else if (value.headline && value.author && value.datePublished) found.push(value);
  if (value['@graph']) findArticles(value['@graph'], found, depth + 1);
  if (value.mainEntity) findArticles(value.mainEntity, found, depth + 1);
}

/**
 * JSON.parse, then again with the two faults real pages have most: raw line breaks inside strings
 * and trailing commas. Returns undefined when the text still does not parse.
 */
function parseLenient(raw: string): Json | undefined {
  const attempts = [(text: string) => text, (text: string) => text.replace(/[\u0000-\u001f]+/g, ' '), (text: string) => text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')];
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt(raw.trim().replace(/^<!--|-->$/g, ''))) as Json;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

/** The simple string fields of a JSON-LD article that does not parse as a whole. */
function salvageArticle(raw: string): { [key: string]: Json } | null {
  const type = /"@type"\s*:\s*"(\w+)"/.exec(raw)?.[1];
  if (!type || !ARTICLE_TYPES.test(type)) return null;
  const field = (name: string) => new RegExp(`"${name}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){1,300})"`).exec(raw)?.[1] ?? null;
  const authorName = /"author"\s*:\s*(?:\[\s*)?(?:"((?:[^"\\]|\\.){1,120})"|\{[^{}]{0,300}?"name"\s*:\s*"((?:[^"\\]|\\.){1,120})")/.exec(raw);
  const article: { [key: string]: Json } = { '@type': type };
  for (const name of ['headline', 'datePublished', 'articleSection', 'inLanguage']) {
    const value = field(name);
    if (value) article[name] = value;
  }
  const author = authorName?.[1] ?? authorName?.[2];
  if (author) article.author = author;
  return Object.keys(article).length > 1 ? article : null;
}

function readJsonLd(document: PageIndex): Array<{ [key: string]: Json }> {
  const found: Array<{ [key: string]: Json }> = [];
  const scripts = select(document, 'script[type="application/ld+json"]');
  for (let index = 0; index < scripts.length; index++) {
    const raw = scripts[index].textContent ?? '';
    if (raw.length > 1_000_000) continue;
    const parsed = parseLenient(raw);
    // Broken JSON-LD is common on real pages (an unescaped quote in a description): the plain
    // fields of an article object are still read from its text.
    if (parsed !== undefined) findArticles(parsed, found);
    else {
      const salvaged = salvageArticle(raw);
      if (salvaged) found.push(salvaged);
    }
  }
  return found;
}

function metaContent(document: PageIndex, selectors: string[]): { value: string; via: string } | null {
  for (const selector of selectors) {
    const elements = select(document, selector);
    for (let index = 0; index < elements.length; index++) {
      const value = elements[index].getAttribute('content')?.trim();
      if (value) return { value: decodeEntities(decodeEntities(value)), via: selector };
    }
  }
  return null;
}

function firstAttribute(document: PageIndex, selector: string, attribute: string): string | null {
  const elements = select(document, selector);
  for (let index = 0; index < elements.length; index++) {
    const value = elements[index].getAttribute(attribute)?.trim();
    if (value) return value;
  }
  return null;
}

/**
 * Normalises a publication date to YYYY-MM-DD. A timestamp keeps the calendar date it was written
 * with ("2025-06-02T23:30:00-05:00" is June 2 where it was published), not the UTC one.
 */
export function normaliseDate(value: string | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(trimmed);
  // "0001-01-01T00:00:00Z" and the like are a CMS's empty value, not a date.
  if (isoDate) return Number(isoDate[1]) >= 1900 ? `${isoDate[1]}-${isoDate[2]}-${isoDate[3]}` : null;
  // A written date ("Wed, 08 Nov 2023 23:30:00 -0500", "November 8, 2023 11:30 PM EST") keeps its own day.
  const written = findCalendarDate(trimmed);
  if (written && written.index < 12) return written.date;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  if (date.getUTCFullYear() < 1000 || date.getUTCFullYear() > 9999) return null;
  return date.toISOString().slice(0, 10);
}

export function readPageMetadata(page: QueryableDocument): PageMetadata {
  const document = new PageIndex(page);
  const sources: Record<string, string> = {};
  const pick = <T>(field: string, candidates: Array<[T | null | undefined, string]>): T | null => {
    for (const [value, via] of candidates) {
      if (value != null && !(Array.isArray(value) && value.length === 0) && value !== '') {
        sources[field] = via;
        return value;
      }
    }
    return null;
  };
  const article = readJsonLd(document)[0] ?? null;
  const ld = (key: string) => (article ? article[key] : undefined);
  const publisher = ld('publisher');

  const title = pick<string>('title', [
    [asText(ld('headline')), 'json-ld:headline'],
    [metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]'])?.value, 'meta:og:title'],
  ]);
  const htmlTitle =
    decodeEntities(document.titles[0]?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim() || null;
  const dek = pick<string>('dek', [
    [asText(ld('alternativeHeadline')), 'json-ld:alternativeHeadline'],
    [asText(ld('description')), 'json-ld:description'],
    [metaContent(document, ['meta[property="og:description"]', 'meta[name="description"]'])?.value, 'meta:description'],
  ]);
  const authorMeta = metaContent(document, ['meta[name="author"]', 'meta[name="byl"]', 'meta[name="parsely-author"]', 'meta[name="sailthru.author"]', 'meta[property="article:author"]']);
  const authors =
    pick<string[]>('authors', [
      [names(ld('author')), 'json-ld:author'],
      [
        authorMeta && !/^https?:/.test(authorMeta.value)
          ? authorMeta.value
              .replace(/^by\s+/i, '')
              .split(/\s*(?:,|\band\b)\s*/)
              .filter(Boolean)
          : null,
        `meta:${authorMeta?.via}`,
      ],
    ]) ?? [];
  const outlet = pick<string>('outlet', [
    [names(publisher)[0], 'json-ld:publisher'],
    [metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="apple-mobile-web-app-title"]'])?.value, 'meta:og:site_name'],
  ]);
  const section = pick<string>('section', [
    [asText(ld('articleSection')), 'json-ld:articleSection'],
    [metaContent(document, ['meta[property="article:section"]', 'meta[name="section"]', 'meta[name="parsely-section"]'])?.value, 'meta:article:section'],
  ]);
  const publishedMeta =
    metaContent(document, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date.issued"]',
      'meta[itemprop="datePublished"]',
    ])?.value ?? null;
  const publishedTime = firstAttribute(document, 'time[datetime]', 'datetime');
  const published = pick<string>('published', [
    [normaliseDate(asText(ld('datePublished'))), 'json-ld:datePublished'],
    [normaliseDate(publishedMeta), 'meta:published_time'],
    [normaliseDate(publishedTime), 'html:time'],
  ]);
  // The raw value the date was read from: a UTC timestamp may be a day off the local date a reader sees.
  const rawPublished = (normaliseDate(asText(ld('datePublished'))) ? asText(ld('datePublished')) : normaliseDate(publishedMeta) ? publishedMeta : publishedTime) ?? '';
  const language = pick<string>('language', [
    [asText(ld('inLanguage')), 'json-ld:inLanguage'],
    [page.documentElement?.getAttribute('lang')?.trim() || null, 'html:lang'],
    [metaContent(document, ['meta[property="og:locale"]', 'meta[http-equiv="content-language"]'])?.value, 'meta:locale'],
  ]);
  // Only http: and https: URLs are kept: a page's "canonical" javascript: link never leaves ingest.
  const canonicalUrl = pick<string>('canonicalUrl', [
    [safeUrl(firstAttribute(document, 'link[rel="canonical"]', 'href')), 'html:canonical'],
    [safeUrl(metaContent(document, ['meta[property="og:url"]'])?.value), 'meta:og:url'],
    [safeUrl(asText(ld('url'))), 'json-ld:url'],
  ]);
  const articleTypes = article ? typesOf(article) : [];
  const articleType =
    articleTypes.find((type) => ARTICLE_TYPES.test(type) && type !== 'Article' && type !== 'NewsArticle') ?? articleTypes[0] ?? metaContent(document, ['meta[property="og:type"]'])?.value ?? null;
  const body = ld('articleBody');
  // Some sites put HTML in articleBody: paragraph ends become blank lines, other tags go.
  const articleBody =
    typeof body === 'string' && body.length < 2_000_000 ? decodeEntities(body.replace(/<\/(?:p|div|h[1-6]|li|blockquote)\s*>|<br\s*\/?>/gi, '\n\n').replace(/<[^>]{0,200}>/g, ' ')) : null;
  const publishedInUtc = /(?:Z|[+-]00:?00|GMT|UTC)$/i.test(rawPublished.trim()) || /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(rawPublished.trim());
  return {
    title,
    htmlTitle,
    dek,
    authors,
    outlet,
    section,
    published,
    language,
    canonicalUrl,
    articleType,
    articleBody,
    basedOn: basedOn(ld('isBasedOn'), document),
    publishedInUtc,
    fieldSources: sources,
  };
}

/** JSON-LD `isBasedOn` (a URL or a CreativeWork), or a syndication-source / original-source meta. */
function basedOn(value: Json | undefined, document: PageIndex): PageMetadata['basedOn'] {
  const item = Array.isArray(value) ? value[0] : value;
  if (typeof item === 'string' && /^https?:\/\//.test(item)) return { outlet: null, url: item, published: null, via: 'json-ld:isBasedOn' };
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    const url = asText(item.url) ?? asText(item['@id']);
    const outlet = names(item.publisher)[0] ?? null;
    const published = normaliseDate(asText(item.datePublished));
    if (url || outlet) return { outlet, url: url && /^https?:/.test(url) ? url : null, published, via: 'json-ld:isBasedOn' };
  }
  const meta = metaContent(document, ['meta[name="syndication-source"]', 'meta[name="original-source"]']);
  if (meta && /^https?:\/\//.test(meta.value)) return { outlet: null, url: meta.value, published: null, via: `meta:${meta.via}` };
  return null;
}
