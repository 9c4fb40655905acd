import type { EntityType } from '../../../core/annotations.js';
import { DOCUMENT_NOUNS } from '../../../lang/en/documents.js';
import { genderOfGivenName, type Gender } from '../../../lang/en/given-names.js';

/** What an anaphor can refer to: a person of a gender, a group of people or bodies, a body, or a document. */
export interface Anaphor {
  kind: 'pronoun' | 'nominal';
  /** The entity types it may refer to. */
  types: EntityType[];
  gender?: Gender;
  plural?: boolean;
  /** A document noun ("the report") refers to a document named before, not to an actor. */
  document?: boolean;
  /** The head noun of a nominal ("spokesperson", "minister"), matched against roles. */
  head?: string;
}

const PRONOUNS: Record<string, Anaphor> = {
  he: { kind: 'pronoun', types: ['person'], gender: 'male' },
  him: { kind: 'pronoun', types: ['person'], gender: 'male' },
  his: { kind: 'pronoun', types: ['person'], gender: 'male' },
  himself: { kind: 'pronoun', types: ['person'], gender: 'male' },
  she: { kind: 'pronoun', types: ['person'], gender: 'female' },
  her: { kind: 'pronoun', types: ['person'], gender: 'female' },
  hers: { kind: 'pronoun', types: ['person'], gender: 'female' },
  herself: { kind: 'pronoun', types: ['person'], gender: 'female' },
  they: { kind: 'pronoun', types: ['organization', 'place', 'person'], plural: true },
  it: { kind: 'pronoun', types: ['organization', 'place'], document: true },
};

/** Nouns naming a body of people: "the company", "the ministry", "the union". */
const BODY_NOUNS = new Set(
  'company firm group agency ministry department union government administration council committee commission organisation organization foundation institute university party army military militia police court board bank authority authorities office campaign coalition alliance network newspaper paper broadcaster outlet station regulator watchdog charity movement'.split(
    ' ',
  ),
);

/** Nouns naming a role a person holds: "the spokesperson", "the minister", "the general secretary". */
const ROLE_NOUNS = new Set(
  'spokesperson spokesman spokeswoman minister secretary president chairman chairwoman chair director chief executive ceo official officer commander general colonel governor senator mayor ambassador envoy negotiator lawyer attorney economist analyst researcher scientist professor expert author writer reporter correspondent editor founder leader head manager prosecutor judge witness doctor activist historian'.split(
    ' ',
  ),
);

/** Words that mark a person's gender when they stand in a title or apposition. */
const GENDERED_WORDS: Record<string, Gender> = {
  mr: 'male',
  sir: 'male',
  lord: 'male',
  king: 'male',
  prince: 'male',
  sheikh: 'male',
  father: 'male',
  brother: 'male',
  son: 'male',
  husband: 'male',
  spokesman: 'male',
  chairman: 'male',
  businessman: 'male',
  congressman: 'male',
  actor: 'male',
  uncle: 'male',
  emperor: 'male',
  duke: 'male',
  boy: 'male',
  man: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
  madam: 'female',
  dame: 'female',
  lady: 'female',
  queen: 'female',
  princess: 'female',
  mother: 'female',
  sister: 'female',
  daughter: 'female',
  wife: 'female',
  spokeswoman: 'female',
  chairwoman: 'female',
  businesswoman: 'female',
  congresswoman: 'female',
  actress: 'female',
  aunt: 'female',
  empress: 'female',
  duchess: 'female',
  girl: 'female',
  woman: 'female',
};

/** The anaphor a source's words make ("He", "they", "the spokesperson", "the report"), or null for a name. */
export function anaphorOf(words: string): Anaphor | null {
  const lower = words.trim().toLowerCase();
  if (lower in PRONOUNS) return PRONOUNS[lower];
  // A definite description in lower case ("the general secretary"); "the Sellan Dockworkers Union" is a name.
  const match = /^(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u.exec(words.trim());
  if (!match) return null;
  const head = match[1];
  const singular = head.replace(/(?<=[^s])s$/, '');
  if (DOCUMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(singular)) return { kind: 'nominal', types: ['organization', 'other'], document: true, head: singular, plural: head !== singular };
  if (ROLE_NOUNS.has(singular)) return { kind: 'nominal', types: ['person'], head: singular, ...(GENDERED_WORDS[singular] ? { gender: GENDERED_WORDS[singular] } : {}) };
  if (BODY_NOUNS.has(singular)) return { kind: 'nominal', types: ['organization'], head: singular, plural: head !== singular };
  return null;
}

/** The gender a person's name, title or role tells, if any: "Ms. Ana Kessel", "Tomas Varga", "the spokeswoman". */
export function genderOfPerson(name: string, roles: string[] = []): Gender | undefined {
  for (const role of roles) {
    for (const word of role.toLowerCase().split(/[^\p{L}]+/u)) if (GENDERED_WORDS[word]) return GENDERED_WORDS[word];
  }
  const words = name.split(/\s+/).filter(Boolean);
  const title = words[0]?.toLowerCase().replace(/\.$/, '');
  if (title && GENDERED_WORDS[title]) return GENDERED_WORDS[title];
  // The given name stands before the surname: "Ana Kessel", "J. Tomas Varga"; not "la" of "De la Sota",
  // nor the surname "Smith" of "Sahara Smith". A name of one word is read as a given name ("Alice").
  const given = words.length === 1 ? words : words.slice(0, -1);
  for (const word of given.slice(0, 2)) {
    if (!/^\p{Lu}\p{Ll}/u.test(word)) continue;
    const gender = genderOfGivenName(word.replace(/[.,]$/, ''));
    if (gender) return gender;
  }
  return undefined;
}

/** Whether a role ("the union's general secretary", "Interior Minister") has the nominal's head noun. */
export function roleMatches(role: string, head: string): boolean {
  const words = role.toLowerCase().split(/[^\p{L}-]+/u);
  if (words.includes(head)) return true;
  // "spokesperson" matches "spokesman" and "spokeswoman".
  return head.startsWith('spokes') && words.some((word) => word.startsWith('spokes'));
}

export { BODY_NOUNS, DOCUMENT_NOUNS, ROLE_NOUNS };
