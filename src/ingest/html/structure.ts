import type { RemovedKind } from '../../core/document.js';
import type { DomNode } from './block-text.js';

/**
 * Recognises page modules by their STRUCTURE rather than their words: a container of repeated
 * blocks, each a link with an image or a short line of text, is a teaser list ("related", "read
 * more", a promotion box); repeated blocks of image plus short caption are a gallery. Article prose
 * has long paragraphs whose links cover a small share of their text, so it never looks like this.
 */

type Element = DomNode & { getAttribute(name: string): string | null };
/** Sibling links: linkedom builds a fresh array for every `childNodes` read, so walks follow these instead. */
type Linked = DomNode & { firstChild?: Linked | null; nextSibling?: Linked | null };

function* childrenOf(node: DomNode): Generator<Linked> {
  const linked = node as Linked;
  if (linked.firstChild === undefined) {
    for (let index = 0; index < node.childNodes.length; index++) yield node.childNodes[index] as Linked;
    return;
  }
  for (let child = linked.firstChild; child; child = child.nextSibling ?? null) yield child;
}

const CONTAINERS = new Set(['UL', 'OL', 'DIV', 'SECTION', 'ASIDE', 'NAV', 'DL', 'TBODY', 'TABLE']);
/** Fewer blocks than this are not a module: an article can hold two linked items side by side. */
const MIN_BLOCKS = 3;
/** A teaser's text is a headline, maybe with a line of summary; longer blocks are prose. */
const MAX_TEASER_TEXT = 220;
const MAX_CAPTION_TEXT = 320;

function elementChildren(node: DomNode): Element[] {
  const out: Element[] = [];
  for (const child of childrenOf(node)) {
    if (child.nodeType === 1) out.push(child as unknown as Element);
    else if (child.nodeType === 3 && (child.textContent ?? '').trim().length > 20) return []; // loose prose between blocks
  }
  return out;
}

interface Shape {
  links: number;
  linkText: number;
  images: number;
  paragraphs: number;
  /** Characters of text (white space runs counted once). */
  text: number;
  /** The walk stopped at its budget: the block is too big to be a teaser or a caption. */
  big: boolean;
  /** The block's text, white space folded (complete unless `big`). */
  content: string;
}

/**
 * Counts descendants by tag name, the text inside links and all text, in one bounded walk: a block
 * larger than the budget is no module item, so nothing more needs counting (this keeps the
 * whole-page pass linear in practice).
 */
function survey(node: DomNode, budget = 120): Shape {
  const result: Shape = { links: 0, linkText: 0, images: 0, paragraphs: 0, text: 0, big: false, content: '' };
  const parts: string[] = [];
  const stack: Array<{ node: DomNode; inLink: boolean }> = [{ node, inLink: false }];
  let visited = 0;
  while (stack.length > 0) {
    if (visited++ >= budget || result.text > MAX_CAPTION_TEXT * 2) {
      result.big = true;
      break;
    }
    const { node: current, inLink } = stack.pop()!;
    if (current.nodeType === 3) {
      const folded = (current.textContent ?? '').replace(/\s+/g, ' ').trim();
      const length = folded.length;
      if (length > 0) parts.push(folded);
      result.text += length;
      if (inLink) result.linkText += length;
      continue;
    }
    if (current.nodeType !== 1) continue;
    const tag = current.nodeName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
    let link = inLink;
    if (tag === 'A' && (current as Element).getAttribute('href')) {
      result.links++;
      link = true;
    } else if (tag === 'IMG' || tag === 'PICTURE' || tag === 'FIGURE') result.images++;
    else if (tag === 'P') result.paragraphs++;
    const children = [...childrenOf(current)];
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index], inLink: link });
  }
  result.content = parts.join(' ');
  return result;
}

/** The kind of module `node` is, judged by the shape of its child blocks, or null for anything else. */
export function structuralKind(node: DomNode): RemovedKind | null {
  if (node.nodeType !== 1 || !CONTAINERS.has(node.nodeName.toUpperCase())) return null;
  const children = elementChildren(node);
  if (children.length < MIN_BLOCKS) return null;
  let blocks = 0;
  let teasers = 0;
  let pictures = 0;
  let menuItems = 0;
  let prose = 0;
  const texts: string[] = [];
  for (const block of children) {
    const shape = survey(block);
    if (shape.text === 0 && shape.images === 0 && !shape.big) continue; // spacers
    blocks++;
    if (shape.big) {
      prose++;
      if (prose >= 3) return null;
      continue;
    }
    const length = shape.text;
    const text = shape.content;
    texts.push(text);
    // Sentences outside links: article prose, which no module holds much of.
    if (length >= 80 && /[.!?…"”’)]$/.test(text) && shape.linkText < 0.5 * length) prose++;
    if (shape.links > 0 && length < 40 && shape.linkText >= 0.8 * length && shape.images === 0) menuItems++;
    // A teaser: a link whose text is most of the block (a headline), short, with or without a picture.
    if (shape.links > 0 && length <= MAX_TEASER_TEXT && shape.linkText >= 0.6 * length && (shape.images > 0 || length >= 12)) teasers++;
    else if (shape.images > 0 && length <= MAX_CAPTION_TEXT && shape.paragraphs <= 2) pictures++;
  }
  if (blocks < MIN_BLOCKS || prose >= 3 || prose > 0.25 * blocks) return null;
  // Real lists of sources or results have varied, longer items; a module's items are nearly all teasers.
  if (teasers >= MIN_BLOCKS && teasers >= 0.75 * blocks) return 'related';
  if (pictures >= MIN_BLOCKS && pictures + teasers >= 0.75 * blocks) return 'gallery';
  // A menu: four or more bare links of a few words each.
  if (menuItems >= 4 && menuItems >= 0.75 * blocks) return 'navigation';
  // A slideshow repeats its title on every slide.
  const repeated = texts.filter((text) => text.length > 10 && texts.indexOf(text) !== texts.lastIndexOf(text)).length;
  if (repeated >= MIN_BLOCKS && repeated >= 0.5 * blocks && pictures + teasers > 0) return 'gallery';
  return null;
}
