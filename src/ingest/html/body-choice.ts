import type { ParagraphLink } from './block-text.js';

/** One paragraph of the article body with the hyperlinks inside it (spans relative to the paragraph). */
export interface BodyParagraph {
  text: string;
  links: ParagraphLink[];
}

/** Words in paragraphs long enough to be prose: captions, buttons and bylines do not count. */
export function proseWords(paragraphs: BodyParagraph[]): number {
  let words = 0;
  for (const paragraph of paragraphs) {
    const count = paragraph.text.split(/\s+/).filter(Boolean).length;
    if (count >= 12) words += count;
  }
  return words;
}

/**
 * Readability's body is kept unless another reading of the page (JSON-LD `articleBody`, the page's
 * own `<article>` markup) holds clearly more prose: half as much again and 40 words more. That is
 * the case where Readability settled on a caption, a bio or a signatory list.
 */
const FULLER_RATIO = 1.5;
const FULLER_MARGIN = 40;

export function chooseBody<M extends string>(
  primary: { method: M; paragraphs: BodyParagraph[] },
  alternatives: Array<{ method: M; paragraphs: BodyParagraph[] }>,
  pageLinks: Array<{ text: string; href: string }>,
): { method: M; paragraphs: BodyParagraph[] } {
  let best = primary;
  let bestWords = proseWords(primary.paragraphs);
  const primaryWords = bestWords;
  for (const alternative of alternatives) {
    const words = proseWords(alternative.paragraphs);
    if (words >= primaryWords * FULLER_RATIO + FULLER_MARGIN && words > bestWords) {
      best = alternative;
      bestWords = words;
    }
  }
  if (best === primary) return primary;
  const paragraphs = best.paragraphs.some((paragraph) => paragraph.links.length > 0) ? best.paragraphs : placeLinks(best.paragraphs, pageLinks);
  return { method: best.method, paragraphs };
}

/**
 * Structured-data bodies are plain text: the page's anchors are placed on them by finding each
 * anchor's text, in page order, after the previous one (anchors of two words or more only, so a
 * lone "here" is not pinned to the wrong place).
 */
export function placeLinks(paragraphs: BodyParagraph[], pageLinks: Array<{ text: string; href: string }>): BodyParagraph[] {
  const out = paragraphs.map((paragraph) => ({ text: paragraph.text, links: [] as ParagraphLink[] }));
  let paragraphIndex = 0;
  let offset = 0;
  for (const link of pageLinks) {
    if (link.text.split(/\s+/).length < 2 || link.text.length > 200) continue;
    for (let index = paragraphIndex; index < out.length; index++) {
      const at = out[index].text.indexOf(link.text, index === paragraphIndex ? offset : 0);
      if (at < 0) continue;
      out[index].links.push({ start: at, end: at + link.text.length, href: link.href });
      paragraphIndex = index;
      offset = at + link.text.length;
      break;
    }
  }
  return out;
}
