/**
 * Word-shingle precision/recall/F1 exactly as the Zyte article-extraction benchmark's evaluate.py
 * scores it: 4-gram shingles of \w+ tokens, per-document counts normalised so that long texts
 * do not weigh more, precision and recall averaged over documents, F1 from the averages.
 */

import { f1Of } from './metrics.js';

const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let index = 0; index < last; index++) {
    const slice = tokens.slice(index, index + n);
    if (slice.length === 0) continue;
    const key = slice.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export type TpFpFn = [number, number, number];

export function shingleMatch(truth: string, prediction: string): TpFpFn {
  const truthCounts = shingles(truth);
  const predictionCounts = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truthCounts.keys(), ...predictionCounts.keys()])) {
    const t = truthCounts.get(key) ?? 0;
    const p = predictionCounts.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

function precision([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recall([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

export function scoreShingles(results: TpFpFn[]): { precision: number; recall: number; f1: number } {
  const p = mean(results.filter(([tp, fp]) => tp + fp > 0).map(precision));
  const r = mean(results.filter(([tp, , fn]) => tp + fn > 0).map(recall));
  return { precision: p, recall: r, f1: f1Of(p, r) };
}
