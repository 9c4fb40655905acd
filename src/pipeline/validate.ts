import type { Analysis } from '../core/analysis.js';
import { attributionLevels } from '../core/annotations.js';
import { ClaimgraphError } from '../core/errors.js';
import { isSpanInside, type Span } from '../core/span.js';

/**
 * Throws if any span of the analysis falls outside its document's text. Runs after every stage,
 * so it is plain loops (no generator, no message built unless a span is wrong). Given the analysis
 * the stage started from (`before`), it reads only what the stage made anew: stages are pure and
 * copy what they change, so an array or object they pass on untouched was checked already.
 */
export function assertSpansInside(analysis: Analysis, stageName: string, before?: Analysis): void {
  const length = analysis.document.text.length;
  const check = (span: Span | null | undefined, what: () => string) => {
    if (span && !isSpanInside(span, length)) {
      throw new ClaimgraphError('span_out_of_range', `stage ${stageName} left a ${what()} at [${span.start}, ${span.end}) outside the text (length ${length})`, { permanent: false });
    }
  };
  const fresh = <T>(now: readonly T[] | undefined, then: readonly T[] | undefined): now is readonly T[] => now !== undefined && now !== then;
  if (fresh(analysis.document.regions, before?.document.regions)) for (const region of analysis.document.regions) check(region, () => 'region');
  if (fresh(analysis.sentences, before?.sentences)) for (const sentence of analysis.sentences) check(sentence, () => 'sentence');
  if (fresh(analysis.mentions, before?.mentions)) for (const mention of analysis.mentions) check(mention, () => 'mention');
  if (fresh(analysis.quotations, before?.quotations)) for (const quotation of analysis.quotations) check(quotation, () => 'quotation');
  if (fresh(analysis.relations, before?.relations)) {
    for (const relation of analysis.relations) {
      check(relation, () => `relation ${relation.id}`);
      check(relation.subjectSpan, () => `relation subject of ${relation.id}`);
      check(relation.objectSpan, () => `relation object of ${relation.id}`);
    }
  }
  if (!fresh(analysis.claims, before?.claims)) return;
  const previous = before?.claims ?? [];
  for (let index = 0; index < analysis.claims.length; index++) {
    const claim = analysis.claims[index];
    // The same claim at the same place: only the parts the stage replaced are read.
    const old = previous[index]?.id === claim.id ? previous[index] : undefined;
    if (old === claim) continue;
    if (old?.start !== claim.start || old.end !== claim.end) check(claim, () => `claim ${claim.id}`);
    if (fresh(claim.typeCues, old?.typeCues)) for (const cue of claim.typeCues) check(cue, () => `type cue of ${claim.id}`);
    if (fresh(claim.hedges, old?.hedges)) for (const hedge of claim.hedges) check(hedge, () => `hedge of ${claim.id}`);
    if (fresh(claim.quantities, old?.quantities)) for (const quantity of claim.quantities) check(quantity, () => `quantity of ${claim.id}`);
    if (fresh(claim.times, old?.times)) for (const time of claim.times) check(time, () => `time of ${claim.id}`);
    if (claim.attribution === old?.attribution) continue;
    for (const attribution of attributionLevels(claim.attribution)) {
      check(attribution.cueSpan, () => `attribution cue of ${claim.id}`);
      check(attribution.sourceSpan, () => `attribution source of ${claim.id}`);
      check(attribution.contentSpan, () => `attribution content of ${claim.id}`);
      check(attribution.antecedentSpan, () => `attribution antecedent of ${claim.id}`);
      check(attribution.quotation, () => `attribution quotation of ${claim.id}`);
    }
  }
}
