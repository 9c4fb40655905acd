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

/** Right, found and gold counts per type and over all types (`ALL`), read out as precision/recall/F1. */
export function typeTally() {
  const counts = new Map<string, { right: number; found: number; gold: number }>();
  const bump = (type: string, key: 'right' | 'found' | 'gold') => {
    for (const name of [type, 'ALL']) {
      const entry = counts.get(name) ?? { right: 0, found: 0, gold: 0 };
      entry[key]++;
      counts.set(name, entry);
    }
  };
  const scores = (): Record<string, Prf> => Object.fromEntries([...counts].map(([type, count]) => [type, prf(count.right, count.found, count.gold)]));
  return { bump, scores };
}
