/**
 * Turns a DOM subtree into plain text the way a reader sees it: one paragraph per block element,
 * white space inside a paragraph folded to single spaces, <br> kept as a line break.
 * Works on any DOM with nodeType/childNodes/tagName (linkedom here).
 */

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Elements whose content is never article text. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'OPTION',
  'BUTTON',
  'TEXTAREA',
  'INPUT',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

export function isBlock(node: DomNode): boolean {
  return node.nodeType === 1 && BLOCK_TAGS.has(node.nodeName.toUpperCase());
}

const ELEMENT = 1;
const TEXT = 3;

/** An <a href> inside a paragraph: its anchor text's span in the paragraph text and the href as written. */
export interface ParagraphLink {
  start: number;
  end: number;
  href: string;
}

export interface Paragraph<K> {
  text: string;
  /** What the classifier said of the innermost classified element the text came from. */
  kind: K | null;
  links: ParagraphLink[];
}

// Private-use characters mark where an anchor opens and closes while a paragraph is collected; they
// are taken out (and any on the page dropped) before the text is returned.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKERS = /[\uE000\uE001]/g;

/**
 * Folds white space as a reader sees it (runs of spaces to one, a run holding line breaks to those
 * breaks, no space at either end) and takes the anchor markers out, returning where each stood.
 */
export function foldWhiteSpace(raw: string): { text: string; opens: number[]; closes: number[] } {
  let text = '';
  let pendingBreaks = -1; // -1: no pending white space; 0: a space; n: n line breaks
  const opens: number[] = [];
  const closes: number[] = [];
  const emitPending = () => {
    if (pendingBreaks >= 0 && text.length > 0) text += pendingBreaks === 0 ? ' ' : '\n'.repeat(pendingBreaks);
    pendingBreaks = -1;
  };
  for (const char of raw) {
    if (char === OPEN) {
      emitPending();
      opens.push(text.length);
    } else if (char === CLOSE) {
      closes.push(text.length);
    } else if (/\s/.test(char)) {
      if (pendingBreaks < 0) pendingBreaks = 0;
      if (char === '\n') pendingBreaks++;
    } else {
      emitPending();
      text += char;
    }
  }
  return { text, opens, closes };
}

/**
 * Collects paragraphs of text under `root`, in document order. `classify`, when given, labels an
 * element (a caption, a navigation bar); its label is inherited by everything inside it.
 */
export function blockParagraphs<K = never>(root: DomNode, classify?: (node: DomNode) => K | null, maxDepth = 2000): Array<Paragraph<K>> {
  const paragraphs: Array<Paragraph<K>> = [];
  let current = '';
  let currentKind: K | null = null;
  // hrefs of the anchors opened in `current`, in order; `open` counts those not yet closed.
  let hrefs: string[] = [];
  let open = 0;
  const flush = () => {
    while (open > 0) {
      current += CLOSE;
      open--;
    }
    const folded = current.includes(OPEN) ? foldWhiteSpace(current) : null;
    const text = folded
      ? folded.text
      : current
          .replace(/[^\S\n]*\n[^\S\n]*/g, '\n')
          .replace(/[^\S\n]+/g, ' ')
          .trim();
    if (text) {
      const links: ParagraphLink[] = [];
      if (folded) {
        folded.opens.forEach((start, index) => {
          let from = start;
          let to = Math.min(folded.closes[index] ?? text.length, text.length);
          while (from < to && /\s/.test(text[from])) from++;
          while (to > from && /\s/.test(text[to - 1])) to--;
          if (to > from) links.push({ start: from, end: to, href: hrefs[index] });
        });
      }
      paragraphs.push({ text, kind: currentKind, links });
    }
    current = '';
    currentKind = null;
    hrefs = [];
    open = 0;
  };
  // An explicit stack instead of recursion: 100k nested <div>s must not overflow the call stack.
  const stack: Array<{ node: DomNode; exit: boolean; depth: number; kind: K | null; anchor?: boolean }> = [{ node: root, exit: false, depth: 0, kind: null }];
  while (stack.length > 0) {
    const { node, exit, depth, kind: inherited, anchor } = stack.pop()!;
    if (exit) {
      if (anchor) {
        // An anchor split by a block boundary was already closed by flush().
        if (open > 0) {
          current += CLOSE;
          open--;
        }
      } else flush();
      continue;
    }
    if (node.nodeType === TEXT) {
      const text = (node.textContent ?? '').replace(MARKERS, '').replace(/\s+/g, ' ');
      if (text.trim()) currentKind = inherited;
      current += text;
      continue;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      current += '\n';
      continue;
    }
    const kind = (node.nodeType === ELEMENT && classify ? classify(node) : null) ?? inherited;
    if (tag === 'PRE') {
      flush();
      for (const part of (node.textContent ?? '').split(/\n{2,}/)) {
        if (part.trim()) paragraphs.push({ text: part.trim(), kind, links: [] });
      }
      continue;
    }
    if (isBlock(node)) {
      flush();
      stack.push({ node, exit: true, depth, kind });
    } else if (tag === 'A' && depth < maxDepth) {
      const href = node.getAttribute?.('href')?.trim();
      if (href) {
        current += OPEN;
        hrefs.push(href);
        open++;
        stack.push({ node, exit: true, depth, kind, anchor: true });
      }
    }
    if (depth >= maxDepth) {
      // Too deep to be real structure: take the rest as flat text.
      current += ' ' + (node.textContent ?? '').replace(MARKERS, '').replace(/\s+/g, ' ');
      currentKind = kind;
      continue;
    }
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({ node: children[index], exit: false, depth: depth + 1, kind });
    }
  }
  flush();
  return paragraphs;
}
