import type { EntityType } from '../../../core/annotations.js';
import { CORPORATE_DESIGNATORS } from './lexicon.js';

/** Titles and roles taken off a person's name and kept as a role: "Gen. Syed Asim Munir" -> "Syed Asim Munir" (Gen.). */
const TITLE = /^(?:(?:Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Gov|Sen|Rep|Pres|Dr|Prof|Mr|Mrs|Ms|Rev|St|Fr|Hon)\.?|General|Colonel|Major|Captain|Admiral|Brigadier|President|Prime Minister|Vice President|Minister|Foreign Minister|Interior Minister|Defence Minister|Defense Minister|Secretary|Secretary of State|Chancellor|King|Queen|Prince|Princess|Sheikh|Imam|Ayatollah|Pope|Senator|Governor|Mayor|Judge|Justice|Ambassador|Spokesman|Spokeswoman|Chairman|Chairwoman|Chief|Commander|Colonel|Speaker|Premier|Emir|Sultan|Lord|Lady|Sir|Dame)\s+/;

export function stripTitle(name: string): { name: string; role: string | null } {
  let role: string | null = null;
  let rest = name;
  for (let guard = 0; guard < 3; guard++) {
    const match = TITLE.exec(rest);
    if (!match || match[0].length >= rest.length) break;
    role = role ? `${role} ${match[0].trim()}` : match[0].trim();
    rest = rest.slice(match[0].length);
  }
  return { name: rest, role };
}

/** A key that ignores case, hyphens and spacing: "Lashkar-e-Tayyiba" and "Lashkar e Tayyiba" agree. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The initials of a name, skipping small words: "Palestine Liberation Organization" -> "PLO", "Jaish-e-Mohammed" -> "JEM". */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => word && !/^(of|the|and|for|de|e|al|el|in|on)$/i.test(word))
    .map((word) => word[0].toUpperCase())
    .join('');
}

/** A short word with two or more capitals and no space: "JeM", "PLO", "ISI". */
export function looksLikeAcronym(name: string): boolean {
  return name.length >= 2 && name.length <= 8 && !/\s/.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Whether `short` is an acronym of `long`, allowing a skipped small word ("JeM" of "Jaish-e-Mohammed", "ISI" of "Inter Service Intelligence"). */
export function isAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (letters.length < 2 || letters.length > 8 || short.includes(' ')) return false;
  const all = long.split(/[\s-]+/).filter(Boolean).map((word) => word[0].toUpperCase()).join('');
  return initials(long) === letters || all === letters;
}

export interface MentionDraft {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** The name the mention stands for once titles are stripped and demonyms mapped: "Pakistani" -> "Pakistan". */
  name: string;
  role: string | null;
  rule: string;
}

export interface ResolvedEntity {
  name: string;
  type: EntityType;
  aliases: Set<string>;
  roles: Set<string>;
  mentions: MentionDraft[];
}

/**
 * Resolves the mentions of one document to entities: acronym definitions both ways ("Jaish-e-Mohammed
 * (JeM)", "ISI (Inter Service Intelligence)"), a later acronym alone, a later surname ("Munir" ->
 * "Syed Asim Munir"), and spelling variants that share a key. Every mention keeps its own span.
 */
export function resolveMentions(mentions: MentionDraft[], text: string): ResolvedEntity[] {
  const entities: ResolvedEntity[] = [];
  const byKey = new Map<string, ResolvedEntity>();
  const add = (entity: ResolvedEntity, mention: MentionDraft) => {
    entity.mentions.push(mention);
    entity.aliases.add(mention.name);
    if (mention.role) entity.roles.add(mention.role);
    byKey.set(`${entity.type}:${nameKey(mention.name)}`, entity);
  };
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const TYPES: EntityType[] = ['person', 'organization', 'place', 'event', 'other'];
  /** Acronym-like aliases ("JeM", "PLO") and spelled-out ones, kept apart: only they can pair up as acronym and name. */
  const acronymAliases: Array<{ alias: string; entity: ResolvedEntity }> = [];
  const spelledAliases: Array<{ alias: string; entity: ResolvedEntity }> = [];
  for (let index = 0; index < sorted.length; index++) {
    const mention = sorted[index];
    const key = nameKey(mention.name);
    // 1. The same name (or spelling variant) seen before, of a compatible type.
    let entity = byKey.get(`${mention.type}:${key}`);
    if (!entity) {
      for (const type of TYPES) {
        const found = type !== mention.type && compatible(type, mention.type) ? byKey.get(`${type}:${key}`) : undefined;
        if (found) {
          entity = found;
          break;
        }
      }
    }
    // 2. An acronym defined in parentheses right after a name, or a name in parentheses after an acronym.
    if (!entity) {
      const before = sorted[index - 1];
      const between = before ? text.slice(before.end, mention.start) : '';
      if (before && /^\s*\(\s*$/.test(between) && (isAcronymOf(mention.name, before.name) || isAcronymOf(before.name, mention.name))) {
        entity = entities.find((item) => item.mentions.includes(before));
      }
    }
    // 3. A later acronym alone ("JeM" after "Jaish-e-Mohammed"), or a name spelling out an earlier acronym.
    if (!entity) {
      const candidates = looksLikeAcronym(mention.name) ? spelledAliases : acronymAliases;
      entity = candidates.find(({ alias, entity: item }) => compatible(item.type, mention.type) && (looksLikeAcronym(mention.name) ? isAcronymOf(mention.name, alias) : isAcronymOf(alias, mention.name)))?.entity;
    }
    if (!entity && mention.type !== 'place' && mention.type !== 'event' && !mention.name.includes(' ')) {
      // A later surname: "Munir" -> "Syed Asim Munir"; or, for names written family name first, the first word: "Tsai" -> "Tsai Ing-wen".
      const people = entities.filter((item) => item.type === 'person');
      const byLast = people.filter((item) => [...item.aliases].some((alias) => alias.split(' ').length > 1 && alias.split(' ').pop() === mention.name));
      const byFirst = people.filter((item) => [...item.aliases].some((alias) => alias.split(' ').length > 1 && alias.split(' ')[0] === mention.name && /-/.test(alias.split(' ').slice(1).join(' '))));
      const candidates = byLast.length > 0 ? byLast : byFirst;
      // Two people share the surname: keep the mention apart rather than guess.
      if (candidates.length === 1 && (mention.type === 'person' || mention.type === 'other')) entity = candidates[0];
    }
    if (!entity && mention.type !== 'place' && mention.type !== 'event') {
      // A later short form of an organisation's name: "Northwind" -> "Northwind Corp", "Bank of Karsk" stays whole.
      const words = mention.name.split(' ');
      const candidates = entities.filter((item) => item.type === 'organization' && [...item.aliases].some((alias) => {
        const full = alias.split(' ');
        return full.length > words.length && words.every((word, index) => full[index] === word) && addsOnlyDesignators(full.slice(words.length));
      }));
      if (candidates.length === 1) entity = candidates[0];
    }
    if (!entity) {
      entity = { name: mention.name, type: mention.type, aliases: new Set(), roles: new Set(), mentions: [] };
      entities.push(entity);
    }
    if (!entity.aliases.has(mention.name)) (looksLikeAcronym(mention.name) ? acronymAliases : spelledAliases).push({ alias: mention.name, entity });
    add(entity, mention);
  }
  // A short form named before its full name ("Northwind President ..." before "Northwind Corp") joins it too.
  for (const short of [...entities]) {
    if (short.type !== 'organization') continue;
    const shortNames = [...short.aliases];
    const extends_ = (alias: string, name: string) => alias.startsWith(`${name} `) && addsOnlyDesignators(alias.slice(name.length + 1).split(' '));
    const fuller = entities.filter((item) => item !== short && item.type === 'organization' && shortNames.every((name) => [...item.aliases].some((alias) => extends_(alias, name))));
    if (fuller.length !== 1) continue;
    for (const mention of short.mentions) add(fuller[0], mention);
    entities.splice(entities.indexOf(short), 1);
  }
  for (const entity of entities) {
    entity.mentions.sort((a, b) => a.start - b.start);
    entity.name = canonicalName([...entity.aliases]);
    entity.type = majorityType(entity.mentions);
  }
  return entities;
}

/** "Corp", "International Inc": a company's full name over its short form, not another body ("Arden" of "Arden Rights Forum"). */
function addsOnlyDesignators(words: string[]): boolean {
  return words.length > 0 && words.every((word) => CORPORATE_DESIGNATORS.has(word.toLowerCase()));
}

/** An entity is named by its fullest spelled-out alias: the most words, then the longest; an acronym only if nothing else. */
export function canonicalName(aliases: string[]): string {
  const spelled = aliases.filter((alias) => !/^[\p{Lu}\p{N}-]{2,8}$/u.test(alias.replace(/[^\p{L}\p{N}-]/gu, '')) || alias.includes(' '));
  const pool = spelled.length > 0 ? spelled : aliases;
  return [...pool].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length || (a < b ? -1 : 1))[0];
}

/** The type most of an entity's mentions were tagged with (ties: the first mention's). */
function majorityType(mentions: MentionDraft[]): EntityType {
  const counts = new Map<EntityType, number>();
  // A type read from the words around a name (a title, a classifier, a suffix) outweighs the tagger's guess.
  for (const mention of mentions) counts.set(mention.type, (counts.get(mention.type) ?? 0) + (/\+|^pattern\./.test(mention.rule) ? 3 : 1));
  let best = mentions[0].type;
  for (const [type, count] of counts) if (count > (counts.get(best) ?? 0)) best = type;
  return best;
}

function compatible(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'other' || b === 'other' || (a === 'organization' && b === 'place') || (a === 'place' && b === 'organization');
}
