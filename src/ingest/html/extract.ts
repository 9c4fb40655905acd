import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Removed, RemovedKind } from '../../core/document.js';
import { budgetError, DEFAULT_BUDGETS, type Budgets } from '../../core/budgets.js';
import { blockParagraphs, type DomNode, type Paragraph } from './block-text.js';
import { chromeKindOf } from './chrome-kind.js';
import { readPageMetadata, type PageMetadata } from './metadata.js';
import { matchLineRule } from '../chrome-lines.js';
import { scanHtml, strippedParagraphs } from './scan.js';
import { structuralKind } from './structure.js';
import { chooseBody, type BodyParagraph } from './body-choice.js';
import { removeSignatoryLists, signatoryName } from '../letters.js';

export const HTML_EXTRACTOR = 'readability-0.6+linkedom';

export type { BodyParagraph } from './body-choice.js';

export interface PageLine {
  text: string;
  kind: RemovedKind | null;
}

/** Modules whose lines are never the article's header: teasers, galleries, ads, forms, captions. */
const NOT_HEADER = new Set<RemovedKind>(['related', 'gallery', 'advert', 'comment-form', 'caption', 'credit', 'tags']);

export interface ExtractedHtml {
  metadata: PageMetadata;
  byline: string | null;
  paragraphs: BodyParagraph[];
  removed: Removed[];
  /** The page's own paragraphs before the article was chosen, in order, with the kind their element suggests: bylines, kickers and date lines live here. */
  pageLines: PageLine[];
  /** Which path produced the body: Readability, structured data, or the whole page as text when Readability gave up. */
  method: 'readability' | 'json-ld' | 'article-markup' | 'page-text' | 'stripped-tags';
}

/** Above this many elements Readability is too slow; the page is taken as plain text instead. */
const MAX_ELEMENTS = 100_000;

function classifyElement(node: DomNode): RemovedKind | null {
  const element = node as DomNode & { getAttribute(name: string): string | null };
  return (
    chromeKindOf(node.nodeName.toUpperCase(), {
      id: element.getAttribute('id') ?? '',
      className: element.getAttribute('class') ?? '',
      role: element.getAttribute('role') ?? '',
    }) ?? structuralKind(node)
  );
}

/**
 * Inside the article only small elements are judged by their class: a container whose class says
 * "share" or "ad" often wraps the whole story. Structure (repeated teaser blocks) is judged at any size.
 */
function classifyInsideArticle(node: DomNode): RemovedKind | null {
  const element = node as DomNode & { getAttribute(name: string): string | null };
  const byClass = chromeKindOf(node.nodeName.toUpperCase(), {
    id: element.getAttribute('id') ?? '',
    className: element.getAttribute('class') ?? '',
    role: element.getAttribute('role') ?? '',
  });
  if (byClass && byClass !== 'author-bio' && (node.textContent?.length ?? 0) <= 400) return byClass;
  return structuralKind(node);
}

/** A key that ignores white space and case, to tell whether a page paragraph made it into the article. */
function paragraphKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Readability scores every paragraph against its neighbours; past this many paragraphs (no article
 * has them: a list of thousands of items does) the page's own paragraphs are taken instead.
 */
const MAX_READABILITY_BLOCKS = 5_000;

/** Deeper nesting than this is not real page structure; the page is read by stripping tags. */
const MAX_DEPTH = 400;

/** The page's own article container: `<article>` or an element marked itemprop="articleBody". */
function articleMarkup(document: { getElementsByTagName(tag: string): ArrayLike<unknown>; querySelector?(selector: string): unknown }): DomNode | null {
  const marked = document.querySelector?.('[itemprop="articleBody"]') as DomNode | null | undefined;
  if (marked) return marked;
  const articles = Array.from(document.getElementsByTagName('article') as ArrayLike<DomNode>);
  if (articles.length !== 1) return null; // several <article>s are a list of teasers, not one story
  return articles[0];
}

export function extractHtml(html: string, budgets: Pick<Budgets, 'htmlElements' | 'htmlBlocks'> = DEFAULT_BUDGETS, source = '-'): ExtractedHtml {
  const shape = scanHtml(html);
  // Structural budgets before any DOM is built: a page of 200,000 paragraphs fails here in
  // milliseconds instead of costing minutes and gigabytes downstream.
  if (shape.elements > budgets.htmlElements) throw budgetError(source, 'htmlElements', shape.elements, budgets.htmlElements);
  if (shape.blocks > budgets.htmlBlocks) throw budgetError(source, 'htmlBlocks', shape.blocks, budgets.htmlBlocks);
  if (shape.maxDepth > MAX_DEPTH || shape.elements > MAX_ELEMENTS * 2) return extractStripped(html);
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document as unknown as Parameters<typeof readPageMetadata>[0]);
  const body = (document.body ?? document.documentElement) as unknown as DomNode | null;
  // Read the page's own paragraphs before Readability rewrites the DOM: whatever does not reach
  // the article is reported in `removed`, with the kind its element suggests.
  const pageParagraphs = body ? blockParagraphs<RemovedKind>(body, classifyElement) : [];
  const markup = articleMarkup(document as never);
  const markupParagraphs = markup ? blockParagraphs<RemovedKind>(markup, classifyInsideArticle).filter((paragraph) => !paragraph.kind) : [];

  let articleParagraphs: Array<Paragraph<RemovedKind>> | null = null;
  let byline: string | null = null;
  let method: ExtractedHtml['method'] = 'page-text';
  const insideRemoved: Removed[] = [];
  if (shape.elements <= MAX_ELEMENTS && shape.blocks <= MAX_READABILITY_BLOCKS) {
    try {
      const reader = new Readability<DomNode>(document as unknown as Document, {
        serializer: (node) => node as unknown as DomNode,
        maxElemsToParse: MAX_ELEMENTS,
        // Classes are kept so that captions, share bars and ads inside the article can be told apart.
        keepClasses: true,
      });
      const article = reader.parse();
      if (article?.content) {
        articleParagraphs = [];
        for (const paragraph of blockParagraphs<RemovedKind>(article.content, classifyInsideArticle)) {
          if (paragraph.kind) {
            insideRemoved.push({ kind: paragraph.kind, text: paragraph.text, rule: `html.${paragraph.kind === 'related' || paragraph.kind === 'gallery' ? 'structure' : 'element-kind'}-in-article` });
          } else articleParagraphs.push(paragraph);
        }
        byline = article.byline?.trim() || null;
        if (!metadata.title && article.title?.trim()) {
          metadata.title = article.title.trim();
          metadata.fieldSources.title = 'readability:title';
        }
        metadata.outlet ??= article.siteName?.trim() || null;
        metadata.language ??= article.lang?.trim() || null;
        method = 'readability';
      }
    } catch {
      articleParagraphs = null;
    }
  }
  if (!metadata.title && metadata.htmlTitle) {
    metadata.title = metadata.htmlTitle;
    metadata.fieldSources.title = 'html:title';
  }
  if (!articleParagraphs) {
    const unlabelled = pageParagraphs.filter((paragraph) => paragraph.kind === null);
    articleParagraphs = unlabelled.length > 0 ? unlabelled : pageParagraphs;
  }

  const removed: Removed[] = insideRemoved;
  const cleanChrome = (paragraphs: BodyParagraph[], into: Removed[]): BodyParagraph[] => {
    let kept: BodyParagraph[] = [];
    for (const paragraph of paragraphs) {
      const rule = matchLineRule(paragraph.text);
      if (rule) into.push({ kind: rule.kind, text: paragraph.text, rule: `line.${rule.name}` });
      // A paragraph that is only a web address is the page's own link or a share target, not prose.
      else if (/^https?:\/\/\S+$/.test(paragraph.text)) into.push({ kind: 'other', text: paragraph.text, rule: 'html.bare-url' });
      else kept.push(paragraph);
    }
    kept = trimEdges(kept, into);
    return removeSignatoryLists(kept, into);
  };
  let kept = cleanChrome(articleParagraphs, removed);
  // A fuller body in structured data or the page's own article markup wins over Readability's.
  const pageLinks = pageParagraphs.flatMap((paragraph) => paragraph.links.map((link) => ({ text: paragraph.text.slice(link.start, link.end), href: link.href })));
  const alternatives: Array<{ method: ExtractedHtml['method']; paragraphs: BodyParagraph[]; removed: Removed[] }> = [];
  if (metadata.articleBody) {
    const jsonRemoved: Removed[] = [];
    const paragraphs = metadata.articleBody
      .split(/\n\s*\n|\n(?=\S)/)
      .map((text) => text.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .map((text) => ({ text, links: [] }));
    alternatives.push({ method: 'json-ld', paragraphs: cleanChrome(paragraphs, jsonRemoved), removed: jsonRemoved });
  }
  if (markupParagraphs.length > 0) {
    const markupRemoved: Removed[] = [];
    alternatives.push({ method: 'article-markup', paragraphs: cleanChrome(markupParagraphs, markupRemoved), removed: markupRemoved });
  }
  const choice = chooseBody({ method, paragraphs: kept }, alternatives, pageLinks);
  if (choice.method !== method) {
    const chosen = alternatives.find((alternative) => alternative.method === choice.method)!;
    removed.splice(0, removed.length, ...chosen.removed);
    kept = choice.paragraphs;
    method = choice.method;
  }

  const keptKeys = new Set([...kept.map((paragraph) => paragraph.text), ...removed.map((item) => item.text)].map(paragraphKey));
  const articleText = paragraphKey(kept.map((paragraph) => paragraph.text).join(' '));
  const title = metadata.title ? paragraphKey(metadata.title) : null;
  for (const paragraph of pageParagraphs) {
    const key = paragraphKey(paragraph.text);
    if (keptKeys.has(key) || key === title || articleText.includes(key)) continue;
    removed.push({ kind: paragraph.kind ?? 'other', text: paragraph.text, rule: paragraph.kind ? 'html.element-kind' : 'html.not-in-article' });
  }
  const pageLines = pageParagraphs
    .filter((paragraph) => !paragraph.kind || !NOT_HEADER.has(paragraph.kind))
    .slice(0, 400)
    .map(({ text, kind }) => ({ text, kind }));
  return { metadata, byline, paragraphs: kept, removed, method, pageLines };
}

/** A paragraph too short and unpunctuated to be prose: a label, a menu item, a kicker. */
function isStub(paragraph: string): boolean {
  return paragraph.length < 60 && !/[.!?…"”:。！？]$/.test(paragraph);
}

/** Edge runs longer than this are content (a list of results), not a menu. */
const MAX_EDGE_STUBS = 6;

/**
 * Takes labels and link stubs off both ends of the article (section kickers, "You may also like"
 * lists): prose starts and ends with a sentence.
 */
function trimEdges(paragraphs: BodyParagraph[], removed: Removed[]): BodyParagraph[] {
  let start = 0;
  let end = paragraphs.length;
  while (start < end && isStub(paragraphs[start].text)) start++;
  while (end > start && isStub(paragraphs[end - 1].text)) end--;
  // A name signing off the prose before it stays: a letter's or an author's signature, decided later.
  if (end < paragraphs.length && end > start && signatoryName(paragraphs[end].text) && paragraphs[end].text !== paragraphs[end].text.toUpperCase()) end++;
  if (start === end) return paragraphs;
  if (start > MAX_EDGE_STUBS) start = 0;
  if (paragraphs.length - end > MAX_EDGE_STUBS) end = paragraphs.length;
  for (const paragraph of [...paragraphs.slice(0, start), ...paragraphs.slice(end)]) {
    removed.push({ kind: 'navigation', text: paragraph.text, rule: 'html.stub-at-edge' });
  }
  return paragraphs.slice(start, end);
}

function extractStripped(html: string): ExtractedHtml {
  const { title, paragraphs } = strippedParagraphs(html);
  const removed: Removed[] = [];
  const kept = paragraphs.filter((paragraph) => {
    const rule = matchLineRule(paragraph);
    if (rule) removed.push({ kind: rule.kind, text: paragraph, rule: `line.${rule.name}` });
    return !rule;
  });
  const metadata = strippedMetadata(html, title);
  return { metadata, byline: null, paragraphs: kept.map((text) => ({ text, links: [] })), removed, method: 'stripped-tags', pageLines: [] };
}

/**
 * Metadata of a page too large or deep for a DOM: its <head> and JSON-LD blocks are small, so they
 * alone are parsed; the body never is.
 */
function strippedMetadata(html: string, title: string | null): PageMetadata {
  const head = /<head[\s>][\s\S]{0,2000000}?<\/head>/i.exec(html)?.[0] ?? '';
  const ld = [...html.matchAll(/<script[^>]*application\/ld\+json[^>]*>[\s\S]{0,500000}?<\/script>/gi)].map((match) => match[0]).slice(0, 20);
  const small = `<html><head>${head.replace(/^<head[^>]*>|<\/head>$/gi, '')}${ld.join('')}</head><body></body></html>`;
  const shape = scanHtml(small);
  if (small.length < 3_000_000 && shape.maxDepth <= MAX_DEPTH && shape.elements <= MAX_ELEMENTS) {
    const { document } = parseHTML(small);
    const metadata = readPageMetadata(document as unknown as Parameters<typeof readPageMetadata>[0]);
    if (!metadata.title && title) {
      metadata.title = title;
      metadata.fieldSources.title = 'html:title';
    }
    return metadata;
  }
  return {
    title,
    htmlTitle: title,
    dek: null,
    authors: [],
    outlet: null,
    section: null,
    published: null,
    language: null,
    canonicalUrl: null,
    articleType: null,
    articleBody: null,
    basedOn: null,
    fieldSources: title ? { title: 'html:title' } : {},
  };
}
