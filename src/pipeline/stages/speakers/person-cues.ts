import type { Span } from '../../../core/span.js';
import { genderOfGivenName, type Gender } from '../../../lang/en/given-names.js';

/**
 * What says a name is a person when the entity stage typed it a body, a place or something else
 * ("Eleanor" a place, "Penn" a body): its first word is a given name, its last word is the surname of
 * a person named in the text, "who" follows it, a title precedes it, a life event or a kin noun
 * follows it ("Penn was born", "Alice's mother").
 */
export type PersonCue = 'given-name' | 'surname' | 'who' | 'title' | 'life' | 'kin' | 'role-name';

/**
 * Words of a role or title that stand before a person's name inside what the entity stage took for a
 * body's name ("House Speaker Paul Ryan", "NBC News colleague Matt Lauer").
 */
const ROLE_BEFORE_NAME = new Set(
  'speaker gov governor sen senator rep representative president minister secretary mayor judge chairman chairwoman chief ceo director spokesman spokeswoman spokesperson leader colleague anchor host coach candidate nominee founder editor correspondent reporter commissioner chancellor premier ambassador general'.split(
    ' ',
  ),
);

const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Saint|St|Prof|Professor)\.?\s+$/;
const WHO_AFTER = /^\s*,?\s*(?:who|whom|whose)\b/;
const LIFE_AFTER = /^\s*(?:\((?:born|b\.|died|d\.|c\.)?\s*\d|(?:was|is)\s+born\b|died\b|married\b)/;
/** A preposition of place before the name ("in Arden", "from Georgia"): a given name there is a place. */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|from|to|into|across|around|outside|inside|throughout|via|towards?)\s+(?:the\s+)?$/i;
const KIN_AFTER = /^['’]s\s+(?:wife|husband|father|mother|son|daughter|brother|sister|parents|family|childhood|birth|death|widow|widower)\b/;

export function personCuesOf(text: string, mention: Span & { text: string }, surnames: ReadonlySet<string>): { cues: PersonCue[]; gender?: Gender } {
  const cues: PersonCue[] = [];
  const words = mention.text.split(/\s+/).filter(Boolean);
  const placeLike = PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, mention.start - 16), mention.start));
  const gender = words.length <= 3 && !placeLike ? genderOfGivenName(words[0].replace(/[.,]$/, '')) : undefined;
  if (gender) cues.push('given-name');
  // "House Speaker Paul Ryan": a role word, then a given name and a surname, ends the name.
  const roleGender =
    !gender && words.length >= 3 && ROLE_BEFORE_NAME.has(words[words.length - 3].toLowerCase().replace(/\.$/, '')) && /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1])
      ? genderOfGivenName(words[words.length - 2])
      : undefined;
  if (roleGender) cues.push('role-name');
  const last = words[words.length - 1];
  if (!placeLike && /^\p{Lu}\p{Ll}+/u.test(last) && surnames.has(last) && words.length === 1) cues.push('surname');
  const after = text.slice(mention.end, mention.end + 30);
  if (WHO_AFTER.test(after)) cues.push('who');
  if (TITLE_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start))) cues.push('title');
  if (LIFE_AFTER.test(after)) cues.push('life');
  if (KIN_AFTER.test(after)) cues.push('kin');
  const told = gender ?? roleGender;
  return told ? { cues, gender: told } : { cues };
}
