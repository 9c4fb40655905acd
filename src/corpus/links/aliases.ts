/**
 * The actors a claim is about, under every name links compare them by: the entity's own name, each
 * part of a name the tagger ran together ("Hamas and Islamic Jihad"), and the country an organ
 * belongs to ("Pakistani spy agency ISI", "Pakistan's intelligence service" → pakistan). Each actor
 * keeps where the claim names it, so the one before a predicate can be told from the one after.
 */
import { entityKey, type LinkableClaim } from './linkable.js';
import { gazetteer } from '../../pipeline/stages/entities/gazetteer.js';

export interface Actor {
  /** Every key the actor answers to: its name, its parts, its country. */
  keys: Set<string>;
  /** The name it was found by, for evidence. */
  name: string;
  start: number;
}

/** "Pakistani spy agency ", "Pakistan's intelligence service ": a demonym or a country's possessive, then up to three lower-case words. */
const OWNER_BEFORE = /\b(\p{Lu}[\p{L}-]+)(['’]s)?\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u;

/** The country a demonym or a country's name stands for, or null. */
function countryOf(word: string, possessive: boolean): string | null {
  const places = gazetteer();
  const country = possessive ? places.countries.get(word) : places.demonyms.get(word) ?? places.demonyms.get(word.replace(/s$/, ''));
  return country ? country.toLowerCase() : null;
}

function partsOf(name: string): string[] {
  return name.split(/\s+(?:and|&)\s+|,\s*/).map((part) => part.trim()).filter((part) => part.length > 1);
}

/** Where each of the claim's entities is named in its text (the first match of the name or a part of it). */
export function actorsOf(claim: Pick<LinkableClaim, 'text' | 'entities' | 'mentions'>): Actor[] {
  const lower = claim.text.toLowerCase();
  const actors: Actor[] = [];
  const seen = new Set<string>();
  const add = (name: string, surface: string, start: number) => {
    const keys = new Set<string>([name, ...partsOf(name)]);
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

export { entityKey };
