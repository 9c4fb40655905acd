/**
 * How much doubt a hedge puts on its claim, so a reader can sort claims by it: `strong` leaves the
 * claim a mere possibility or in question ("might", "unclear whether", "allegedly"); `medium` marks it
 * as belief or inference ("may", "believed to", "appears to"); `weak` blurs a detail or says it is
 * probable ("nearly 8,000", "roughly", "likely").
 */
export type HedgeStrength = 'weak' | 'medium' | 'strong';

export const STRENGTH_ORDER: Record<HedgeStrength, number> = { weak: 1, medium: 2, strong: 3 };

/** Learned cues whose strength differs from their kind's. */
const CUE_STRENGTH: Record<string, HedgeStrength> = {
  might: 'strong',
  could: 'strong',
  perhaps: 'strong',
  possibly: 'strong',
  maybe: 'strong',
  possibility: 'strong',
  speculate: 'strong',
  speculated: 'strong',
  speculation: 'strong',
  rumored: 'strong',
  rumoured: 'strong',
  uncertain: 'strong',
  unclear: 'strong',
  'not clear': 'strong',
  'no evidence': 'strong',
  'no proof': 'strong',
  questioned: 'strong',
  allegedly: 'strong',
  alleged: 'strong',
  allege: 'strong',
  alleges: 'strong',
  alleging: 'strong',
  hypothetically: 'strong',
  doubtful: 'strong',
  putative: 'strong',
  supposedly: 'strong',
  probably: 'weak',
  likely: 'weak',
  'almost certainly': 'weak',
  presumably: 'weak',
  expected: 'weak',
  expect: 'weak',
  expects: 'weak',
};

/** Kinds of learned cues, by default. */
const KIND_STRENGTH: Record<string, HedgeStrength> = {
  epistemic: 'medium',
  doxastic: 'medium',
  conditional: 'strong',
  investigation: 'strong',
  estimation: 'medium',
  doubt: 'strong',
  approximator: 'weak',
  scope: 'weak',
  attributive: 'medium',
};

export function strengthOf(cue: string, kind: string): HedgeStrength {
  return CUE_STRENGTH[cue.toLowerCase()] ?? KIND_STRENGTH[kind] ?? 'medium';
}
