import type { Analysis } from '../core/analysis.js';
import { attributionLevels } from '../core/annotations.js';
import { ClaimgraphError } from '../core/errors.js';
import { isSpanInside, type Span } from '../core/span.js';

/**
 * Throws if any span of the analysis falls outside its document's text. Runs after every stage,
 * so it is plain loops (no generator, no message built unless a span is wrong).
 */
export function assertSpansInside(analysis: Analysis, stageName: string): void {
  const length = analysis.document.text.length;
  const check = (span: Span | null | undefined, what: () => string) => {
    if (span && !isSpanInside(span, length)) {
      throw new ClaimgraphError('span_out_of_range', `stage ${stageName} left a ${what()} at [${span.start}, ${span.end}) outside the text (length ${length})`, { permanent: false });
    }
  };
  for (const region of analysis.document.regions) check(region, () => 'region');
  for (const sentence of analysis.sentences) check(sentence, () => 'sentence');
  for (const mention of analysis.mentions) check(mention, () => 'mention');
  for (const quotation of analysis.quotations ?? []) check(quotation, () => 'quotation');
  for (const relation of analysis.relations) {
    check(relation, () => `relation ${relation.id}`);
    check(relation.subjectSpan, () => `relation subject of ${relation.id}`);
    check(relation.objectSpan, () => `relation object of ${relation.id}`);
  }
  for (const claim of analysis.claims) {
    check(claim, () => `claim ${claim.id}`);
    for (const cue of claim.typeCues) check(cue, () => `type cue of ${claim.id}`);
    for (const hedge of claim.hedges) check(hedge, () => `hedge of ${claim.id}`);
    for (const quantity of claim.quantities) check(quantity, () => `quantity of ${claim.id}`);
    for (const time of claim.times) check(time, () => `time of ${claim.id}`);
    for (const attribution of attributionLevels(claim.attribution)) {
      check(attribution.cueSpan, () => `attribution cue of ${claim.id}`);
      check(attribution.sourceSpan, () => `attribution source of ${claim.id}`);
      check(attribution.contentSpan, () => `attribution content of ${claim.id}`);
      check(attribution.antecedentSpan, () => `attribution antecedent of ${claim.id}`);
      check(attribution.quotation, () => `attribution quotation of ${claim.id}`);
    }
  }
}
