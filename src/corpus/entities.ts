import type { Entity } from '../core/annotations.js';
import { nameKey } from '../core/names.js';

/** Two entities from different documents that might be one, left apart for a person to decide. */
export interface MergeCandidate {
  entities: [string, string];
  evidence: string;
}

/** A name filed under a block: which actor (its canonical entity id) answers to it. */
export interface IndexedName {
  block: string;
  entity: string;
  type: string;
  name: string;
}

/** Edit distance, for telling "Lashkar-e-Tayyiba" from "Lashkar-e-Taiba" apart from two different names. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return Math.max(a.length, b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

const stem = (word: string) => word.replace(/(ian|ean|an|ese|i|e)$/, '');

/** "Palestine/Palestinian Liberation Organization": the same words up to a demonym ending. */
function sameUpToEndings(keyA: string, keyB: string): boolean {
  const wordsA = keyA.split(' ');
  const wordsB = keyB.split(' ');
  if (wordsA.length !== wordsB.length || wordsA.length < 2) return false;
  return wordsA.every((word, index) => word === wordsB[index] || (stem(word) === stem(wordsB[index]) && stem(word).length >= 4));
}

/** Spelling variants of one name: the same key, the same words up to demonym endings, or a small edit in a long name. */
export function similarNames(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return ka.length > 0;
  if (sameUpToEndings(ka, kb)) return true;
  const longest = Math.max(ka.length, kb.length);
  return longest >= 8 && ka[0] === kb[0] && editDistance(ka, kb) / longest <= 0.15;
}

/** Edits allowed by `similarNames` reach down to names of this length (15% of 8 rounds to one edit). */
const SKELETON_MIN_LENGTH = 7;

/**
 * Where to look for names that might be this one, so merging never scans every known actor:
 * the exact key, the key with demonym endings taken off, and (for long names) the consonant
 * skeleton, which survives the vowel spellings of transliterated names ("Tayyiba"/"Taiba").
 * Blocks only choose what to compare: every match is confirmed by `similarNames`. People merge only
 * on the same full name, so they are filed under that alone.
 */
export function nameBlocks(type: string, name: string): string[] {
  const key = nameKey(name);
  if (!key) return [];
  if (type === 'person') return [`p:${key}`];
  const blocks = new Set([`k:${type}:${key}`]);
  if (key.includes(' '))
    blocks.add(
      `s:${type}:${key
        .split(' ')
        .map((word) => (stem(word).length >= 4 ? stem(word) : word))
        .join(' ')}`,
    );
  if (key.length >= SKELETON_MIN_LENGTH)
    blocks.add(
      `c:${type}:${key[0]}${key
        .slice(1)
        .replace(/[aeiouy ]/g, '')
        .replace(/(.)\1+/g, '$1')}`,
    );
  return [...blocks];
}

const surnameBlock = (name: string) => {
  const words = name.split(' ');
  return words.length > 1 ? `n:${nameKey(words[words.length - 1])}` : null;
};

/** The blocks an article's entities are looked up under (its names, aliases and people's surnames). */
export function blocksOf(entities: Entity[]): string[] {
  const blocks = new Set<string>();
  for (const entity of entities) {
    for (const name of namesOf(entity)) for (const block of nameBlocks(entity.type, name)) blocks.add(block);
    const surname = entity.type === 'person' ? surnameBlock(entity.name) : null;
    if (surname) blocks.add(surname);
  }
  return [...blocks];
}

const namesOf = (entity: Entity) => [...new Set([entity.name, ...entity.aliases])];

/** At most this many "kept apart" pairs recorded per new person, so a common surname does not grow the list with the corpus. */
const CANDIDATES_PER_PERSON = 3;

export interface MergePlan {
  /** Every entity id of the article, mapped to the actor it is (its own id when it is new). */
  canonical: Map<string, string>;
  /** Names to file under their blocks, so later articles find these actors. */
  names: IndexedName[];
  candidates: MergeCandidate[];
}

/**
 * Decides which known actor each of one article's entities is. `known` gives the canonical id of an
 * entity already seen (by its id); `filed` holds the names filed under the article's blocks
 * (`blocksOf`). The same plan serves the in-memory index of `analyze` and the store, so both agree on
 * who is the same actor. Organisations, places, events and others merge on spelling variants of a
 * name or alias; people only on the same full name, and two people who share a surname are recorded
 * as a candidate pair instead.
 */
export function planMerges(entities: Entity[], known: (id: string) => string | undefined, filed: IndexedName[]): MergePlan {
  const byBlock = new Map<string, IndexedName[]>();
  const file = (entry: IndexedName) => (byBlock.get(entry.block) ?? byBlock.set(entry.block, []).get(entry.block)!).push(entry);
  // Earliest actor first within a block, whatever order the rows came back in.
  for (const entry of [...filed].sort((a, b) => (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0))) file(entry);
  const plan: MergePlan = { canonical: new Map(), names: [], candidates: [] };
  const sorted = [...entities].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  for (const entity of sorted) {
    let target = known(entity.id);
    if (target === undefined) {
      for (const name of namesOf(entity)) {
        for (const block of nameBlocks(entity.type, name)) {
          const match = byBlock.get(block)?.find((entry) => entry.type === entity.type && (entity.type === 'person' ? nameKey(entry.name) === nameKey(name) : similarNames(name, entry.name)));
          if (match) target = match.entity;
          if (target) break;
        }
        if (target) break;
      }
      if (target === undefined && entity.type === 'person') plan.candidates.push(...surnameCandidates(entity, byBlock));
    }
    const canonical = target ?? entity.id;
    plan.canonical.set(entity.id, canonical);
    for (const name of namesOf(entity)) {
      for (const block of nameBlocks(entity.type, name)) {
        const entry = { block, entity: canonical, type: entity.type, name };
        if (!byBlock.get(block)?.some((other) => other.entity === canonical && other.name === name)) {
          plan.names.push(entry);
          file(entry);
        }
      }
    }
    const surname = entity.type === 'person' && canonical === entity.id ? surnameBlock(entity.name) : null;
    if (surname) {
      const entry = { block: surname, entity: canonical, type: 'person', name: entity.name };
      plan.names.push(entry);
      file(entry);
    }
  }
  return plan;
}

function surnameCandidates(entity: Entity, byBlock: Map<string, IndexedName[]>): MergeCandidate[] {
  const block = surnameBlock(entity.name);
  if (!block) return [];
  const surname = entity.name.split(' ').pop();
  return (byBlock.get(block) ?? [])
    .filter((other) => other.entity !== entity.id && nameKey(other.name) !== nameKey(entity.name))
    .slice(0, CANDIDATES_PER_PERSON)
    .map((other) => ({
      entities: [other.entity, entity.id] as [string, string],
      evidence: `both people are called ${surname}, with different given names ("${other.name}", "${entity.name}"): kept apart`,
    }));
}
