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
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL',
]);

/** Elements whose content is never article text. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
  'SELECT', 'OPTION', 'BUTTON', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK',
]);

export function isBlock(node: DomNode): boolean {
  return node.nodeType === 1 && BLOCK_TAGS.has(node.nodeName.toUpperCase());
}

const ELEMENT = 1;
const TEXT = 3;

export interface Paragraph<K> {
  text: string;
  /** What the classifier said of the innermost classified element the text came from. */
  kind: K | null;
}

/**
 * Collects paragraphs of text under `root`, in document order. `classify`, when given, labels an
 * element (a caption, a navigation bar); its label is inherited by everything inside it.
 */
export function blockParagraphs<K = never>(
  root: DomNode,
  classify?: (node: DomNode) => K | null,
  maxDepth = 2000,
): Array<Paragraph<K>> {
  const paragraphs: Array<Paragraph<K>> = [];
  let current = '';
  let currentKind: K | null = null;
  const flush = () => {
    const text = current.replace(/[^\S\n]*\n[^\S\n]*/g, '\n').replace(/[^\S\n]+/g, ' ').trim();
    if (text) paragraphs.push({ text, kind: currentKind });
    current = '';
    currentKind = null;
  };
  // An explicit stack instead of recursion: 100k nested <div>s must not overflow the call stack.
  const stack: Array<{ node: DomNode; exit: boolean; depth: number; kind: K | null }> = [
    { node: root, exit: false, depth: 0, kind: null },
  ];
  while (stack.length > 0) {
    const { node, exit, depth, kind: inherited } = stack.pop()!;
    if (exit) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ');
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
        if (part.trim()) paragraphs.push({ text: part.trim(), kind });
      }
      continue;
    }
    if (isBlock(node)) {
      flush();
      stack.push({ node, exit: true, depth, kind });
    }
    if (depth >= maxDepth) {
      // Too deep to be real structure: take the rest as flat text.
      current += ' ' + (node.textContent ?? '').replace(/\s+/g, ' ');
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
