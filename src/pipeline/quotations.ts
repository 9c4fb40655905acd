import type { Analysis } from '../core/analysis.js';
import type { Span } from '../core/span.js';

// Quotations as the attribution and speakers stages both read them (pure, over the text and its
// paragraphs), kept here so that neither stage imports the other and both agree on every quotation.

/** A paragraph of the document as its sentences give it. */
export interface Paragraph {
  index: number;
  span: Span;
}

/** The document's paragraphs, from its sentences (a paragraph runs from its first sentence to its last). */
export function paragraphSpans(analysis: Analysis): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const sentence of analysis.sentences) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && last.index === sentence.paragraph) last.span = { start: last.span.start, end: sentence.end };
    else paragraphs.push({ index: sentence.paragraph, span: { start: sentence.start, end: sentence.end } });
  }
  return paragraphs;
}

/** The document's quotations over its paragraphs (none where the text holds no double quotation mark). */
export function documentQuotations(text: string, paragraphs: Paragraph[]): QuotationSpan[] {
  if (paragraphs.length === 0 || !ANY_QUOTE_MARK.test(text)) return [];
  return findQuotations(
    text,
    paragraphs.map((item) => item.span),
  );
}

/** A stretch of quoted words in the document, with its quotation marks. */
export interface QuotationSpan extends Span {
  /** The paragraphs it runs over, in order (more than one when news convention continues it). */
  paragraphs: number[];
  /**
   * How its end was found: `closed` by a closing mark, `continued` over paragraphs (a paragraph that
   * opens a quote without closing it goes on in the next paragraph that opens one), or `unclosed`
   * when the paragraph ended with the quotation open and the next did not continue it.
   */
  rule: 'closed' | 'continued' | 'unclosed';
}

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);
const QUOTE_MARK = /[“«„”»"]/g;
/** The same marks, for a test that keeps no position between calls. */
const ANY_QUOTE_MARK = new RegExp(QUOTE_MARK.source);

/**
 * Every top-level double quotation in the text, paragraph by paragraph. Curly and guillemet marks
 * have a direction; straight double quotes alternate within a paragraph. Single quotes are left
 * alone: inside a double quotation they nest, elsewhere they are mostly apostrophes.
 */
export function findQuotations(text: string, paragraphs: Span[]): QuotationSpan[] {
  const quotations: QuotationSpan[] = [];
  let open: { start: number; paragraphs: number[]; continued: boolean } | null = null;
  paragraphs.forEach((paragraph, index) => {
    const first = firstVisible(text, paragraph);
    if (open) {
      const opensAgain = first !== -1 && (OPENING.has(text[first]) || text[first] === '"');
      if (opensAgain) {
        open.paragraphs.push(index);
        open.continued = true;
      } else {
        closeAt(open, previousEnd(paragraphs, index), 'unclosed');
        open = null;
      }
    }
    let depth = 0;
    // Only quotation marks matter: the scan jumps from one to the next.
    QUOTE_MARK.lastIndex = paragraph.start;
    for (let match = QUOTE_MARK.exec(text); match && match.index < paragraph.end; match = QUOTE_MARK.exec(text)) {
      const at = match.index;
      const char = match[0];
      if (open && open.paragraphs[open.paragraphs.length - 1] === index && open.paragraphs.length > 1 && at === first) continue;
      if (OPENING.has(char)) {
        if (!open) open = { start: at, paragraphs: [index], continued: false };
        else depth++;
      } else if (CLOSING.has(char) && open) {
        if (depth > 0) depth--;
        else {
          closeAt(open, at + 1, open.continued ? 'continued' : 'closed');
          open = null;
        }
      } else if (char === '"') {
        if (!open) open = { start: at, paragraphs: [index], continued: false };
        else {
          closeAt(open, at + 1, open.continued ? 'continued' : 'closed');
          open = null;
        }
      }
    }
  });
  if (open) closeAt(open, paragraphs[paragraphs.length - 1].end, 'unclosed');
  return quotations;

  function closeAt(state: { start: number; paragraphs: number[]; continued: boolean }, end: number, rule: QuotationSpan['rule']) {
    if (end - state.start > 2) quotations.push({ start: state.start, end, paragraphs: state.paragraphs, rule: state.continued && rule === 'unclosed' ? 'continued' : rule });
  }
}

function firstVisible(text: string, span: Span): number {
  for (let at = span.start; at < span.end; at++) if (!/\s/.test(text[at])) return at;
  return -1;
}

function previousEnd(paragraphs: Span[], index: number): number {
  return paragraphs[index - 1].end;
}

/** How much of `span` lies inside quotation `quote`, 0..1. */
export function shareInside(span: Span, quote: Span): number {
  const length = span.end - span.start;
  if (length <= 0) return 0;
  return Math.max(0, Math.min(span.end, quote.end) - Math.max(span.start, quote.start)) / length;
}
