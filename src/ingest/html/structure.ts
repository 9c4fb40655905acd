import type { RemovedKind } from '../../core/document.js';
import type { DomNode } from './block-text.js';

/**
 * Recognises page modules by their STRUCTURE rather than their words: a container of repeated
 * blocks, each a link with an image or a short line of text, is a teaser list ("related", "read
 * more", a promotion box); repeated blocks of image plus short caption are a gallery. Article prose
 * has long paragraphs whose links cover a small share of their text, so it never looks like this.
 */

type Element = DomNode & { getAttribute(name: string): string | null; children?: ArrayLike<DomNode>; localName?: string };

const CONTAINERS = new Set(['UL', 'OL', 'DIV', 'SECTION', 'ASIDE', 'NAV', 'DL', 'TBODY', 'TABLE']);
/** Fewer blocks than this are not a module: an article can hold two linked items side by side. */
const MIN_BLOCKS = 3;
/** A teaser's text is a headline, maybe with a line of summary; longer blocks are prose. */
const MAX_TEASER_TEXT = 220;
const MAX_CAPTION_TEXT = 320;

function elementChildren(node: DomNode): Element[] {
  const out: Element[] = [];
  const children = node.childNodes;
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (child.nodeType === 1) out.push(child as Element);
    else if (child.nodeType === 3 && (child.textContent ?? '').trim().length > 20) return []; // loose prose between blocks
  }
  return out;
}

/** Counts descendants by tag name and sums the text inside links, in one walk. */
function survey(node: DomNode, budget = 400): { links: number; linkText: number; images: number; paragraphs: number } {
  const result = { links: 0, linkText: 0, images: 0, paragraphs: 0 };
  const stack: DomNode[] = [node];
  let visited = 0;
  while (stack.length > 0 && visited++ < budget) {
    const current = stack.pop()!;
    if (current.nodeType !== 1) continue;
    const tag = current.nodeName.toUpperCase();
    if (tag === 'A' && (current as Element).getAttribute('href')) {
      result.links++;
      result.linkText += (current.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    } else if (tag === 'IMG' || tag === 'PICTURE' || tag === 'FIGURE') result.images++;
    else if (tag === 'P') result.paragraphs++;
    const children = current.childNodes;
    for (let index = 0; index < children.length; index++) stack.push(children[index]);
  }
  return result;
}

const textLength = (node: DomNode) => (node.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/** The kind of module `node` is, judged by the shape of its child blocks, or null for anything else. */
export function structuralKind(node: DomNode): RemovedKind | null {
  if (node.nodeType !== 1 || !CONTAINERS.has(node.nodeName.toUpperCase())) return null;
  const blocks = elementChildren(node).filter((child) => textLength(child) > 0 || survey(child, 50).images > 0);
  if (blocks.length < MIN_BLOCKS) return null;
  let teasers = 0;
  let pictures = 0;
  let menuItems = 0;
  const texts: string[] = [];
  for (const block of blocks) {
    const length = textLength(block);
    const shape = survey(block);
    texts.push((block.textContent ?? '').replace(/\s+/g, ' ').trim());
    // A teaser: a link whose text is most of the block (a headline), short, with or without a picture.
    if (shape.links > 0 && length < 40 && shape.linkText >= 0.8 * length && shape.images === 0) menuItems++;
    if (shape.links > 0 && length <= MAX_TEASER_TEXT && shape.linkText >= 0.6 * length && (shape.images > 0 || length >= 12)) teasers++;
    else if (shape.images > 0 && length <= MAX_CAPTION_TEXT && shape.paragraphs <= 2) pictures++;
  }
  // Real lists of sources or results have varied, longer items; a module's items are nearly all teasers.
  if (teasers >= MIN_BLOCKS && teasers >= 0.75 * blocks.length) return 'related';
  if (pictures >= MIN_BLOCKS && pictures + teasers >= 0.75 * blocks.length) return 'gallery';
  // A menu: four or more bare links of a few words each.
  if (menuItems >= 4 && menuItems >= 0.75 * blocks.length) return 'navigation';
  // A slideshow repeats its title on every slide.
  const repeated = texts.filter((text) => text.length > 10 && texts.indexOf(text) !== texts.lastIndexOf(text)).length;
  if (repeated >= MIN_BLOCKS && repeated >= 0.5 * blocks.length && pictures + teasers > 0) return 'gallery';
  return null;
}
