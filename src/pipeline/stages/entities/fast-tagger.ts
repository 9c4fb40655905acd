import { notePairCached, PAD, wordGeneration, type SentenceParts, type WordStrings } from './features.js';
import { allowedAfter, type TaggerModel } from './perceptron.js';

/**
 * Tagging without building or hashing most feature strings: a model compiled to one weight matrix;
 * for each distinct word, and each pair of neighbouring words, the matrix rows of the features they
 * contribute, found once and kept; tag history as label numbers. It scores exactly the features
 * `tag` scores (a test holds the two to the same tags).
 */
export interface CompiledTagger {
  /** A number of its own, under which words keep their rows for this tagger. */
  id: number;
  labels: string[];
  rows: Map<string, number>;
  matrix: Float32Array;
  /** allowed[previous * size + label]: BIO forbids I-X after anything but B-X or I-X. */
  allowed: Uint8Array;
  /** Rows of "t-1=<label>" by previous label (index `size` for the sentence start). */
  previousRows: Int32Array;
  /** Rows of "t-2t-1=<label>|<label>" by (before previous, previous). */
  historyRows: Int32Array;
  /** Rows of the features joining two cached words, four per pair, found once and kept (see rowsOfPair). */
  pairs: PairRows;
  /** Per cached word, the bias row and its own eight rows summed, by the word's serial (see ownScoresAt). */
  own: OwnScores;
}

/**
 * The sum of the bias row and a word's own eight feature rows, one vector a word, by serial: a token
 * starts from it instead of adding nine rows. The model's weights are float32 (multiples of 2^-28 at
 * their smallest, below 2^11), so every sum of a few dozen of them is exact in float64 and the order
 * the rows are added in changes no score.
 */
interface OwnScores {
  generation: number;
  sums: Float64Array;
  /** 1 where the serial's sum is made. */
  made: Uint8Array;
}

/**
 * Pair rows in one flat array, found by the two words' serials: a number key and four int32s a pair,
 * where a map and a typed array per pair cost ten times the memory. Starts again with the word cache.
 */
interface PairRows {
  generation: number;
  index: Map<number, number>;
  rows: Int32Array;
  count: number;
}

let nextId = 0;

const START = '<s>';

/** One row per feature, in one array: what a model file holds already (a trained model in memory is packed here). */
function packWeights(model: TaggerModel): { rows: Map<string, number>; matrix: Float32Array } {
  const size = model.labels.length;
  const rows = new Map<string, number>();
  const matrix = new Float32Array(model.weights.size * size);
  let row = 0;
  for (const [feature, weights] of model.weights) {
    rows.set(feature, row);
    matrix.set(weights.subarray(0, size), row * size);
    row++;
  }
  return { rows, matrix };
}

export function compileTagger(model: TaggerModel): CompiledTagger {
  const size = model.labels.length;
  const { rows, matrix } = model.packed ?? packWeights(model);
  const names = [...model.labels, START];
  const allowed = new Uint8Array((size + 1) * size);
  const previousRows = new Int32Array(size + 1);
  const historyRows = new Int32Array((size + 1) * (size + 1));
  names.forEach((previous, p) => {
    const ok = allowedAfter(previous);
    model.labels.forEach((label, l) => (allowed[p * size + l] = ok(label) ? 1 : 0));
    previousRows[p] = rows.get(`t-1=${previous}`) ?? -1;
    names.forEach((before, b) => (historyRows[b * (size + 1) + p] = rows.get(`t-2t-1=${before}|${previous}`) ?? -1));
  });
  return {
    id: nextId++,
    labels: model.labels,
    rows,
    matrix,
    allowed,
    previousRows,
    historyRows,
    pairs: { generation: wordGeneration(), index: new Map(), rows: new Int32Array(4 * 1024), count: 0 },
    own: { generation: wordGeneration(), sums: new Float64Array(size * 1024), made: new Uint8Array(1024) },
  };
}

/**
 * Rows of a word's own eight features, then of its roles as a neighbour (before1, after1, before2,
 * after2, shape before, shape after, suffix before, suffix after), then of "t-1w" for each previous label.
 */
function rowsOfWord(tagger: CompiledTagger, word: WordStrings): Int32Array {
  let rows = word.rows[tagger.id];
  if (!rows) {
    const features = [...word.self, word.before1, word.after1, word.before2, word.after2, word.shapeBefore, word.shapeAfter, word.suffixBefore, word.suffixAfter];
    for (const previous of [...tagger.labels, START]) features.push(`t-1w=${previous}|${word.lower}`);
    rows = Int32Array.from(features, (feature) => tagger.rows.get(feature) ?? -1);
    word.rows[tagger.id] = rows;
  }
  return rows;
}

/** Serials stay below this (the word cache holds at most 50,000 words), so two make one exact number key. */
const SERIALS = 1 << 20;

/** The rows of a pair that is not cached: with a word of an older cache generation. */
let uncachedRows: Int32Array = new Int32Array(4);

/** The sentence edge's number in a pair key: above every word's serial, so each word's pair with the edge is cached too. */
const EDGE_SERIAL = SERIALS - 1;

/**
 * Where the rows of the features joining two neighbouring words A B start in `tagger.pairs.rows`
 * (at B "w-1w" and "s-1s", at A "ww+1" and "ss+1"), or -1 when they are in `uncachedRows`. Read them
 * before the next call.
 */
function pairRowsAt(tagger: CompiledTagger, left: WordStrings, right: WordStrings): number {
  const generation = wordGeneration();
  // A word made before the word cache started again (the cache can start again in mid-sentence) has a
  // serial another word may hold now: its pairs are not cached. The edge (PAD) is the same in every generation.
  if ((left !== PAD && left.generation !== generation) || (right !== PAD && right.generation !== generation)) {
    uncachedRows = pairRowsUncached(tagger, left, right);
    return -1;
  }
  const cache = tagger.pairs;
  if (cache.generation !== generation) {
    cache.generation = generation;
    cache.index.clear();
    cache.count = 0;
  }
  const key = (left === PAD ? EDGE_SERIAL : left.serial) * SERIALS + (right === PAD ? EDGE_SERIAL : right.serial);
  let slot = cache.index.get(key);
  if (slot === undefined) {
    slot = cache.count++;
    if (slot * 4 + 4 > cache.rows.length) {
      const grown = new Int32Array(cache.rows.length * 2);
      grown.set(cache.rows);
      cache.rows = grown;
    }
    cache.rows.set(pairRowsUncached(tagger, left, right), slot * 4);
    cache.index.set(key, slot);
    notePairCached();
  }
  return slot * 4;
}

function pairRowsUncached(tagger: CompiledTagger, left: WordStrings, right: WordStrings): Int32Array {
  const features = [`w-1w=${left.norm}|${right.norm}`, `s-1s=${left.shape}|${right.shape}`, `ww+1=${left.norm}|${right.norm}`, `ss+1=${left.shape}|${right.shape}`];
  return Int32Array.from(features, (feature) => tagger.rows.get(feature) ?? -1);
}

let scores = new Float64Array(16);
/** The own sum of a word that is not cached (one of an older cache generation). */
let ownScratch = new Float64Array(16);

/** Where the bias-and-own-rows sum of `word` starts in `tagger.own.sums`, or -1 when it is in `ownScratch`. */
function ownScoresAt(tagger: CompiledTagger, word: WordStrings, own: Int32Array, bias: number | undefined): number {
  const size = tagger.labels.length;
  const generation = wordGeneration();
  const cache = tagger.own;
  if (word.generation !== generation || word.serial < 0) {
    if (ownScratch.length < size) ownScratch = new Float64Array(size);
    sumOwnRows(tagger, own, bias, ownScratch, 0);
    return -1;
  }
  if (cache.generation !== generation) {
    cache.generation = generation;
    cache.made.fill(0);
  }
  const serial = word.serial;
  if (serial >= cache.made.length) {
    const length = Math.max(serial + 1, cache.made.length * 2);
    const made = new Uint8Array(length);
    made.set(cache.made);
    const sums = new Float64Array(length * size);
    sums.set(cache.sums);
    cache.made = made;
    cache.sums = sums;
  }
  if (!cache.made[serial]) {
    sumOwnRows(tagger, own, bias, cache.sums, serial * size);
    cache.made[serial] = 1;
  }
  return serial * size;
}

function sumOwnRows(tagger: CompiledTagger, own: Int32Array, bias: number | undefined, into: Float64Array, at: number): void {
  const size = tagger.labels.length;
  const { matrix } = tagger;
  into.fill(0, at, at + size);
  for (const row of [bias ?? -1, own[0], own[1], own[2], own[3], own[4], own[5], own[6], own[7]]) {
    if (row < 0) continue;
    for (let label = 0; label < size; label++) into[at + label] += matrix[row * size + label];
  }
}

const NO_PLACE = 'g=-';
let skipLowercase = true;

/** For tests and measurement: score every token, as the string path does. */
export function setLowercaseShortcut(enabled: boolean): void {
  skipLowercase = enabled;
}

/** Whether a word is lower case, a number or punctuation: after an O it starts no name. */
function cannotStartName(word: string): boolean {
  const code = word.charCodeAt(0);
  // a-z start and no capital anywhere ("said", "the", "percent"), or punctuation and numbers.
  if (code >= 97 && code <= 122) return word === word.toLowerCase();
  return code < 65 || (code > 90 && code < 97 && code !== 95) || (code > 122 && code < 128);
}

/** Tags one sentence; `extra[i]` are more features of token i (the second pass's document features). */
export function fastTag(tagger: CompiledTagger, words: string[], parts: SentenceParts, extra?: string[][]): string[] {
  const size = tagger.labels.length;
  if (scores.length < size) scores = new Float64Array(size);
  const { matrix, rows: featureRows } = tagger;
  const add = (row: number | undefined) => {
    if (row === undefined || row < 0) return;
    const base = row * size;
    for (let label = 0; label < size; label++) scores[label] += matrix[base + label];
  };
  const strings = parts.strings;
  const wordAt = (index: number) => strings[index] ?? PAD;
  const tags: string[] = [];
  const bias = featureRows.get('b');
  let previous = size;
  let beforePrevious = size;
  const outside = tagger.labels.indexOf('O');
  for (let index = 0; index < words.length; index++) {
    // A lower-case word, a number or punctuation after an O is outside any name in all but a handful
    // of cases ("iPhone"): it is tagged O without scoring. Measured on CoNLL valid: F1 0.8831 scoring
    // every token, 0.8834 with this shortcut, at twice the speed.
    if (skipLowercase && previous === outside && cannotStartName(words[index]) && parts.gazetteer[index] === NO_PLACE) {
      tags.push('O');
      beforePrevious = previous;
      previous = outside;
      continue;
    }
    const self = wordAt(index);
    const own = rowsOfWord(tagger, self);
    const ownAt = ownScoresAt(tagger, self, own, bias);
    const start = ownAt < 0 ? ownScratch : tagger.own.sums;
    const from = ownAt < 0 ? 0 : ownAt;
    for (let label = 0; label < size; label++) scores[label] = start[from + label];
    const before = rowsOfWord(tagger, wordAt(index - 1));
    const after = rowsOfWord(tagger, wordAt(index + 1));
    add(before[8]);
    add(after[9]);
    add(rowsOfWord(tagger, wordAt(index - 2))[10]);
    add(rowsOfWord(tagger, wordAt(index + 2))[11]);
    add(before[12]);
    add(after[13]);
    add(before[14]);
    add(after[15]);
    const left = pairRowsAt(tagger, wordAt(index - 1), self);
    add(left < 0 ? uncachedRows[0] : tagger.pairs.rows[left]);
    add(left < 0 ? uncachedRows[1] : tagger.pairs.rows[left + 1]);
    const right = pairRowsAt(tagger, self, wordAt(index + 1));
    add(right < 0 ? uncachedRows[2] : tagger.pairs.rows[right + 2]);
    add(right < 0 ? uncachedRows[3] : tagger.pairs.rows[right + 3]);
    add(featureRows.get(parts.gazetteer[index]));
    for (const feature of parts.flags[index]) add(featureRows.get(feature));
    if (extra) for (const feature of extra[index]) add(featureRows.get(feature));
    add(tagger.previousRows[previous]);
    add(tagger.historyRows[beforePrevious * (size + 1) + previous]);
    add(own[16 + previous]);
    let best = -1;
    for (let label = 0; label < size; label++) {
      if (!tagger.allowed[previous * size + label]) continue;
      if (best === -1 || scores[label] > scores[best]) best = label;
    }
    tags.push(tagger.labels[best]);
    beforePrevious = previous;
    previous = best;
  }
  return tags;
}
