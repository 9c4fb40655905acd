import { findAttributions } from '../attribution/find.js';
import { decideType, findTypeCues } from '../claims/type-cues.js';
import { findHedges } from '../hedges/cues.js';
import { findQuantities } from '../quantities/find.js';
import { findTimes } from '../times/find.js';
import type { ClaimSignals } from './features.js';

/** The signals of a lone sentence, as the claim stages would find them: for training and evaluation. */
export function signalsOfText(text: string): ClaimSignals {
  const attributions = findAttributions(text);
  return {
    quantities: findQuantities(text),
    times: findTimes(text, null),
    attributionKind: attributions[0]?.kind ?? 'author',
    type: decideType(findTypeCues(text)),
    hedges: findHedges(text).length,
  };
}
