import { VERSION } from '../../version.js';
import type { StoredClaim } from '../../store/index.js';
import type { ExportData } from './data.js';
import { urn } from './jsonld.js';

/** Web Annotation positions count Unicode code points, where claimgraph's spans count UTF-16 units. */
export function codePointOffset(text: string, utf16Offset: number): number {
  let count = 0;
  for (let index = 0; index < utf16Offset; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < utf16Offset) index++;
    count++;
  }
  return count;
}

const CONTEXT_CHARS = 32;

function describe(claim: StoredClaim): string {
  const who = claim.attributionKind === 'author' ? "in the author's own voice" : `attributed to ${claim.attributionKind === 'anonymous' ? 'an anonymous source' : 'a named source'}: ${claim.source ?? ''}`;
  const hedges = claim.claim.hedges.length > 0 ? `; hedged (${claim.claim.hedges.map((hedge) => hedge.cue).join(', ')})` : '';
  return `A ${claim.type} claim ${who}${hedges}.`;
}

/**
 * W3C Web Annotation (JSON-LD) for every claim: a TextQuoteSelector (exact text with prefix and
 * suffix) and a TextPositionSelector into the document's clean text, so annotation tools can anchor them.
 */
export function toAnnotations(data: ExportData): object {
  const texts = new Map(data.documents.map((document) => [document.id, document.model.text]));
  const items = data.claims.flatMap((claim) => {
    const text = texts.get(claim.documentId);
    if (text === undefined) return [];
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
            { type: 'TextPositionSelector', start: codePointOffset(text, claim.start), end: codePointOffset(text, claim.end) },
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
