import { nameKey } from '../../../core/names.js';
import type { EntityType } from '../../../core/annotations.js';
import { CORPORATE_DESIGNATORS } from './lexicon.js';

/** Titles and roles taken off a person's name and kept as a role: "Gen. Syed Asim Munir" -> "Syed Asim Munir" (Gen.). */
const TITLE =
  /^(?:(?:Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Gov|Sen|Rep|Pres|Dr|Prof|Mr|Mrs|Ms|Rev|St|Fr|Hon)\.?|General|Colonel|Major|Captain|Admiral|Brigadier|President|Prime Minister|Vice President|Minister|Foreign Minister|Interior Minister|Defence Minister|Defense Minister|Secretary|Secretary of State|Chancellor|King|Queen|Prince|Princess|Sheikh|Imam|Ayatollah|Pope|Senator|Governor|Mayor|Judge|Justice|Ambassador|Spokesman|Spokeswoman|Chairman|Chairwoman|Chief|Commander|Colonel|Speaker|Premier|Emir|Sultan|Lord|Lady|Sir|Dame)\s+/;

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

/** The one name key lives in core, so stages, corpus work and the store compare names alike. */
export { nameKey };

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

/** The letters of an acronym, upper-cased: "JeM" -> "JEM". */
function acronymLetters(short: string): string {
  return short.replace(/[^\p{L}]/gu, '').toUpperCase();
}

/** The acronyms a spelled-out name makes: its initials without small words, and with them. */
function acronymsOf(long: string): string[] {
  const all = long
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase())
    .join('');
  return [initials(long), all];
}

/** Whether `short` is an acronym of `long`, allowing a skipped small word ("JeM" of "Jaish-e-Mohammed", "ISI" of "Inter Service Intelligence"). */
export function isAcronymOf(short: string, long: string): boolean {
  const letters = acronymLetters(short);
  if (letters.length < 2 || letters.length > 8 || short.includes(' ')) return false;
  return acronymsOf(long).includes(letters);
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
export function resolveMentions(mentions: MentionDraft[], text: string, headline: { start: number; end: number } | null = null): ResolvedEntity[] {
  const entities: ResolvedEntity[] = [];
  const byKey = new Map<string, ResolvedEntity>();
  // Indexes that keep every lookup below a map access (a long text names thousands of actors):
  // the entity of each mention, people by the last word of their multi-word names, and aliases by
  // the acronym letters they spell or are.
  const entityOf = new Map<MentionDraft, ResolvedEntity>();
  const bySurname = new Map<string, Set<ResolvedEntity>>();
  /** People whose name is written family name first ("Tsai Ing-wen"), by that first word. */
  const byFamilyName = new Map<string, Set<ResolvedEntity>>();
  const add = (entity: ResolvedEntity, mention: MentionDraft) => {
    entity.mentions.push(mention);
    entity.aliases.add(mention.name);
    if (mention.role) entity.roles.add(mention.role);
    byKey.set(`${entity.type}:${nameKey(mention.name)}`, entity);
    entityOf.set(mention, entity);
    const words = mention.name.split(' ');
    if (entity.type === 'person' && words.length > 1) {
      // Keyed in lower case: a headline in capitals names "PARVIK".
      const surname = words[words.length - 1].toLowerCase();
      if (!bySurname.has(surname)) bySurname.set(surname, new Set());
      bySurname.get(surname)!.add(entity);
      if (/-/.test(words.slice(1).join(' '))) {
        const family = words[0].toLowerCase();
        if (!byFamilyName.has(family)) byFamilyName.set(family, new Set());
        byFamilyName.get(family)!.add(entity);
      }
    }
  };
  // The headline's names come last: a headline in capitals ("PARNEVIK TAKES LEAD") is where the tagger is least sure,
  // so the story's own mentions found the entities and the headline's join them.
  const inHeadline = (mention: MentionDraft) => headline !== null && mention.start < headline.end && headline.start < mention.end;
  const sorted = [...mentions].sort((a, b) => Number(inHeadline(a)) - Number(inHeadline(b)) || a.start - b.start);
  const TYPES: EntityType[] = ['person', 'organization', 'place', 'event', 'other'];
  /** Acronym-like aliases ("JeM", "PLO") by their letters, and spelled-out ones by the acronyms they make: only they can pair up. */
  const acronymAliases = new Map<string, Array<{ order: number; entity: ResolvedEntity }>>();
  const spelledAliases = new Map<string, Array<{ order: number; entity: ResolvedEntity }>>();
  let order = 0;
  const index = (map: typeof acronymAliases, key: string, entity: ResolvedEntity, at: number) => {
    if (!map.has(key)) map.set(key, []);
    map.get(key)!.push({ order: at, entity });
  };
  /** The earliest indexed alias under any of `keys` whose entity's type is compatible: what a scan in insertion order finds first. */
  const earliest = (map: typeof acronymAliases, keys: string[], type: EntityType) => {
    let best: { order: number; entity: ResolvedEntity } | undefined;
    for (const key of new Set(keys)) {
      const found = map.get(key)?.find((item) => compatible(item.entity.type, type));
      if (found && (!best || found.order < best.order)) best = found;
    }
    return best?.entity;
  };
  for (let position = 0; position < sorted.length; position++) {
    let mention = sorted[position];
    const key = nameKey(mention.name);
    // 1. The same name (or spelling variant) seen before, of a compatible type.
    let entity = byKey.get(`${mention.type}:${key}`);
    // A dateline's place is a place: it joins only a place of its name ("ODRA" over a story about the Odra team stays apart).
    const fixed = isFixedType(mention);
    if (!entity && !fixed) {
      for (const type of TYPES) {
        const found = type !== mention.type && compatible(type, mention.type) ? byKey.get(`${type}:${key}`) : undefined;
        if (found) {
          entity = found;
          break;
        }
      }
    }
    // 2. An acronym defined in parentheses right after a name, or a name in parentheses after an acronym.
    if (!entity && !fixed) {
      const before = sorted[position - 1];
      const between = before ? text.slice(before.end, mention.start) : '';
      if (before && /^\s*\(\s*$/.test(between) && (isAcronymOf(mention.name, before.name) || isAcronymOf(before.name, mention.name))) {
        entity = entityOf.get(before);
      }
    }
    // 3. A later acronym alone ("JeM" after "Jaish-e-Mohammed"), or a name spelling out an earlier acronym.
    if (!entity && !fixed) {
      entity = looksLikeAcronym(mention.name) ? earliest(spelledAliases, [acronymLetters(mention.name)], mention.type) : earliest(acronymAliases, acronymsOf(mention.name), mention.type);
    }
    if (!entity && !fixed && mention.type !== 'event' && !mention.name.includes(' ')) {
      // A later surname: "Munir" -> "Syed Asim Munir"; or, for names written family name first, the first word: "Tsai" -> "Tsai Ing-wen".
      const word = mention.name.toLowerCase();
      const byLast = [...(bySurname.get(word) ?? [])];
      const candidates = byLast.length > 0 ? byLast : [...(byFamilyName.get(word) ?? [])];
      // Two people share the surname: keep the mention apart rather than guess.
      // A headline's person ("Lebed Chechnya") is resolved after the story, so a place in the story never joins it.
      if (candidates.length === 1) {
        entity = candidates[0];
        // "Jordan said" after "Neil Jordan", "Washington" after "MaliVai Washington": the tagger's place or body is the person named before.
        if (mention.type !== 'person' && mention.type !== 'other') mention = { ...mention, type: 'person', rule: `${mention.rule}+surname` };
      }
    }
    if (!entity && mention.type !== 'place' && mention.type !== 'event') {
      // A later short form of an organisation's name: "Northwind" -> "Northwind Corp", "Bank of Karsk" stays whole.
      const words = mention.name.split(' ');
      const candidates = entities.filter(
        (item) =>
          item.type === 'organization' &&
          [...item.aliases].some((alias) => {
            const full = alias.split(' ');
            return full.length > words.length && words.every((word, index) => full[index] === word) && addsOnlyDesignators(full.slice(words.length));
          }),
      );
      if (candidates.length === 1) entity = candidates[0];
    }
    if (!entity) {
      entity = { name: mention.name, type: mention.type, aliases: new Set(), roles: new Set(), mentions: [] };
      entities.push(entity);
    }
    if (!entity.aliases.has(mention.name)) {
      const at = order++;
      if (looksLikeAcronym(mention.name)) {
        const letters = acronymLetters(mention.name);
        if (letters.length >= 2 && letters.length <= 8) index(acronymAliases, letters, entity, at);
      } else {
        for (const letters of new Set(acronymsOf(mention.name))) index(spelledAliases, letters, entity, at);
      }
    }
    add(entity, mention);
  }
  // A short form named before its full name ("Northwind President ..." before "Northwind Corp") joins it too.
  for (const short of [...entities]) {
    // The tagger may have taken the short form for a person ("Pirelli said ..." before "Pirelli SpA"): one-word names join too.
    const shortNames = [...short.aliases];
    if (short.type !== 'organization' && (short.type === 'place' || short.type === 'event' || shortNames.some((name) => name.includes(' ')))) continue;
    const extends_ = (alias: string, name: string) => alias.startsWith(`${name} `) && addsOnlyDesignators(alias.slice(name.length + 1).split(' '));
    const fuller = entities.filter((item) => item !== short && item.type === 'organization' && shortNames.every((name) => [...item.aliases].some((alias) => extends_(alias, name))));
    if (fuller.length !== 1) continue;
    for (const mention of short.mentions) add(fuller[0], mention);
    entities.splice(entities.indexOf(short), 1);
  }
  for (const entity of entities) {
    entity.mentions.sort((a, b) => a.start - b.start);
    entity.name = canonicalName([...entity.aliases]);
    // A company designator in any of its names ("Pirelli SpA", "Kestrel Corp") settles it: no person's name ends in one.
    entity.type = [...entity.aliases].some(endsInDesignator) ? 'organization' : majorityType(entity.mentions);
  }
  return entities;
}

/** "Northwind Corp", "Odra Pharma SpA": a name of two words or more ending in a company's designator (not "Co" alone, a county's abbreviation). */
function endsInDesignator(name: string): boolean {
  const space = name.lastIndexOf(' ');
  return space > 0 && /^(?:Inc|Corp|Ltd|Plc|LLC|AG|S\.A\.|NV|N\.V\.|GmbH|SpA|S\.p\.A\.|AB|ASA|Oyj|BV|Bhd|Tbk|Pty|Bancorp|Bancshares)\.?$/.test(name.slice(space + 1));
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

/** Rules that mend a name's extent, not its type: the tagger's type stays the tagger's guess. */
const SHAPE_RULES = new Set(['name.trim-tail', 'name.split-conjoined', 'sentence-opener.trim', 'name-particle', 'repeated-name']);

/** Whether a rule read the mention's type from the words around it (a pattern, or a typing rule after the tagger). */
function readsType(rule: string): boolean {
  return rule.startsWith('pattern.') || rule.split('+').some((part, index) => index > 0 && !SHAPE_RULES.has(part));
}

/** The type most of an entity's mentions were tagged with (ties: the first mention's). */
function majorityType(mentions: MentionDraft[]): EntityType {
  const counts = new Map<EntityType, number>();
  // A type read from the words around a name (a title, a classifier, a suffix) outweighs the tagger's guess.
  for (const mention of mentions) counts.set(mention.type, (counts.get(mention.type) ?? 0) + (readsType(mention.rule) ? 3 : 1));
  let best = mentions[0].type;
  for (const [type, count] of counts) if (count > (counts.get(best) ?? 0)) best = type;
  return best;
}

/** A mention whose type the text fixes whatever the tagger said: a dateline's place. */
function isFixedType(mention: MentionDraft): boolean {
  return mention.rule === 'pattern.dateline-place';
}

function compatible(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'other' || b === 'other' || (a === 'organization' && b === 'place') || (a === 'place' && b === 'organization');
}
