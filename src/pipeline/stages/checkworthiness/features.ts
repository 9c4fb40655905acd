import type { Claim } from '../../../core/annotations.js';

/** What the model sees of a claim besides its words: the other stages' findings. */
export interface ClaimSignals {
  quantities: Array<{ qualifier: string }>;
  times: Array<{ type?: string }>;
  attributionKind: string;
  type: string;
  hedges: number;
}

export function signalsOf(claim: Claim): ClaimSignals {
  return {
    quantities: claim.quantities,
    times: claim.times,
    attributionKind: claim.attribution.kind,
    type: claim.type,
    hedges: claim.hedges.length,
  };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[$%£€]/gu;

/**
 * The features of a claim for the check-worthiness model: lower-cased words and word pairs, digit
 * shapes, and what the claim stages found (numbers and their qualifiers, dates, attribution, type, hedges).
 */
export function featuresOf(text: string, signals: ClaimSignals): string[] {
  const words = (text.toLowerCase().match(WORD) ?? []).map((word) => (/\d/.test(word) ? '<num>' : word));
  const features = new Set<string>(['bias']);
  for (let index = 0; index < words.length; index++) {
    features.add(`w=${words[index]}`);
    if (index + 1 < words.length) features.add(`b=${words[index]}_${words[index + 1]}`);
  }
  if (words.length > 0) features.add(`first=${words[0]}`);
  features.add(`len=${words.length < 6 ? 'short' : words.length < 15 ? 'medium' : words.length < 30 ? 'long' : 'very-long'}`);
  if (signals.quantities.length > 0) features.add('has-number');
  for (const quantity of signals.quantities) features.add(`qualifier=${quantity.qualifier}`);
  if (signals.times.length > 0) features.add('has-time');
  for (const time of signals.times) features.add(`time=${time.type ?? 'DATE'}`);
  features.add(`attribution=${signals.attributionKind}`);
  features.add(`type=${signals.type}`);
  features.add(`hedges=${Math.min(signals.hedges, 2)}`);
  if (/\b(percent|per cent|%|million|billion|trillion)\b/i.test(text)) features.add('has-magnitude');
  if (/\b(more|less|fewer|higher|lower|increase[ds]?|decrease[ds]?|rose|fell|doubled|tripled|cut|raised)\b/i.test(text)) features.add('has-change');
  if (/\?\s*$/.test(text)) features.add('question');
  return [...features];
}
