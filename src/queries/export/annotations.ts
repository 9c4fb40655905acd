import { VERSION } from '../../version.js';
import type { StoredClaim } from '../../store/index.js';
import type { ExportData } from './data.js';
import { urn } from './jsonld.js';

/** Web Annotation positions count Unicode code points, where claimgraph's spans count UTF-16 units. */
export function codePointOffset(text: string, utf16Offset: number): number {
  return codePointCounter(text)(utf16Offset);
}

/**
 * Converts UTF-16 offsets into one text to code point offsets, resuming from the last offset asked
 * for: claims come in text order, so a whole document costs one pass instead of one per claim
 * (counting from the start each time made a 5 MB article take 36 s).
 */
export function codePointCounter(text: string): (utf16Offset: number) => number {
  // A low surrogate right after a high one continues the same code point; any other unit starts one.
  const startsCodePoint = (index: number) => {
    const code = text.charCodeAt(index);
    if (code < 0xdc00 || code > 0xdfff || index === 0) return true;
    const previous = text.charCodeAt(index - 1);
    return previous < 0xd800 || previous > 0xdbff;
  };
  let unit = 0;
  let count = 0;
  return (utf16Offset: number) => {
    // Forward for the next claim, backward a little for the end of one overlapping it.
    for (; unit < utf16Offset; unit++) if (startsCodePoint(unit)) count++;
    for (; unit > utf16Offset; unit--) if (startsCodePoint(unit - 1)) count--;
    return count;
  };
}

const CONTEXT_CHARS = 32;

function describe(claim: StoredClaim): string {
  const who =
    claim.attributionKind === 'author' ? "in the author's own voice" : `attributed to ${claim.attributionKind === 'anonymous' ? 'an anonymous source' : 'a named source'}: ${claim.source ?? ''}`;
  const hedges = claim.claim.hedges.length > 0 ? `; hedged (${claim.claim.hedges.map((hedge) => hedge.cue).join(', ')})` : '';
  return `A ${claim.type} claim ${who}${hedges}.`;
}

/**
 * W3C Web Annotation (JSON-LD) for every claim: a TextQuoteSelector (exact text with prefix and
 * suffix) and a TextPositionSelector into the document's clean text, so annotation tools can anchor them.
 */
export function toAnnotations(data: ExportData): object {
  const texts = new Map(data.documents.map((document) => [document.id, document.model.text]));
  const counters = new Map<string, (offset: number) => number>();
  const items = data.claims.flatMap((claim) => {
    const text = texts.get(claim.documentId);
    if (text === undefined) return [];
    let counter = counters.get(claim.documentId);
    if (!counter) counters.set(claim.documentId, (counter = codePointCounter(text)));
    return [
      {
        id: urn(`annotation:${claim.id}`),
        type: 'Annotation',
        motivation: 'describing',
        creator: { type: 'Software', name: `claimgraph ${VERSION}` },
        body: [
          { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: describe(claim) },
          { type: 'TextualBody', purpose: 'tagging', value: `claim-type:${claim.type}` },
          { type: 'TextualBody', purpose: 'tagging', value: `attribution:${claim.attributionKind}` },
          ...claim.claim.hedges.map((hedge) => ({ type: 'TextualBody', purpose: 'tagging', value: `hedge:${hedge.cue}` })),
        ],
        target: {
          source: urn(claim.documentId),
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: text.slice(claim.start, claim.end),
              prefix: text.slice(Math.max(0, claim.start - CONTEXT_CHARS), claim.start),
              suffix: text.slice(claim.end, claim.end + CONTEXT_CHARS),
            },
            { type: 'TextPositionSelector', start: counter(claim.start), end: counter(claim.end) },
          ],
        },
      },
    ];
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: urn('annotations'),
    type: 'AnnotationCollection',
    label: 'claimgraph claims',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
