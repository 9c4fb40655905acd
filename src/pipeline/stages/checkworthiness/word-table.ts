/**
 * The weights of one or more linear models over words and word pairs (check-worthiness, the four
 * claim-type models), arranged for reading a text without building a string per word or pair: every
 * word the word and pair features name gets a number; a word's row is found by its number, a pair's
 * by the two numbers (one string lookup a word, not one a feature); the other features by name. A row
 * holds one weight per model.
 */
export interface WordPairTable {
  ids: Map<string, number>;
  /** ids.size when the table was made: a pair's key is first * stride + second. */
  stride: number;
  /** Weights a row: one per model. */
  width: number;
  /** The weights, `width` a row: weights[row * width + model]. */
  weights: Float64Array;
  /** By slot, the row of each word by its number (-1: the word has no weight of its own). */
  words: Int32Array[];
  /** By slot, the row of each word pair by its key. */
  pairs: Array<Map<number, number>>;
  /** The rows of the other features, by name. */
  other: Map<string, number>;
}

/** What a feature name says: a word or a word pair in a slot, or (null) some other feature. */
export type WordFeature = { slot: number; first: string; second: string | null } | null;

/**
 * Builds the table of `models` (feature name to weight each), whose word and pair features
 * `readFeature` recognises, in `slots` slots. Each distinct feature gets a row of its own.
 */
export function wordPairTable(models: ReadonlyArray<Record<string, number>>, slots: number, readFeature: (feature: string) => WordFeature): WordPairTable {
  const ids = new Map<string, number>();
  const idOf = (word: string) => ids.get(word) ?? ids.set(word, ids.size).get(word)!;
  const parsed = models.map((weights) => Object.entries(weights).map(([feature, weight]) => ({ feature, weight, read: readFeature(feature) })));
  for (const entries of parsed) {
    for (const { read } of entries) {
      if (!read) continue;
      idOf(read.first);
      if (read.second !== null) idOf(read.second);
    }
  }
  const stride = ids.size;
  const words = Array.from({ length: slots }, () => new Int32Array(stride).fill(-1));
  const pairs = Array.from({ length: slots }, () => new Map<number, number>());
  const other = new Map<string, number>();
  let rows = 0;
  const placed: Array<{ row: number; model: number; weight: number }> = [];
  parsed.forEach((entries, model) => {
    for (const { feature, weight, read } of entries) {
      let row: number;
      if (!read) row = other.get(feature) ?? other.set(feature, rows++).get(feature)!;
      else if (read.second === null) {
        const id = ids.get(read.first)!;
        row = words[read.slot][id] >= 0 ? words[read.slot][id] : (words[read.slot][id] = rows++);
      } else {
        const key = ids.get(read.first)! * stride + ids.get(read.second)!;
        row = pairs[read.slot].get(key) ?? pairs[read.slot].set(key, rows++).get(key)!;
      }
      placed.push({ row, model, weight });
    }
  });
  const width = models.length;
  const weights = new Float64Array(rows * width);
  for (const { row, model, weight } of placed) weights[row * width + model] = weight;
  return { ids, stride, width, weights, words, pairs, other };
}

/** Whether a word holds a digit (what /\d/ tests), without a regular expression. */
export function hasDigit(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}
