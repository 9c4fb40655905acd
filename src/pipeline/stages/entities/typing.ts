import type { EntityType } from '../../../core/annotations.js';
import type { Dateline } from '../../../core/document.js';
import type { Gazetteer } from './gazetteer.js';
import {
  COMMON_CAPS,
  CORPORATE_DESIGNATORS,
  GROUP_ADJECTIVES,
  GROUP_CONTEXT_NOUNS,
  LOCATIVE_PREPOSITIONS,
  ORGANISATION_HEADS,
  ORGANISATION_NOUNS,
  ORGANISATION_SUFFIXES,
  PERSON_NOUNS,
  PLACE_NAME_OPENERS,
  PLACE_NAME_TAILS,
  PLACE_NOUNS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SAYING_VERBS,
} from './lexicon.js';
import type { MentionDraft } from './resolve.js';
import { genderOfGivenName } from '../../../lang/en/given-names.js';
import { AUXILIARIES, CLAUSE_OPENERS } from '../../../lang/en/function-words.js';

export interface TypingContext {
  text: string;
  places: Gazetteer;
}

/**
 * A rule that retypes or splits one tagged name by what stands in and around it. `apply` returns
 * the drafts that replace the name, or null when the rule does not fit.
 */
export interface TypingRule {
  name: string;
  /** The kind of sentence the rule exists for (fictional). */
  example: string;
  apply(draft: MentionDraft, context: TypingContext): MentionDraft[] | null;
}

/** A rule that finds names the tagger left out. */
export interface FindingRule {
  name: string;
  example: string;
  find(context: TypingContext, drafts: MentionDraft[]): MentionDraft[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
const lower = (word: string) => word.toLowerCase();
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
/** A title as written in running text ("President", "Gen.", "CEO"), not a word of a line in capitals ("MAJOR LEAGUE"). */
const isTitleWord = (word: string) => isRoleWord(lower(word)) && (/^\p{Lu}[\p{Ll}.]/u.test(word) || /^C[EFO]O$/.test(word));
/** "Colonel", and compounds of role words ("Lieutenant-Colonel", "Vice-Admiral") ending in one. */
function isRoleWord(word: string): boolean {
  if (ROLE_WORDS.has(word)) return true;
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  return parts.length > 1 && ROLE_WORDS.has(parts[parts.length - 1]) && parts.every((part) => ROLE_WORDS.has(part) || ROLE_MODIFIERS.has(part));
}

function wordsOf(text: string, offset: number): Array<{ text: string; start: number; end: number }> {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: offset + (match.index ?? 0), end: offset + (match.index ?? 0) + match[0].length }));
}

/** A draft over text[start, end) with its name as the entity stage names things of that type. */
export function draftOf(context: TypingContext, start: number, end: number, type: EntityType, rule: string, role: string | null = null): MentionDraft {
  const surface = context.text.slice(start, end);
  const name = type === 'place' ? (context.places.countries.get(surface) ?? surface) : surface;
  return { start, end, text: surface, type, name, role, rule };
}

/** Suffixes that also end place names: "West Bank": these do not override the tagger's place. */
const PLACE_LIKE_SUFFIXES = new Set(['bank', 'court', 'international', 'times', 'post', 'news', 'watch', 'guard', 'network', 'exchange', 'board', 'college', 'university']);

/** A capitalised word that may be a title: "President", "Gen.", "Ms.", "CEO". */
const TITLE_CANDIDATE = /(?<![\p{L}\p{N}.])(?:\p{Lu}[\p{Ll}]+\.?|\p{Lu}[\p{Ll}]?\.|CEO|CFO|COO)(?= )/gu;

/** A company designator right after a name, maybe after a word or two of it: "Northwind & Co", "Odra Pharma S.A.", "Kestrel International Inc" (a sentence's final period left out). */
const DESIGNATOR_AFTER =
  /^(?: & (?:Co|Sons|Partners|Company)|(?: \p{Lu}[\p{L}-]*){0,2} (?:Inc|Corp|Co|Ltd|Plc|LLC|AG|S\.A\.|SA|NV|N\.V\.|GmbH|SpA|S\.p\.A\.|AB|ASA|Oyj|BV|Bhd|Tbk|Pty))(?:\.(?=\s+\p{Ll}|,))?(?![\p{L}\p{N}])/u;
/** One or two capitalised words ending in a body's noun: "Odra University", "Odra Stock Exchange". */
const SUFFIX_AFTER = /^(?: \p{Lu}[\p{L}-]*){0,2} (?:University|Ministry|Party|Council|Commission|Committee|Agency|Exchange|Forces|Army|Corporation|Company|Bancorp)(?![\p{L}\p{N}])/u;
/** A body's head noun and "of" before a name: "the University of Odra", "Party of Democratic Renewal". */
const HEAD_BEFORE =
  /(?:^|[^\p{L}])((?:University|Ministry|Bank|Party|Commission|Council|Department|Bureau|Institute|Federation|League|Committee|Union|Association|Organi[sz]ation) (?:of|for|on) (?:the )?)$/u;

/** Group nouns that are people: a place tag gives way only to these ("Vorn fighters", not "Halden positions"). */
const GROUP_MEMBER_NOUNS = new Set(['fighters', 'militants', 'gunmen', 'commanders', 'operatives', 'members', 'recruits']);

const retype = (draft: MentionDraft, type: EntityType, rule: string): MentionDraft[] => [{ ...draft, type, name: draft.role ? draft.name : draft.text, rule: `${draft.rule}+${rule}` }];

/** The role words that end right before `start` ("Defense Secretary ", "Ms. "), or null. */
function roleBefore(text: string, start: number): string | null {
  // Scanned by hand, word by word backwards: an end-anchored pattern here cost more than the rules.
  const parts: string[] = [];
  let cursor = start;
  while (parts.length < 4) {
    let wordEnd = cursor;
    while (wordEnd > 0 && /\s/.test(text[wordEnd - 1])) wordEnd--;
    if (wordEnd === cursor || wordEnd === 0) break;
    let wordStart = wordEnd;
    while (wordStart > 0 && /[\p{L}.-]/u.test(text[wordStart - 1])) wordStart--;
    if (wordStart === wordEnd) break;
    const word = text.slice(wordStart, wordEnd);
    if (parts.length === 0 ? !isTitleWord(word) : !(isCapitalised(word) && (ROLE_MODIFIERS.has(lower(word)) || ROLE_WORDS.has(lower(word))))) break;
    parts.unshift(word);
    cursor = wordStart;
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

function isPlaceName(name: string, places: Gazetteer): boolean {
  return places.countries.has(name) || places.cities.has(name);
}

/** Capitalised only because they open a sentence: "Later Tsai said", "But Holm"; never the first word of a name. */
const SENTENCE_OPENERS = new Set([...CLAUSE_OPENERS, ...AUXILIARIES, 'but', 'later', 'earlier', 'now', 'still', 'even', 'only', 'instead', 'today', 'yesterday', 'here', 'there']);

/** Words a tagged name runs on into: "Insulza Monday for talks", "Freiburg taking"; "al-Saadani" is the name's own. */
const TRAILING_NON_NAME = /^(?:\p{Ll}[\p{Ll}'’]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/u;
/** Words that open the second half of a name with "and" in it: "Tal Henry and His Orchestra", "Hale and Sons". */
const AND_CONTINUES = new Set(['his', 'her', 'their', 'its', 'the', 'sons', 'co', 'co.', 'company', 'partners', 'associates', 'daughters', 'brothers']);

export const TYPING_RULES: TypingRule[] = [
  {
    name: 'name.trim-tail',
    example: 'Albright will meet Foreign Minister Ilse Varga Monday for talks.',
    apply(draft, context) {
      // Most names end in a name: one test of the last word answers before any splitting.
      if (!TRAILING_NON_NAME.test(draft.text.slice(draft.text.lastIndexOf(' ') + 1))) return null;
      const words = draft.text.split(' ');
      let keep = words.length;
      while (keep > 1 && TRAILING_NON_NAME.test(words[keep - 1])) keep--;
      if (keep === words.length) return null;
      const end = draft.start + words.slice(0, keep).join(' ').length;
      const trimmed = draftOf(context, draft.start, end, draft.type, `${draft.rule}+name.trim-tail`, draft.role);
      return [draft.role ? { ...trimmed, name: draft.name.slice(0, draft.name.length - (draft.end - end)) } : trimmed];
    },
  },
  {
    name: 'name.split-conjoined',
    example: 'Note - Northwind and Kestrel played two games; Bosnia and Herzegovina stays whole.',
    apply(draft, context) {
      const at = draft.text.indexOf(' and ');
      if (at < 0 || draft.type === 'event') return null;
      const left = draft.text.slice(0, at);
      const right = draft.text.slice(at + 5);
      // "Ministry of Trade and Industry", "Tal Henry and His Orchestra", "Trinidad and Tobago": one name.
      if (!/^\p{Lu}/u.test(left) || !/^\p{Lu}/u.test(right) || / (?:of|for|on) |,/.test(left) || AND_CONTINUES.has(lower(right.split(' ')[0]))) return null;
      // "Securities and Exchange Commission", "Truth and Reconciliation Commission": the body's noun ends the whole.
      if (right.includes(' ') && ORGANISATION_SUFFIXES.has(lower(right.slice(right.lastIndexOf(' ') + 1)))) return null;
      if (isPlaceName(draft.text, context.places)) return null;
      const rightStart = draft.start + at + 5;
      return [
        draftOf(context, draft.start, draft.start + at, draft.type, `${draft.rule}+name.split-conjoined`),
        draftOf(context, rightStart, draft.end, draft.type, `${draft.rule}+name.split-conjoined`),
      ];
    },
  },
  {
    name: 'sentence-opener.trim',
    example: 'Later Tsai said the island would hold firm.',
    apply(draft, context) {
      const space = draft.text.indexOf(' ');
      if (space < 0 || !SENTENCE_OPENERS.has(lower(draft.text.slice(0, space)))) return null;
      if (!/(?:^|[.!?]["”’']?\s+|\n\s*)["“‘']?$/.test(context.text.slice(Math.max(0, draft.start - 5), draft.start))) return null;
      const start = draft.start + space + 1;
      const trimmed = draftOf(context, start, draft.end, draft.type, `${draft.rule}+sentence-opener.trim`);
      return [draft.type === 'person' ? { ...trimmed, name: draft.role ? draft.name : trimmed.name, role: draft.role } : trimmed];
    },
  },
  {
    name: 'role.splits-affiliation',
    example: 'Northwind President Dana Holm said the deal would close.',
    apply(draft, context) {
      // Most names hold no title: a plain split answers that before any word objects are made.
      if (!draft.text.split(' ').some(isTitleWord)) return null;
      const parts = wordsOf(draft.text, draft.start);
      for (let index = 1; index < parts.length - 1; index++) {
        if (!isTitleWord(parts[index].text)) continue;
        // The role may be several words ("Federal Reserve Governor", "Defense Secretary"): walk back over modifiers.
        let roleStart = index;
        while (roleStart > 0 && (ROLE_MODIFIERS.has(lower(parts[roleStart - 1].text)) || ROLE_WORDS.has(lower(parts[roleStart - 1].text)))) roleStart--;
        // The name is the run of capitalised words after the role: "Tono Eitel" of "Tono Eitel of Germany".
        let last = index + 1;
        while (last + 1 < parts.length && isCapitalised(parts[last + 1].text)) last++;
        const person = draftOf(context, parts[index + 1].start, parts[last].end, 'person', `${draft.rule}+role.splits-affiliation`, context.text.slice(parts[roleStart].start, parts[index].end));
        if (roleStart === 0) return [person];
        const affiliationEnd = parts[roleStart - 1].end;
        const affiliationText = context.text.slice(draft.start, affiliationEnd);
        const type: EntityType = isPlaceName(affiliationText, context.places) ? 'place' : 'organization';
        return [draftOf(context, draft.start, affiliationEnd, type, `${draft.rule}+role.affiliation`), person];
      }
      return null;
    },
  },
  {
    name: 'role.leading-title',
    example: 'Gen. Ira Vasko inspected the base.',
    apply(draft, context) {
      if (!isTitleWord(draft.text.split(' ', 1)[0])) return null;
      const parts = wordsOf(draft.text, draft.start);
      if (parts.length < 2 || !isTitleWord(parts[0].text)) return null;
      let first = 1;
      while (first < parts.length - 1 && (ROLE_WORDS.has(lower(parts[first].text)) || ROLE_MODIFIERS.has(lower(parts[first].text)))) first++;
      const role = context.text.slice(parts[0].start, parts[first - 1].end);
      return [draftOf(context, parts[first].start, draft.end, 'person', `${draft.rule}+role.leading-title`, role)];
    },
  },
  {
    name: 'role.before-name',
    example: 'Defense Secretary Ari Tamm and Ms. Lind spoke.',
    apply(draft, context) {
      if (draft.type === 'person' || draft.type === 'event') return null;
      const role = roleBefore(context.text, draft.start);
      if (!role) return null;
      // A role before a body's name is an affiliation, not a title: "the Interior Ministry", "Chief of the Army".
      const last = lower(draft.text.split(/\s+/).pop() ?? '');
      if (ORGANISATION_SUFFIXES.has(last) || isPlaceName(draft.text, context.places)) return null;
      return [{ ...draftOf(context, draft.start, draft.end, 'person', `${draft.rule}+role.before-name`), role }];
    },
  },
  {
    name: 'role.for-region',
    example: 'Minister for the North Sea Ola Brandt visited.',
    apply(draft, context) {
      const before = context.text.slice(Math.max(0, draft.start - 40), draft.start);
      const match = /(\p{Lu}[\p{L}.]*)\s+(?:for|of)\s+(?:the\s+)?$/u.exec(before);
      if (!match || !isTitleWord(match[1])) return null;
      const parts = wordsOf(draft.text, draft.start);
      if (parts.length < 3 || !parts.every((part) => isCapitalised(part.text))) return null;
      // "Minister for the Middle East Tobias Ellwood": the remit, then a two-word name.
      const nameStart = parts[parts.length - 2];
      return [
        draftOf(context, draft.start, parts[parts.length - 3].end, 'place', `${draft.rule}+role.remit`),
        draftOf(context, nameStart.start, draft.end, 'person', `${draft.rule}+role.for-region`, null),
      ];
    },
  },
  {
    name: 'person.given-name',
    example: 'Talks with Trevor Lindqvist ended; Kitty Marsh left.',
    apply(draft, context) {
      // Only the tagger's own place or organisation: a type a rule read from the words around stands.
      if ((draft.type !== 'place' && draft.type !== 'organization') || draft.rule.includes('+') || !draft.rule.startsWith('model.')) return null;
      const words = draft.text.split(' ');
      if (words.length < 2 || words.length > 3 || words[0].length < 3 || PLACE_NAME_OPENERS.has(lower(words[0])) || !words.every((word) => /^\p{Lu}\p{Ll}/u.test(word)) || !genderOfGivenName(words[0]))
        return null;
      // "Virginia Beach", "Victoria Falls", "Georgia Power Co": a given name can open a place's or a company's name.
      const tail = words.slice(1).map(lower);
      if (tail.some((word) => ORGANISATION_SUFFIXES.has(word) || PLACE_NAME_TAILS.has(word) || PLACE_NOUNS.has(word) || CORPORATE_DESIGNATORS.has(word))) return null;
      // "Florida Marlins", "Lay Volunteers": a team or a body of many is named in the plural; a surname seldom is, in a name the tagger took for a body.
      if (draft.type === 'organization' && /[^s]s$/.test(tail[tail.length - 1])) return null;
      // "Atlanta Games", "North Caucasus": the list's given name is also a place, or a word the text writes in lower case.
      if (words.some((word) => isPlaceName(word, context.places)) || isPlaceName(draft.text, context.places) || context.text.includes(` ${lower(words[0])} `)) return null;
      // "Juan Santamaria airport", "Ben Gurion airport": a noun of places or bodies after the name names what it is.
      const next = /^\s+(\p{Ll}+)/u.exec(context.text.slice(draft.end, draft.end + 20))?.[1];
      if (next && (PLACE_NAME_TAILS.has(next) || PLACE_NOUNS.has(next) || ORGANISATION_NOUNS.has(next) || next === 'airport')) return null;
      return retype(draft, 'person', 'person.given-name');
    },
  },
  {
    name: 'organisation.extends',
    example: 'Kestrel Systems & Co hired staff; the University of Odra and Odra Stock Exchange agreed.',
    apply(draft, context) {
      if (draft.type === 'event') return null;
      const after = context.text.slice(draft.end, draft.end + 50);
      const tail = DESIGNATOR_AFTER.exec(after) ?? SUFFIX_AFTER.exec(after);
      const before = context.text.slice(Math.max(0, draft.start - 40), draft.start);
      const head = HEAD_BEFORE.exec(before);
      if (!tail && !head) return null;
      // "Ministry of Defence": the tagger's place tag on "Defence" aside, the whole is the body.
      const start = head ? draft.start - head[0].length + head[0].indexOf(head[1]) : draft.start;
      const end = tail ? draft.end + tail[0].length : draft.end;
      return [draftOf(context, start, end, 'organization', `${draft.rule}+organisation.extends`)];
    },
  },
  {
    name: 'organisation.suffix',
    example: 'Northwind Corp and the Karsk Democratic Forces agreed.',
    apply(draft, context) {
      if (draft.type === 'organization' || draft.type === 'event') return null;
      const parts = draft.text.split(/\s+/);
      const last = lower(parts[parts.length - 1]);
      const head = parts.length > 2 && ORGANISATION_HEADS.has(lower(parts[0])) && lower(parts[1]) === 'of';
      if (!(parts.length > 1 && ORGANISATION_SUFFIXES.has(last)) && !head) return null;
      // The tagger's place stands unless the suffix is one places never end in ("West Bank" is a place, "Odra Corp" is not).
      if (draft.type === 'place' && (head || PLACE_LIKE_SUFFIXES.has(last))) return null;
      // "the West Bank" ends in "Bank" but is a place.
      if (parts.some((_, index) => isPlaceName(parts.slice(index).join(' '), context.places))) return null;
      return retype(draft, 'organization', 'organisation.suffix');
    },
  },
  {
    name: 'classifier.before',
    example: 'the militant group Red Dawn claimed the attack.',
    apply(draft, context) {
      const before = context.text.slice(Math.max(0, draft.start - 30), draft.start);
      const match = /([\p{L}-]+)\s+$/u.exec(before);
      if (!match || !/^\p{Ll}/u.test(match[1])) return null;
      const noun = lower(match[1]);
      if (ORGANISATION_NOUNS.has(noun) && draft.type !== 'organization') return retype(draft, 'organization', 'classifier.before');
      if (PLACE_NOUNS.has(noun) && draft.type !== 'place' && /\b(?:the|of)\s+\S+\s+$/i.test(before)) return retype(draft, 'place', 'classifier.before');
      return null;
    },
  },
  {
    name: 'place.of-or-distance',
    example: 'the town of Odra lies 40 km east of Karsk; Tarn, 200 km from the capital, fell.',
    apply(draft, context) {
      if (draft.type === 'place' || draft.type === 'event' || draft.type === 'organization') return null;
      // "the town of X", "east of X", "X, 200 km (120 miles) east of ...": only places stand there.
      const { text } = context;
      const maybeBefore = text.startsWith(' of ', draft.start - 4);
      const maybeAfter = (text[draft.end] === ',' || text[draft.end] === ' ') && /\d/.test(text.slice(draft.end, draft.end + 12));
      if (!maybeBefore && !maybeAfter) return null;
      const before =
        maybeBefore &&
        /(?:\b(?:town|city|village|province|region|district|port|capital|suburb|county|state)|(?:north|south)?(?:east|west)|north|south)\s+of\s+$/.test(
          context.text.slice(Math.max(0, draft.start - 24), draft.start),
        );
      const after = maybeAfter && /^,?\s+(?:about |some |around )?\d[\d,.]*\s*(?:km|kms|kilometres|kilometers|miles)\b/.test(context.text.slice(draft.end, draft.end + 30));
      if (!before && !after) return null;
      // "the city of Ana Lind's birth" is rare; a person's two-word name with a given name stays a person.
      if (draft.type === 'person' && draft.text.includes(' ') && !before) return null;
      return retype(draft, 'place', 'place.of-or-distance');
    },
  },
  {
    name: 'place.name-tail',
    example: 'Protesters filled Odra Square and Karsk Park.',
    apply(draft, context) {
      // The tagger's person whose last word is a square's or a park's: "Tiananmen Square", "Brown Deer Park Golf Course".
      if (draft.type !== 'person' || !draft.text.includes(' ') || draft.rule.includes('+')) return null;
      const last = lower(draft.text.slice(draft.text.lastIndexOf(' ') + 1));
      if (!PLACE_NAME_TAILS.has(last) || last === 'mount') return null;
      return retype(draft, 'place', 'place.name-tail');
    },
  },
  {
    name: 'classifier.apposition',
    example: 'the Grey Brigade, a proxy group of the army, denied it.',
    apply(draft, context) {
      const after = context.text.slice(draft.end, draft.end + 80);
      // The head is the last word of the noun phrase: "a proxy group of the army" -> group, "the union leader" -> leader.
      const match = /^,\s+(?:a|an|the)\s+((?:[\p{L}'’-]+\s+){0,3}?)([\p{L}-]+)(?=\s+(?:of|for|in|at|on|from|with|to|that|who|which|whose|and|based|since|until)\b|\s*[,.;:()]|\s*$)/u.exec(after);
      if (!match) return null;
      const noun = lower(match[2]);
      const type: EntityType | null = ORGANISATION_NOUNS.has(noun) ? 'organization' : PLACE_NOUNS.has(noun) ? 'place' : PERSON_NOUNS.has(noun) ? 'person' : null;
      if (!type || type === draft.type || draft.type === 'event') return null;
      // "X, the group's leader", "X, the union's general secretary": a possessive points elsewhere.
      if (/['’]s\s/.test(match[1]) || /^['’]s?\b/u.test(after.slice(match[0].length))) return null;
      return retype(draft, type, 'classifier.apposition');
    },
  },
  {
    name: 'context.group-nouns',
    example: 'jets struck Red Dawn positions near Odra.',
    apply(draft, context) {
      // The tagger's "other" here is mostly an adjective ("Islamist militants"); a person or place tag is the slip to mend.
      if (draft.type === 'organization' || draft.type === 'event' || draft.rule.includes('demonym')) return null;
      // The tagger's "other" before such a noun is mostly an adjective ("Islamist militants", "Kurdish fighters").
      if (draft.type === 'other' && (/(?:ic|ist|ists|ian|ish|ese|an|ite|i)$/i.test(draft.text) || GROUP_ADJECTIVES.has(lower(draft.text)))) return null;
      const next = /^\s+([\p{L}-]+)/u.exec(context.text.slice(draft.end, draft.end + 30));
      if (!next || !GROUP_CONTEXT_NOUNS.has(lower(next[1])) || isPlaceName(draft.text, context.places)) return null;
      // "Hutu rebels", "Tamil guerrillas": before a noun of armed people the tagger's "other" is a people, not a group.
      if (draft.type === 'other' && /^(?:rebels|guerrillas?|insurgents|militiamen)$/.test(lower(next[1]))) return null;
      // A place has positions and units of its own ("the Halden positions"); only people make it a group.
      if (draft.type === 'place' && !GROUP_MEMBER_NOUNS.has(lower(next[1]))) return null;
      return retype(draft, 'organization', 'context.group-nouns');
    },
  },
  {
    name: 'place.strike-list',
    example: 'Odra, two strikes destroyed a fighting position.',
    apply(draft, context) {
      // A line of a strike list opens with the place struck, whatever the tagger took the name for.
      const previous = context.text[draft.start - 1];
      if (previous !== undefined && previous !== '\n' && !(previous === ' ' && context.text.startsWith('Near', draft.start - 5))) return null;
      if (draft.type === 'place' || draft.type === 'event' || !/(?:^|\n)(?:Near )?$/.test(context.text.slice(Math.max(0, draft.start - 6), draft.start))) return null;
      if (!/^,\s+(?:[\p{L}-]+\s+){0,2}(?:air)?(?:strikes?|raids?|attacks?)\b/u.test(context.text.slice(draft.end, draft.end + 40))) return null;
      const leading = /^(?:Near|Outside|Around)\s+/.exec(draft.text)?.[0].length ?? 0;
      return [draftOf(context, draft.start + leading, draft.end, 'place', `${draft.rule}+place.strike-list`)];
    },
  },
  {
    name: 'place.locative',
    example: 'Near Odra, two strikes hit a depot.',
    apply(draft, context) {
      if (draft.type === 'place' || draft.type === 'event') return null;
      const leading = /^(Near|Outside|Around)\s+/.exec(draft.text);
      if (leading) return [draftOf(context, draft.start + leading[0].length, draft.end, 'place', `${draft.rule}+place.locative`)];
      const before = /([\p{L}]+)\s+$/u.exec(context.text.slice(Math.max(0, draft.start - 20), draft.start));
      if (!before || !LOCATIVE_PREPOSITIONS.has(lower(before[1])) || draft.type === 'organization') return null;
      return retype(draft, 'place', 'place.locative');
    },
  },
];

/** Applies every typing rule in order; a rule's output is what the next rules see. */
export function applyTypingRules(drafts: MentionDraft[], context: TypingContext): MentionDraft[] {
  // A title alone ("Gen.") is no name; the name after it is found by pattern.title-before-name.
  const titleOnly = (words: string[]) => words.some(isTitleWord) && words.every((word) => isTitleWord(word) || ROLE_MODIFIERS.has(lower(word)));
  // "said King." is a surname: a title word is a title only with a name or "of" after it ("Emperor of Brazil") or a determiner before it ("the President").
  const isTitle = (draft: MentionDraft) =>
    titleOnly(draft.text.split(/\s+/)) &&
    (/^\s+(?:\p{Lu}|of\s)/u.test(context.text.slice(draft.end, draft.end + 4)) ||
      /\b(?:the|a|an|his|her|its|their|our|this|that)\s+$/i.test(context.text.slice(Math.max(0, draft.start - 8), draft.start)));
  // "I've", "I'm": the pronoun, capitalised as always.
  let current = drafts.filter((draft) => !isTitle(draft) && !/^I['’](?:ve|m|d|ll)$/.test(draft.text));
  for (const rule of TYPING_RULES) {
    const next: MentionDraft[] = [];
    for (const draft of current) next.push(...(rule.apply(draft, context) ?? [draft]));
    current = next;
  }
  // A name a rule extended over its neighbour ("Syrian" + " Democratic Forces") takes the neighbour's place.
  return current.filter((draft) => !current.some((other) => other !== draft && other.start <= draft.start && draft.end <= other.end && other.end - other.start > draft.end - draft.start));
}

/**
 * A name of several words found once is the same name wherever it recurs: "Arden Human Rights Forum"
 * later cut by the tagger into "Arden" and "Rights Forum" is put back whole, with the first one's type.
 */
export function joinRepeatedNames(drafts: MentionDraft[], context: TypingContext): MentionDraft[] {
  let result = [...drafts];
  const names = new Map<string, MentionDraft>();
  for (const draft of drafts) if (/\s/.test(draft.text) && draft.type !== 'event' && !names.has(draft.text)) names.set(draft.text, draft);
  for (const [name, model] of names) {
    for (let at = context.text.indexOf(name); at >= 0; at = context.text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (/[\p{L}\p{N}]/u.test(context.text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(context.text[end] ?? '')) continue;
      const inside = result.filter((item) => item.start >= at && item.end <= end);
      const crossing = result.some((item) => item.start < end && at < item.end && !inside.includes(item));
      if (crossing || inside.length === 0 || (inside.length === 1 && inside[0].start === at && inside[0].end === end)) continue;
      result = result.filter((item) => !inside.includes(item));
      result.push({ ...model, start: at, end, rule: `${model.rule}+repeated-name` });
    }
  }
  return result.sort((a, b) => a.start - b.start);
}

/** "The Syrian Democratic Forces": a demonym before an organisation's name is part of the name. */
export function mergeDemonymIntoOrganisation(drafts: MentionDraft[], context: TypingContext): MentionDraft[] {
  const result = [...drafts].sort((a, b) => a.start - b.start);
  for (let index = result.length - 1; index > 0; index--) {
    const [left, right] = [result[index - 1], result[index]];
    if (!left.rule.includes('demonym') || right.type !== 'organization' || context.text.slice(left.end, right.start) !== ' ') continue;
    result.splice(index - 1, 2, draftOf(context, left.start, right.end, 'organization', `${right.rule}+demonym-in-name`));
  }
  return result;
}

const overlaps = (drafts: MentionDraft[], start: number, end: number) => drafts.some((item) => item.start < end && start < item.end);

export const FINDING_RULES: FindingRule[] = [
  {
    name: 'pattern.strike-list-place',
    example: 'Odra, two strikes destroyed a fighting position.',
    find(context, drafts) {
      const found: MentionDraft[] = [];
      const pattern = /(?:^|\n)(?:Near )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}),\s+(?:[\p{L}-]+\s+){0,2}(?:air)?(?:strikes?|raids?|attacks?)\b/gu;
      for (const match of context.text.matchAll(pattern)) {
        const start = (match.index ?? 0) + match[0].indexOf(match[1]);
        const end = start + match[1].length;
        if (!overlaps(drafts, start, end)) found.push(draftOf(context, start, end, 'place', 'pattern.strike-list-place'));
      }
      return found;
    },
  },
  {
    name: 'pattern.title-before-name',
    example: 'Attorney Mira Sand and Gen. Ira Vasko spoke.',
    find(context, drafts) {
      const found: MentionDraft[] = [];
      // Only the stretch after each capitalised title word is read word by word.
      for (const hit of context.text.matchAll(TITLE_CANDIDATE)) {
        if (!isTitleWord(hit[0])) continue;
        const at = hit.index ?? 0;
        const words = wordsOf(context.text.slice(at, at + 120), at);
        // Walk over the rest of the role ("Defense Secretary", "Gen. Lt."), then take the capitalised run after it.
        let first = 1;
        while (first < words.length && isCapitalised(words[first].text) && (ROLE_WORDS.has(lower(words[first].text)) || ROLE_MODIFIERS.has(lower(words[first].text)))) first++;
        let last = first - 1;
        while (last + 1 < words.length && last - first < 2 && isCapitalised(words[last + 1].text) && /^ $/.test(context.text.slice(words[last].end, words[last + 1].start))) last++;
        if (last < first) continue;
        const [start, end] = [words[first].start, words[last].end];
        const trimmed = context.text.slice(start, end).replace(/[.'’]+$/, '');
        if (overlaps(drafts, start, start + trimmed.length) || overlaps(found, start, start + trimmed.length)) continue;
        found.push(draftOf(context, start, start + trimmed.length, 'person', 'pattern.title-before-name', roleBefore(context.text, start) ?? hit[0]));
      }
      return found;
    },
  },
  {
    name: 'pattern.organisation-name',
    example: 'Officials at the Foreign Ministry and the Odra Relief Agency declined to comment.',
    find(context, drafts) {
      const found: MentionDraft[] = [];
      const pattern = /\b((?:\p{Lu}[\p{L}'’-]+ ){1,3})(?:Ministry|University|Party|Council|Commission|Committee|Agency|Corp|Inc|Ltd|Forces|Army|Brigades?|Movement|Front)(?![\p{L}\p{N}])/gu;
      for (const match of context.text.matchAll(pattern)) {
        let start = match.index ?? 0;
        // A capitalised word that only opens the sentence ("The", "In") is not part of the name.
        const opener = /^(?:The|A|An|In|On|At|For|But|And|By|From|With|To|Of|As|After|Before|When|If|Its|His|Her|Their|Our)\s/.exec(match[0]);
        if (opener) start += opener[0].length;
        const end = (match.index ?? 0) + match[0].length;
        if (end - start < 4 || !/\s/.test(context.text.slice(start, end)) || overlaps(drafts, start, end)) continue;
        found.push(draftOf(context, start, end, 'organization', 'pattern.organisation-name'));
      }
      return found;
    },
  },
  {
    name: 'pattern.acronym-in-context',
    example: 'RDW said the camp was shelled; KLF fighters withdrew.',
    find(context, drafts) {
      const found: MentionDraft[] = [];
      for (const match of context.text.matchAll(/\b\p{Lu}{3,6}\b/gu)) {
        const start = match.index ?? 0;
        const end = start + match[0].length;
        if (COMMON_CAPS.has(lower(match[0])) || overlaps(drafts, start, end)) continue;
        // A line in capitals (a headline) says nothing about any one word in it.
        const line = context.text.slice(context.text.lastIndexOf('\n', start) + 1, context.text.indexOf('\n', end) < 0 ? undefined : context.text.indexOf('\n', end));
        if (!/\p{Ll}/u.test(line)) continue;
        const next = /^\s+([\p{L}-]+)/u.exec(context.text.slice(end, end + 30))?.[1];
        const before = /([\p{L}-]+)\s+(?:the\s+)?$/u.exec(context.text.slice(Math.max(0, start - 30), start))?.[1];
        const speaks = next !== undefined && SAYING_VERBS.has(lower(next));
        const group = next !== undefined && GROUP_CONTEXT_NOUNS.has(lower(next));
        const classified = before !== undefined && ORGANISATION_NOUNS.has(lower(before));
        if (speaks || group || classified) found.push(draftOf(context, start, end, 'organization', 'pattern.acronym-in-context'));
      }
      return found;
    },
  },
  {
    name: 'pattern.person-named-again',
    example: 'Tomas Varga spoke first. Varga was later elected.',
    find(context, drafts) {
      const { surnames, single } = personNamesOf(drafts);
      const names = new Set([...surnames, ...single]);
      if (names.size === 0) return [];
      const found: MentionDraft[] = [];
      // Where the tagger left one out (most often at a sentence's start), standing alone: no capitalised word beside it.
      for (const match of context.text.matchAll(/(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}-])/gu)) {
        if (!names.has(match[0])) continue;
        const start = match.index ?? 0;
        const end = start + match[0].length;
        if (overlaps(drafts, start, end) || isPlaceName(match[0], context.places)) continue;
        if (/^ \p{Lu}/u.test(context.text.slice(end, end + 2)) || /\p{Lu}[\p{L}.]*[ -]$/u.test(context.text.slice(Math.max(0, start - 20), start))) continue;
        found.push(draftOf(context, start, end, 'person', 'pattern.person-named-again'));
      }
      return found;
    },
  },
];

/** Drafts the finding rules add, in text order with the tagger's. */
export function applyFindingRules(drafts: MentionDraft[], context: TypingContext): MentionDraft[] {
  const all = [...drafts];
  for (const rule of FINDING_RULES) all.push(...rule.find(context, all));
  return samePersonEverywhere(all, context).sort((a, b) => a.start - b.start);
}

/**
 * The surnames of people named in full, and the one-word names typed a person at least as often as
 * anything else (a tagger's lone "Karsk" a person among five places of that name says nothing).
 */
function personNamesOf(drafts: MentionDraft[]): { surnames: Set<string>; single: Set<string> } {
  const surnames = new Set<string>();
  const votes = new Map<string, number>();
  for (const draft of drafts) {
    const words = draft.name.split(' ');
    if (draft.type === 'person' && words.length > 1 && words.length <= 4) surnames.add(words[words.length - 1]);
    else if (!/\s/.test(draft.text)) votes.set(draft.text, (votes.get(draft.text) ?? 0) + (draft.type === 'person' ? 1 : -1));
  }
  const single = new Set<string>();
  for (const draft of drafts) if (draft.type === 'person' && (votes.get(draft.text) ?? -1) >= 0) single.add(draft.text);
  return { surnames, single };
}

/**
 * A one-word name the text also gives a person is that person wherever it stands: "Varga" typed a
 * body in "Varga's election" when "Tomas Varga" or "Varga said" is a person elsewhere. A place the
 * gazetteer knows ("Jordan", "Washington") keeps its type; so does a name a pattern typed.
 */
export function samePersonEverywhere(drafts: MentionDraft[], context: TypingContext): MentionDraft[] {
  const { surnames, single } = personNamesOf(drafts);
  if (surnames.size === 0 && single.size === 0) return drafts;
  return drafts.map((draft) => {
    // Only the tagger's own guess gives way: a type a rule read from the words around stands.
    if (draft.type === 'person' || draft.type === 'event' || !draft.rule.startsWith('model.') || draft.rule.includes('+')) return draft;
    // A place only when the same word stands alone as a person ("Odra" a place in a headline's "Lebed Odra" stays one).
    if (!(single.has(draft.text) || (draft.type !== 'place' && surnames.has(draft.text)))) return draft;
    if (!/^\p{Lu}\p{Ll}+$/u.test(draft.text) || isPlaceName(draft.text, context.places)) return draft;
    return { ...draft, type: 'person' as const, name: draft.text, rule: `${draft.rule}+person.same-name` };
  });
}

/**
 * An acronym defined in the text joins its expansion, which stays one name: "the Karsk Relief
 * Agency (KRA)" is one organisation even when the tagger cut it in two. The expansion is found as
 * Schwartz and Hearst do: the acronym's letters, in order, over the words before the bracket.
 */
export function joinAcronymExpansions(drafts: MentionDraft[], context: TypingContext): MentionDraft[] {
  let result = [...drafts];
  for (const match of context.text.matchAll(/\(\s*(\p{Lu}[\p{L}&-]{1,9})\s*\)/gu)) {
    const acronym = match[1];
    const letters = acronym.replace(/[^\p{L}]/gu, '');
    if ((letters.match(/\p{Lu}/gu)?.length ?? 0) < 2) continue;
    const open = match.index ?? 0;
    const expansion = expansionBefore(context.text, open, letters);
    if (!expansion) continue;
    const inside = result.filter((item) => item.start >= expansion.start && item.end <= expansion.end);
    const crossing = result.filter((item) => item.start < expansion.end && expansion.start < item.end && !inside.includes(item));
    // Already one name, or a name that runs past the expansion: nothing to mend.
    if (crossing.length > 0 || (inside.length === 1 && inside[0].start === expansion.start && inside[0].end === expansion.end)) continue;
    const types = inside.map((item) => item.type).filter((type) => type !== 'other');
    const type: EntityType = types.includes('organization') || types.length === 0 ? 'organization' : types[0];
    result = result.filter((item) => !inside.includes(item));
    result.push(draftOf(context, expansion.start, expansion.end, type, 'pattern.acronym-expansion'));
    const acronymStart = open + match[0].indexOf(acronym);
    if (!overlaps(result, acronymStart, acronymStart + acronym.length)) result.push(draftOf(context, acronymStart, acronymStart + acronym.length, type, 'pattern.acronym-expansion'));
  }
  return result.sort((a, b) => a.start - b.start);
}

/** The capitalised words before `open` whose initials spell `letters` (small words may be skipped), or null. */
function expansionBefore(text: string, open: number, letters: string): { start: number; end: number } | null {
  const before = text.slice(Math.max(0, open - 200), open);
  const offset = open - before.length;
  const parts = wordsOf(before, offset).filter((part) => part.text !== '&');
  const target = letters.toUpperCase();
  const maxWords = Math.min(target.length + 5, target.length * 2);
  // Word initials first ("Rally for the Return of Exiles"), letters from inside words only if that fails ("HuM").
  for (const inner of [false, true]) {
    const found = expansionWindow(text, open, parts, target, maxWords, inner);
    if (found) return found;
  }
  return null;
}

function expansionWindow(
  text: string,
  open: number,
  parts: Array<{ text: string; start: number; end: number }>,
  target: string,
  maxWords: number,
  inner: boolean,
): { start: number; end: number } | null {
  for (let count = 1; count <= Math.min(maxWords, parts.length); count++) {
    const window = parts.slice(parts.length - count);
    if (!isCapitalised(window[0].text) || window[0].text[0].toUpperCase() !== target[0]) continue;
    if (/[.!?;:]/.test(text.slice(window[0].end, open).replace(/\b\p{Lu}\.|\.(?=\p{Lu})/gu, ''))) break;
    const content = window.filter((part) => !/^(?:of|the|and|for|on|in|de|e|al|el|to)$/i.test(part.text));
    if (!content.every((part) => isCapitalised(part.text))) continue;
    if (
      spells(
        window.map((part) => part.text),
        target,
        inner,
      )
    )
      return { start: window[0].start, end: window[window.length - 1].end };
  }
  return null;
}

/** Whether the words' letters spell the acronym in order, each word giving its first letter or none. */
function spells(words: string[], target: string, inner: boolean): boolean {
  const initialsOf = words.flatMap((word) => word.split('-')).filter(Boolean);
  const walk = (wordIndex: number, letterIndex: number): boolean => {
    if (letterIndex === target.length) return initialsOf.slice(wordIndex).every((word) => /^(?:of|the|and|for|on|in|de|e|al|el|to)$/i.test(word));
    if (wordIndex === initialsOf.length) return false;
    const word = initialsOf[wordIndex].toUpperCase();
    if (word[0] === target[letterIndex]) {
      // A word may give more than its initial ("Mujahideen" in "HuM"): take letters from inside it too.
      let taken = 1;
      if (walk(wordIndex + 1, letterIndex + 1)) return true;
      for (let position = 1; inner && position < word.length && letterIndex + taken < target.length; position++) {
        if (word[position] === target[letterIndex + taken]) {
          taken++;
          if (walk(wordIndex + 1, letterIndex + taken)) return true;
        }
      }
    }
    // Small words and words the acronym skips.
    return wordIndex > 0 && walk(wordIndex + 1, letterIndex);
  };
  return walk(0, 0);
}

/** The rule of a dateline's place: the line says where the story was filed, so the name is a place whatever the tagger thought. */
export const DATELINE_PLACE_RULE = 'pattern.dateline-place';

/**
 * The place of a dateline ("NICE, France 1996-08-30", "THE HAGUE 1996-08-30") is a place: each of its
 * comma-separated parts replaces what the tagger made of it. Ingest found the line and its place.
 */
export function datelinePlaces(drafts: MentionDraft[], dateline: Dateline | undefined, context: TypingContext): MentionDraft[] {
  if (!dateline || !context.text.startsWith(dateline.place, dateline.start)) return drafts;
  const parts: MentionDraft[] = [];
  let offset = dateline.start;
  for (const part of dateline.place.split(',')) {
    const start = offset + (part.length - part.trimStart().length);
    const end = offset + part.trimEnd().length;
    offset += part.length + 1;
    if (end > start) parts.push(draftOf(context, start, end, 'place', DATELINE_PLACE_RULE));
  }
  const placeEnd = dateline.start + dateline.place.length;
  let rest = drafts.filter((item) => item.end <= dateline.start || item.start >= placeEnd);
  // "VELDOR, March 2 (Wirenews) -": the name in brackets after the dateline is the agency that filed it.
  const outlet = /^\s*\((\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})\)/u.exec(context.text.slice(dateline.end, dateline.end + 40));
  if (outlet) {
    const start = dateline.end + outlet[0].indexOf(outlet[1]);
    const end = start + outlet[1].length;
    rest = rest.filter((item) => item.end <= start || item.start >= end);
    parts.push(draftOf(context, start, end, 'organization', 'pattern.dateline-outlet'));
  }
  return [...rest, ...parts].sort((a, b) => a.start - b.start);
}

/** Lower-case particles inside names: "Kengo wa Dondo", "Santiago de Cuba", "Van der Westhuizen". */
const NAME_PARTICLES = /^ (?:van der|van den|van de|de la|de los|de las|van|von|der|den|de|del|della|dello|di|da|do|dos|das|du|le|la|wa|bin|ibn|ben|y) $/;
/** A nickname in quotes between a given name and a surname: Roberto "Hands of Stone" Duran. */
const NICKNAME = /^ ["“‘'][^"”’'\n]{1,30}["”’'] $/;

/**
 * Two names the tagger cut at a lower-case particle or a nickname are one: "Kengo wa Dondo", "Santiago
 * de Cuba", Roberto "Hands of Stone" Duran. Same types join as they are; a person on either side of a
 * particle makes the whole a person.
 */
export function joinNameParticles(drafts: MentionDraft[], context: TypingContext): MentionDraft[] {
  const result = [...drafts].sort((a, b) => a.start - b.start);
  for (let index = result.length - 1; index > 0; index--) {
    const [left, right] = [result[index - 1], result[index]];
    if (right.start - left.end > 40 || left.type === 'event' || right.type === 'event') continue;
    // Cheap first: a particle is lower case, a nickname opens with a quote.
    const second = context.text[left.end + 1] ?? '';
    if (context.text[left.end] !== ' ' || !(/\p{Ll}/u.test(second) || /["“‘']/.test(second))) continue;
    const between = context.text.slice(left.end, right.start);
    let type: EntityType | null = null;
    if (NICKNAME.test(between)) type = left.type === 'person' && right.type === 'person' ? 'person' : null;
    else if (NAME_PARTICLES.test(between)) {
      // "Joaquin del Olmo", "Van der Westhuizen": a given name or a particle-led surname; "Gazzetta dello Sport" is neither.
      const personal = left.type === 'person' || (right.type === 'person' && /^(?:Van|Von|De|Di|Da|Du|Le|La|Al|El|Ben|Bin)$/.test(left.text));
      type = left.type === right.type ? left.type : personal ? 'person' : null;
    }
    if (!type) continue;
    const joined = draftOf(context, left.start, right.end, type, `${right.rule}+name-particle`, left.role);
    result.splice(index - 1, 2, left.role ? { ...joined, name: `${left.name}${context.text.slice(left.end, right.end)}` } : joined);
  }
  return result;
}
