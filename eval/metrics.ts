/** Precision, recall and F1 from counts. `rightGold` defaults to `rightFound` (one-to-one matching). */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function f1Of(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/**
 * `rightFound` of `found` predictions are right; `rightGold` of `gold` items were found (with
 * overlapping spans the two counts can differ).
 */
export function prf(rightFound: number, found: number, gold: number, rightGold = rightFound): Prf {
  const precision = found > 0 ? rightFound / found : 0;
  const recall = gold > 0 ? rightGold / gold : 0;
  return { precision, recall, f1: f1Of(precision, recall) };
}
