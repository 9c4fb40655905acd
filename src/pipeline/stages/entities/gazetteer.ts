import { modelPath } from '../../model-path.js';
import { readFileSync } from 'node:fs';

/** Place names from npm data packages, built by `npm run build:gazetteer` into models/gazetteer.json. */
export interface GazetteerFile {
  source: string;
  /** Country name or alternative spelling -> the country's common name. */
  countries: Record<string, string>;
  /** Demonym ("Pakistani") -> the country's common name ("Pakistan"). */
  demonyms: Record<string, string>;
  /** Capitals and cities of 100,000 people or more. */
  cities: string[];
}

export const GAZETTEER_PATH = modelPath('gazetteer.json');

export interface Gazetteer {
  countries: Map<string, string>;
  demonyms: Map<string, string>;
  cities: Set<string>;
  /** Every name of more than one word, by its first word, for span matching. */
  phrases: Map<string, Array<{ words: string[]; kind: 'country' | 'city' | 'demonym' }>>;
}

let loaded: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const file = JSON.parse(readFileSync(GAZETTEER_PATH, 'utf8')) as GazetteerFile;
  const phrases: Gazetteer['phrases'] = new Map();
  const addPhrase = (name: string, kind: 'country' | 'city' | 'demonym') => {
    const words = name.split(/\s+/);
    if (words.length < 2) return;
    const list = phrases.get(words[0]) ?? [];
    list.push({ words, kind });
    phrases.set(words[0], list);
  };
  for (const name of Object.keys(file.countries)) addPhrase(name, 'country');
  for (const name of file.cities) addPhrase(name, 'city');
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  loaded = { countries: new Map(Object.entries(file.countries)), demonyms: new Map(Object.entries(file.demonyms)), cities: new Set(file.cities), phrases };
  return loaded;
}

/** What a word can be in the gazetteer: the first word of longer names, and its tag standing alone. */
export interface WordEntry {
  phrases: Array<{ words: string[]; kind: 'country' | 'city' | 'demonym' }> | undefined;
  single: 'B-country' | 'B-demonym' | 'B-city' | null;
}

const wordEntries = new WeakMap<Gazetteer, Map<string, WordEntry>>();

/**
 * Every word the gazetteer knows, with what it can be, in one map: a word is looked up once, not in
 * four collections (most words are in none). `single` follows the order of the checks it stands for:
 * a country, then a demonym (or a plural of one: "Pakistanis"), then a city.
 */
function wordEntriesOf(places: Gazetteer): Map<string, WordEntry> {
  let entries = wordEntries.get(places);
  if (entries) return entries;
  entries = new Map();
  const words = new Set<string>([...places.phrases.keys(), ...places.countries.keys(), ...places.demonyms.keys(), ...[...places.demonyms.keys()].map((name) => `${name}s`), ...places.cities]);
  for (const word of words) {
    const single = places.countries.has(word)
      ? 'B-country'
      : places.demonyms.has(word) || (word.endsWith('s') && places.demonyms.has(word.slice(0, -1)))
        ? 'B-demonym'
        : places.cities.has(word)
          ? 'B-city'
          : null;
    entries.set(word, { phrases: places.phrases.get(word), single });
  }
  wordEntries.set(places, entries);
  return entries;
}

/** What `word` can be in the gazetteer, or undefined when it is in no name. */
export function gazetteerEntry(places: Gazetteer, word: string): WordEntry | undefined {
  return wordEntriesOf(places).get(word);
}

/** For each token, the gazetteer kind of the longest name it is part of ("country", "city", "demonym") and its position (B or I). */
export function gazetteerTags(words: string[], places: Gazetteer = gazetteer()): Array<string | null> {
  const entries = wordEntriesOf(places);
  return gazetteerTagsOf(
    words,
    words.map((word) => entries.get(word)),
  );
}

/** gazetteerTags, given each word's entry (`gazetteerEntry`) already looked up. */
export function gazetteerTagsOf(words: string[], entries: Array<WordEntry | undefined>): Array<string | null> {
  const tags: Array<string | null> = words.map(() => null);
  for (let index = 0; index < words.length; index++) {
    const entry = entries[index];
    if (!entry) continue;
    let matched = false;
    for (const candidate of entry.phrases ?? []) {
      if (candidate.words.every((part, offset) => words[index + offset] === part)) {
        tags[index] = `B-${candidate.kind}`;
        for (let offset = 1; offset < candidate.words.length; offset++) tags[index + offset] = `I-${candidate.kind}`;
        index += candidate.words.length - 1;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (entry.single) tags[index] = entry.single;
  }
  return tags;
}
