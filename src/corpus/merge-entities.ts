import type { Entity } from '../core/annotations.js';

/** Two entities from different documents that might be one, left apart for a person to decide. */
export interface MergeCandidate {
  entities: [string, string];
  evidence: string;
}

function key(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
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

/** "Palestine/Palestinian Liberation Organization": the same words up to a demonym ending. */
function sameUpToEndings(a: string, b: string): boolean {
  const wordsA = key(a).split(' ');
  const wordsB = key(b).split(' ');
  if (wordsA.length !== wordsB.length || wordsA.length < 2) return false;
  return wordsA.every((word, index) => {
    const other = wordsB[index];
    if (word === other) return true;
    const stem = (value: string) => value.replace(/(ian|ean|an|ese|i|e)$/, '');
    return stem(word) === stem(other) && stem(word).length >= 4;
  });
}

function similar(a: string, b: string): boolean {
  const ka = key(a);
  const kb = key(b);
  if (ka === kb) return true;
  if (sameUpToEndings(a, b)) return true;
  const longest = Math.max(ka.length, kb.length);
  return longest >= 8 && ka[0] === kb[0] && editDistance(ka, kb) / longest <= 0.15;
}

/**
 * Merges the same actor across documents: organisations, places, events and others whose names are
 * spelling variants of each other, or that share an alias. People merge only on the same full name:
 * two people who share a surname are never joined, but recorded as a candidate pair with the evidence.
 * Returns the merged entities, a map from every merged id to the id kept, and the candidates.
 */
export function mergeEntities(entities: Entity[]): { entities: Entity[]; mergedInto: Map<string, string>; candidates: MergeCandidate[] } {
  const kept: Entity[] = [];
  const mergedInto = new Map<string, string>();
  const candidates: MergeCandidate[] = [];
  const sorted = [...entities].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  for (const entity of sorted) {
    const names = [entity.name, ...entity.aliases];
    const target = kept.find((other) => {
      if (other.type !== entity.type) return false;
      const otherNames = [other.name, ...other.aliases];
      if (entity.type === 'person') return key(other.name) === key(entity.name);
      return names.some((name) => otherNames.some((otherName) => similar(name, otherName)));
    });
    if (target) {
      mergedInto.set(entity.id, target.id);
      target.mentions += entity.mentions;
      for (const alias of [entity.name, ...entity.aliases]) if (alias !== target.name && !target.aliases.includes(alias)) target.aliases.push(alias);
      for (const document of entity.documents) if (!target.documents.includes(document)) target.documents.push(document);
      continue;
    }
    if (entity.type === 'person') {
      const surname = entity.name.split(' ').pop();
      for (const other of kept) {
        if (other.type === 'person' && other.name.split(' ').length > 1 && entity.name.split(' ').length > 1 && other.name.split(' ').pop() === surname) {
          candidates.push({ entities: [other.id, entity.id], evidence: `both people are called ${surname}, with different given names ("${other.name}", "${entity.name}"): kept apart` });
        }
      }
    }
    kept.push({ ...entity, aliases: [...entity.aliases], documents: [...entity.documents] });
  }
  return { entities: kept, mergedInto, candidates };
}
