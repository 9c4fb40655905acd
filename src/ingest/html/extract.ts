import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Removed, RemovedKind } from '../../core/document.js';
import { budgetError, DEFAULT_BUDGETS, type Budgets } from '../../core/budgets.js';
import { blockParagraphs, type DomNode } from './block-text.js';
import { chromeKindOf } from './chrome-kind.js';
import { readPageMetadata, type PageMetadata } from './metadata.js';
import { matchLineRule } from '../chrome-lines.js';
import { scanHtml, strippedParagraphs } from './scan.js';

export const HTML_EXTRACTOR = 'readability-0.6+linkedom';

export interface ExtractedHtml {
  metadata: PageMetadata;
  byline: string | null;
  paragraphs: string[];
  removed: Removed[];
  /** Which path produced the body: Readability, or the whole page as text when Readability gave up. */
  method: 'readability' | 'page-text' | 'stripped-tags';
}

/** Above this many elements Readability is too slow; the page is taken as plain text instead. */
const MAX_ELEMENTS = 100_000;

function classifyElement(node: DomNode): RemovedKind | null {
  const element = node as DomNode & { getAttribute(name: string): string | null };
  return chromeKindOf(node.nodeName.toUpperCase(), {
    id: element.getAttribute('id') ?? '',
    className: element.getAttribute('class') ?? '',
    role: element.getAttribute('role') ?? '',
  });
}

/**
 * Inside the article only small elements are judged by their class: a container whose class says
 * "share" or "ad" often wraps the whole story.
 */
function classifyInsideArticle(node: DomNode): RemovedKind | null {
  const kind = classifyElement(node);
  if (!kind || kind === 'author-bio') return null;
  return (node.textContent?.length ?? 0) <= 400 ? kind : null;
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

  let articleParagraphs: string[] | null = null;
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
            insideRemoved.push({ kind: paragraph.kind, text: paragraph.text, rule: 'html.element-kind-in-article' });
          } else articleParagraphs.push(paragraph.text);
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
    articleParagraphs = (unlabelled.length > 0 ? unlabelled : pageParagraphs).map((paragraph) => paragraph.text);
  }

  const removed: Removed[] = insideRemoved;
  let kept: string[] = [];
  for (const paragraph of articleParagraphs) {
    const rule = matchLineRule(paragraph);
    if (rule) removed.push({ kind: rule.kind, text: paragraph, rule: `line.${rule.name}` });
    else kept.push(paragraph);
  }
  kept = trimEdges(kept, removed);
  const keptKeys = new Set([...kept, ...removed.map((item) => item.text)].map(paragraphKey));
  const articleText = paragraphKey(kept.join(' '));
  const title = metadata.title ? paragraphKey(metadata.title) : null;
  for (const paragraph of pageParagraphs) {
    const key = paragraphKey(paragraph.text);
    if (keptKeys.has(key) || key === title || articleText.includes(key)) continue;
    removed.push({ kind: paragraph.kind ?? 'other', text: paragraph.text, rule: paragraph.kind ? 'html.element-kind' : 'html.not-in-article' });
  }
  return { metadata, byline, paragraphs: kept, removed, method };
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
function trimEdges(paragraphs: string[], removed: Removed[]): string[] {
  let start = 0;
  let end = paragraphs.length;
  while (start < end && isStub(paragraphs[start])) start++;
  while (end > start && isStub(paragraphs[end - 1])) end--;
  if (start === end) return paragraphs;
  if (start > MAX_EDGE_STUBS) start = 0;
  if (paragraphs.length - end > MAX_EDGE_STUBS) end = paragraphs.length;
  for (const paragraph of [...paragraphs.slice(0, start), ...paragraphs.slice(end)]) {
    removed.push({ kind: 'navigation', text: paragraph, rule: 'html.stub-at-edge' });
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
  const metadata: PageMetadata = {
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
    fieldSources: title ? { title: 'html:title' } : {},
  };
  return { metadata, byline: null, paragraphs: kept, removed, method: 'stripped-tags' };
}
