/**
 * The actors a claim is about, under every name links compare them by: the entity's own name, each
 * part of a name the tagger ran together ("Hamas and Islamic Jihad"), and the country an organ
 * belongs to ("Pakistani spy agency ISI", "Pakistan's intelligence service" → pakistan). Each actor
 * keeps where the claim names it, so the one before a predicate can be told from the one after.
 */
import type { LinkableClaim } from './linkable.js';
import { gazetteer } from '../../pipeline/stages/entities/gazetteer.js';

export interface Actor {
  /** Every key the actor answers to: its name, its parts, its country. */
  keys: Set<string>;
  /** The name it was found by, for evidence. */
  name: string;
  start: number;
}

/** "Pakistani spy agency ", "Pakistan's intelligence service ": a demonym or a country's possessive, then up to three lower-case words. */
const OWNER_BEFORE = /\b(\p{Lu}[\p{L}-]+)(['’]s)?\s+(?:(?!(?:to|in|of|at|on|for|by|with|from|and|or|is|are|was|were|has|have|had|went|the|a|an)\s)\p{Ll}[\p{L}-]*(?<!ed)\s+){0,3}$/u;

/** The country a demonym or a country's name stands for, or null. */
function countryOf(word: string, possessive: boolean): string | null {
  const places = gazetteer();
  const country = possessive ? places.countries.get(word) : (places.demonyms.get(word) ?? places.demonyms.get(word.replace(/s$/, '')));
  return country ? country.toLowerCase() : null;
}

function partsOf(name: string): string[] {
  return name
    .split(/\s+(?:and|&)\s+|,\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length > 1);
}

/** "Velorian" → "veloria", "Karskian" → "karsk": a demonym the gazetteer does not know still names its country. */
function demonymStems(key: string): string[] {
  if (key.includes(' ')) return [];
  const stems: string[] = [];
  for (const suffix of ['ian', 'an', 'n', 'i', 'ese']) {
    if (key.endsWith(suffix) && key.length - suffix.length >= 5) stems.push(key.slice(0, -suffix.length));
  }
  return stems;
}

/** Sentence starters that are capitalised only because they start the sentence. */
const STARTERS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands dozens most many several half january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday the a an in on at by for from with as after before during since last this that these those some about more fewer officials police according nearly almost at least it its their his her our we they he she there when while if but and or under over only just'.split(
    ' ',
  ),
);

/** Runs of capitalised words the tagger left untagged ("Orlen University" after "In 2022"): names all the same. */
function capitalisedNames(text: string): Array<{ name: string; start: number; end: number }> {
  const names: Array<{ name: string; start: number; end: number }> = [];
  for (const match of text.matchAll(/\p{Lu}[\p{L}-]*(?:['’]s)?(?:\s+\p{Lu}[\p{L}-]*(?:['’]s)?)*/gu)) {
    const words = match[0].replace(/['’]s\b/g, '').split(/\s+/);
    while (words.length > 0 && STARTERS.has(words[0].toLowerCase())) words.shift();
    while (words.length > 0 && STARTERS.has(words[words.length - 1].toLowerCase())) words.pop();
    if (words.length === 0) continue;
    const start = (match.index ?? 0) + match[0].indexOf(words[0]);
    const name = words.join(' ').toLowerCase();
    names.push({ name, start, end: start + name.length });
  }
  return names;
}

/** Where each of the claim's entities is named in its text (the first match of the name or a part of it). */
export function actorsOf(claim: Pick<LinkableClaim, 'text' | 'entities' | 'mentions'>): Actor[] {
  const lower = claim.text.toLowerCase();
  const actors: Actor[] = [];
  const seen = new Set<string>();
  const add = (name: string, surface: string, start: number) => {
    const keys = new Set<string>([name, ...partsOf(name), ...demonymStems(name)]);
    // A demonym or a country's possessive just before the name: the organ belongs to that country.
    const before = claim.text.slice(Math.max(0, start - 40), start);
    const owner = OWNER_BEFORE.exec(before);
    const ownerCountry = owner ? countryOf(owner[1], Boolean(owner[2])) : null;
    if (ownerCountry) keys.add(ownerCountry);
    // "Bangladeshi fighters": a demonym inside the name.
    for (const word of surface.split(/\s+/).slice(0, -1)) {
      const country = countryOf(word, false);
      if (country) keys.add(country);
    }
    const id = `${name}@${start}`;
    if (!seen.has(id)) {
      seen.add(id);
      actors.push({ keys, name, start });
    }
  };
  for (const mention of claim.mentions ?? []) add(mention.entity, mention.text, mention.start);
  for (const entity of claim.entities) {
    if ((claim.mentions ?? []).some((mention) => mention.entity === entity)) continue;
    for (const part of [entity, ...partsOf(entity)]) {
      const at = lower.indexOf(part);
      if (at >= 0) {
        add(entity, claim.text.slice(at, at + part.length), at);
        break;
      }
    }
  }
  // Capitalised runs: a tagged actor inside one also answers to the whole run ("Republic" in "The Tessel Republic");
  // a run the tagger left untagged ("Orlen University" after "In 2022") is an actor of its own.
  for (const run of capitalisedNames(claim.text)) {
    const inside = actors.filter((actor) => actor.start < run.end && actor.start + actor.name.length > run.start);
    if (inside.length === 0) add(run.name, claim.text.slice(run.start, run.end), run.start);
    else if (inside.length === 1) inside[0].keys.add(run.name);
  }
  // Each part of a run-together name stands where it is named ("Hamas" in "Hamas and Islamic Jihad").
  for (const actor of [...actors]) {
    for (const part of partsOf(actor.name)) {
      if (part === actor.name) continue;
      const at = lower.indexOf(part);
      if (at >= 0 && !actors.some((other) => other.name === part)) actors.push({ keys: new Set([part]), name: part, start: at });
    }
  }
  // Two mentions of one entity answer to the same keys ("Pakistani spy agency ISI (Inter Service Intelligence)").
  const byName = new Map<string, Set<string>>();
  for (const actor of actors) byName.set(actor.name, new Set([...(byName.get(actor.name) ?? []), ...actor.keys]));
  for (const actor of actors) actor.keys = byName.get(actor.name)!;
  return actors.sort((a, b) => a.start - b.start);
}

export const actorKeys = (actors: Actor[]) => new Set(actors.flatMap((actor) => [...actor.keys]));
