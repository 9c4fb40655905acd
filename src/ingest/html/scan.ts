/**
 * A linear pass over raw HTML that counts elements and the deepest nesting, without building a DOM.
 * linkedom's parser and Readability both slow down badly on pathological pages (100k nested <div>s
 * take minutes), so such pages are read as plain text instead.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Elements that each become a paragraph of text: what the block budget counts. Containers (div,
 * section) are left out, so a page nested 100,000 deep is read by stripping tags, not refused.
 */
const PARAGRAPH_LIKE = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dd', 'dt', 'tr', 'figcaption']);

export function scanHtml(html: string): { elements: number; blocks: number; maxDepth: number } {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;
  let elements = 0;
  let blocks = 0;
  let depth = 0;
  let maxDepth = 0;
  for (const match of html.matchAll(tag)) {
    const name = match[2].toLowerCase();
    if (match[1]) {
      if (!VOID.has(name) && depth > 0) depth--;
      continue;
    }
    elements++;
    if (PARAGRAPH_LIKE.has(name)) blocks++;
    if (VOID.has(name) || match[3]) continue;
    depth++;
    if (depth > maxDepth) maxDepth = depth;
  }
  return { elements, blocks, maxDepth };
}

const BLOCK = /^(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|blockquote|pre|header|footer|nav|aside|figure|figcaption|main|dd|dt|dl|form|hr)$/i;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  copy: '©',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Plain paragraphs from raw HTML by stripping tags: the fallback for pages too large or deep for a DOM. */
export function strippedParagraphs(html: string): { title: string | null; paragraphs: string[] } {
  const title = /<title[^>]*>([\s\S]{0,500}?)<\/title>/i.exec(html);
  const body = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g, (_, name: string) => (BLOCK.test(name) ? '\n\n' : ' '));
  const paragraphs = decodeEntities(body)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { title: title ? decodeEntities(title[1]).replace(/\s+/g, ' ').trim() || null : null, paragraphs };
}
