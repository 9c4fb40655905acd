import { gazetteerEntry, gazetteerTagsOf, type Gazetteer, type WordEntry } from './gazetteer.js';

/** A word's shape: "Xxxx" -> "Xx", "NATO" -> "X", "1996-08-22" -> "d-d-d", "McCain" -> "XxXx". */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const char of word) {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    const kind = lower !== upper ? (char === upper ? 'X' : 'x') : char >= '0' && char <= '9' ? 'd' : /\p{N}/u.test(char) ? 'd' : char;
    if (kind !== last) out += kind;
    last = kind;
  }
  return out;
}

export interface SentenceContext {
  /** Words written with a capital somewhere other than at a sentence start in the same document. */
  capitalisedInDocument: Set<string>;
  /** Whether the sentence is written in capitals (a headline). */
  allCaps?: boolean;
}

const norm = (word: string | undefined) => (word === undefined ? '<pad>' : /\d/.test(word) ? word.replace(/\d/g, '0').toLowerCase() : word.toLowerCase());

/**
 * The feature strings one word contributes in each position, made once per distinct word and kept:
 * building strings is most of a tagger's cost, and a string that is reused keeps its hash, so
 * looking it up in the weights is cheap too.
 */
export interface WordStrings {
  norm: string;
  /** The word in lower case, digits kept (the "t-1w" history feature uses it). */
  lower: string;
  shape: string;
  self: string[];
  before1: string;
  after1: string;
  before2: string;
  after2: string;
  shapeBefore: string;
  shapeAfter: string;
  suffixBefore: string;
  suffixAfter: string;
  caps: string;
  /** The word's number among the cached words of its cache generation; -1 for the sentence edge. */
  serial: number;
  /** The cache generation (`wordGeneration()`) the word was made in: serials are unique only within one. */
  generation: number;
  /** The gazetteer `placeEntry` was looked up in (null: not yet). */
  places: Gazetteer | null;
  /** What the word can be in `places` (gazetteerEntry), kept with the word so it is looked up once. */
  placeEntry: WordEntry | undefined;
}

const cache = new Map<string, WordStrings>();
const CACHE_LIMIT = 50_000;
let generation = 0;

/** Changes whenever the word cache starts again (its words' serials are then reused): caches keyed by serials start again too. */
export function wordGeneration(): number {
  return generation;
}

/** For tests: the word cache starts again now, as it does when full. */
export function restartWordCache(): void {
  clearWords();
}

function clearWords(): void {
  cache.clear();
  cachedPairs = 0;
  generation++;
}

function wordStringsOf(word: string | undefined, serial: number): WordStrings {
  const lower = norm(word);
  const wordShape = word === undefined ? '<pad>' : shape(word);
  return {
    norm: lower,
    lower: word === undefined ? '<pad>' : word.toLowerCase(),
    shape: wordShape,
    self: [`w=${lower}`, `s=${wordShape}`, `p1=${lower.slice(0, 1)}`, `p2=${lower.slice(0, 2)}`, `p3=${lower.slice(0, 3)}`, `x2=${lower.slice(-2)}`, `x3=${lower.slice(-3)}`, `x4=${lower.slice(-4)}`],
    before1: `w-1=${lower}`,
    after1: `w+1=${lower}`,
    before2: `w-2=${lower}`,
    after2: `w+2=${lower}`,
    shapeBefore: `s-1=${wordShape}`,
    shapeAfter: `s+1=${wordShape}`,
    suffixBefore: `x3-1=${lower.slice(-3)}`,
    suffixAfter: `x3+1=${lower.slice(-3)}`,
    caps: `caps-w=${lower}`,
    serial,
    generation,
    places: null,
    placeEntry: undefined,
  };
}

export const PAD: WordStrings = wordStringsOf(undefined, -1);

/** Word pairs the fast tagger has cached rows for; past the limit all word caches start again, to bound memory. */
let cachedPairs = 0;
const PAIR_LIMIT = 1_000_000;

export function notePairCached(): void {
  cachedPairs++;
  if (cachedPairs > PAIR_LIMIT) clearWords();
}

function stringsFor(word: string | undefined): WordStrings {
  if (word === undefined) return PAD;
  let strings = cache.get(word);
  if (!strings) {
    if (cache.size >= CACHE_LIMIT) clearWords();
    strings = wordStringsOf(word, cache.size);
    cache.set(word, strings);
  }
  return strings;
}

/** What a sentence's features are made of: the words' cached strings, gazetteer tags and flags. */
export interface SentenceParts {
  strings: WordStrings[];
  gazetteer: string[];
  allCaps: boolean;
  /** Per token, the strings of the features that depend on the token alone but are not cached per word. */
  flags: string[][];
}

const interned = new Map<string, string>();
/** Strings from a small vocabulary ("g=B-country", "first-cap=true"), made once so their hashes are cached. */
export function intern(value: string): string {
  let found = interned.get(value);
  if (found === undefined) {
    found = value;
    interned.set(value, found);
  }
  return found;
}

/** The gazetteer features of a tag in each position ("g=B-city", "g-1=B-city", "g+1=B-city"), made once a tag. */
interface GazetteerFeatures {
  self: string;
  before: string;
  after: string;
}

const gazetteerFeaturesByTag = new Map<string, GazetteerFeatures>();

function gazetteerFeaturesOf(tag: string): GazetteerFeatures {
  let features = gazetteerFeaturesByTag.get(tag);
  if (!features) {
    features = { self: intern(`g=${tag}`), before: intern(`g-1=${tag}`), after: intern(`g+1=${tag}`) };
    gazetteerFeaturesByTag.set(tag, features);
  }
  return features;
}

/** Most tokens are in no place name (or past the sentence's ends): their features are not looked up by string. */
const NOT_A_PLACE = gazetteerFeaturesOf('-');

function gazetteerFeatures(tag: string | null | undefined): GazetteerFeatures {
  return tag === null || tag === undefined ? NOT_A_PLACE : gazetteerFeaturesOf(tag);
}

/** A word's gazetteer entry, looked up once per cached word and gazetteer. */
function placeEntryOf(strings: WordStrings, word: string, places: Gazetteer): WordEntry | undefined {
  if (strings.places !== places) {
    strings.placeEntry = gazetteerEntry(places, word);
    strings.places = places;
  }
  return strings.placeEntry;
}

export function sentenceParts(words: string[], context: SentenceContext, places: Gazetteer): SentenceParts {
  const strings = words.map(stringsFor);
  const tags = gazetteerTagsOf(
    words,
    strings.map((word, index) => placeEntryOf(word, words[index], places)),
  );
  const allCaps = context.allCaps ?? words.filter((word) => /\p{L}/u.test(word)).every((word) => word === word.toUpperCase());
  const gazetteer = words.map((_, index) => gazetteerFeatures(tags[index]).self);
  const flags = words.map((word, index) => {
    const list: string[] = [gazetteerFeatures(tags[index - 1]).before, gazetteerFeatures(tags[index + 1]).after];
    if (index === 0) list.push('first');
    if (allCaps) list.push('caps-sentence', strings[index].caps);
    const first = word.charAt(0);
    if (first !== first.toLowerCase()) {
      list.push(context.capitalisedInDocument.has(strings[index].norm) ? 'cap-elsewhere' : 'cap-only-here');
      if (index === 0) list.push(intern(`first-cap=${context.capitalisedInDocument.has(strings[index].norm)}`));
    }
    if (word.length > 12) list.push('long');
    return list;
  });
  return { strings, gazetteer, allCaps, flags };
}

/** The features of a token that join two words: built per token, they cannot be cached per word. */
export function pairFeatures(parts: SentenceParts, index: number): string[] {
  const self = parts.strings[index];
  const previous = parts.strings[index - 1] ?? PAD;
  const next = parts.strings[index + 1] ?? PAD;
  return [`w-1w=${previous.norm}|${self.norm}`, `ww+1=${self.norm}|${next.norm}`, `s-1s=${previous.shape}|${self.shape}`, `ss+1=${self.shape}|${next.shape}`];
}

/** The features a token draws from its neighbours' cached strings. */
export function neighbourFeatures(parts: SentenceParts, index: number): string[] {
  const at = (position: number) => parts.strings[position] ?? PAD;
  return [
    at(index - 1).before1,
    at(index + 1).after1,
    at(index - 2).before2,
    at(index + 2).after2,
    at(index - 1).shapeBefore,
    at(index + 1).shapeAfter,
    at(index - 1).suffixBefore,
    at(index + 1).suffixAfter,
  ];
}

/**
 * The features of every token of a sentence that do not depend on predicted tags: the word, its
 * shape, affixes, neighbours, gazetteer membership and how the document writes it elsewhere.
 */
export function tokenFeatures(words: string[], context: SentenceContext, places: Gazetteer): string[][] {
  const parts = sentenceParts(words, context, places);
  return words.map((_, index) => ['b', ...parts.strings[index].self, ...neighbourFeatures(parts, index), ...pairFeatures(parts, index), parts.gazetteer[index], ...parts.flags[index]]);
}

/** Words a document writes with a capital in mid-sentence: "Hamas" anywhere makes a sentence-initial "Hamas" a name. */
export function capitalisedWords(sentences: string[][]): Set<string> {
  const found = new Set<string>();
  for (const words of sentences) {
    for (let index = 1; index < words.length; index++) {
      const word = words[index];
      if (/^\p{Lu}/u.test(word) && word !== word.toUpperCase()) found.add(norm(word));
    }
  }
  return found;
}
