import type { Analysis } from '../core/analysis.js';
import { attributionLevels } from '../core/annotations.js';
import { ClaimgraphError } from '../core/errors.js';
import { isSpanInside, type Span } from '../core/span.js';

function* spansOf(analysis: Analysis): Generator<[string, Span]> {
  for (const region of analysis.document.regions) yield ['region', region];
  for (const sentence of analysis.sentences) yield ['sentence', sentence];
  for (const mention of analysis.mentions) yield ['mention', mention];
  for (const quotation of analysis.quotations ?? []) yield ['quotation', quotation];
  for (const relation of analysis.relations) {
    yield [`relation ${relation.id}`, relation];
    yield [`relation subject of ${relation.id}`, relation.subjectSpan];
    yield [`relation object of ${relation.id}`, relation.objectSpan];
  }
  for (const claim of analysis.claims) {
    yield [`claim ${claim.id}`, claim];
    for (const cue of claim.typeCues) yield [`type cue of ${claim.id}`, cue];
    for (const hedge of claim.hedges) yield [`hedge of ${claim.id}`, hedge];
    for (const quantity of claim.quantities) yield [`quantity of ${claim.id}`, quantity];
    for (const time of claim.times) yield [`time of ${claim.id}`, time];
    for (const attribution of attributionLevels(claim.attribution)) {
      if (attribution.cueSpan) yield [`attribution cue of ${claim.id}`, attribution.cueSpan];
      if (attribution.sourceSpan) yield [`attribution source of ${claim.id}`, attribution.sourceSpan];
      if (attribution.contentSpan) yield [`attribution content of ${claim.id}`, attribution.contentSpan];
      if (attribution.antecedentSpan) yield [`attribution antecedent of ${claim.id}`, attribution.antecedentSpan];
      if (attribution.quotation) yield [`attribution quotation of ${claim.id}`, attribution.quotation];
    }
  }
}

/** Throws if any span of the analysis falls outside its document's text. */
export function assertSpansInside(analysis: Analysis, stageName: string): void {
  const length = analysis.document.text.length;
  for (const [what, span] of spansOf(analysis)) {
    if (!isSpanInside(span, length)) {
      throw new ClaimgraphError(
        'span_out_of_range',
        `stage ${stageName} left a ${what} at [${span.start}, ${span.end}) outside the text (length ${length})`,
        { permanent: false },
      );
    }
  }
}
