import { AUXILIARIES, CLAUSE_OPENERS, DETERMINERS, PREPOSITIONS } from '../../../lang/en/function-words.js';
import type { Span } from '../../../core/span.js';

/**
 * A mention's role in its clause, read from the words around it with closed word classes only (no
 * tagger): the subject ("Ana was", "Tomas, who ..., left"), the object of a verb ("married Ana"),
 * inside a prepositional phrase ("with Ana", "for the poet Ana"), the possessor of a noun ("Ana's
 * brother"), or none of these (a list, a title).
 */
export type ClauseRole = 'subject' | 'object' | 'prepositional' | 'possessor' | 'other';

/** How far back and forward the words around a mention are read. */
const LOOK_BACK = 48;
const LOOK_AHEAD = 90;

/** The words before `position` in its clause, nearest last; a clause mark (, ; : ( ) quotes, a sentence end) stops them. */
function wordsBefore(text: string, position: number): { words: string[]; boundary: boolean } {
  const from = Math.max(0, position - LOOK_BACK);
  const before = text.slice(from, position);
  let cut = -1;
  // A full stop after a short capitalised abbreviation ("Dr.", "St.") ends no sentence.
  for (const match of before.matchAll(/[,;:()“”"!?]|(?<!\b[A-Z][a-z]?)\.(?=\s)/g)) cut = (match.index ?? 0) + match[0].length;
  const clause = cut === -1 ? before : before.slice(cut);
  const words = clause.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return { words, boundary: cut !== -1 || from === 0 };
}

const isLower = (word: string) => /^\p{Ll}/u.test(word);
const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}'’-]/gu, '');

/** What stands before a mention in its clause: a preposition, a verb (the mention is its object), or the clause's start. */
export function roleFromBefore(text: string, position: number): 'prepositional' | 'object' | 'opens-clause' | 'other' {
  const { words, boundary } = wordsBefore(text, position);
  // Skip back over a title or role noun and its determiner: "by the poet", "married the actress".
  let index = words.length - 1;
  while (index >= 0 && !isLower(words[index])) index--; // titles and earlier names ("Dr.", "Sir")
  if (index < 0) return boundary ? 'opens-clause' : 'other';
  let word = bare(words[index]);
  if (PREPOSITIONS.has(word)) return 'prepositional';
  if (CLAUSE_OPENERS.has(word)) return word === 'and' || word === 'or' ? 'other' : 'opens-clause';
  if (AUXILIARIES.has(word)) return 'object';
  if (DETERMINERS.has(word) || (index > 0 && DETERMINERS.has(bare(words[index - 1])))) {
    // "the poet Ana": a noun phrase in apposition; its role is what stands before the determiner.
    index -= DETERMINERS.has(word) ? 1 : 2;
    if (index < 0) return boundary ? 'opens-clause' : 'other';
    word = bare(words[index]);
    if (PREPOSITIONS.has(word)) return 'prepositional';
    if (CLAUSE_OPENERS.has(word)) return 'opens-clause';
    return isLower(words[index]) ? 'object' : 'other';
  }
  // A lower-case word that is no function word: most often a verb ("married Ana", "informed Tomas").
  return 'object';
}

/** Whether a verb follows the mention (past a parenthesis or a relative clause): "Ana was", "Ana (1801-1870) wrote", "Ana, who ..., left". */
export function verbFollows(text: string, end: number): boolean {
  let after = text.slice(end, end + LOOK_AHEAD);
  after = after.replace(/^\s*\([^)]{0,60}\)/, '');
  // An appositive or relative clause set off by commas: ", who had ..., " or ", a painter, ".
  after = after.replace(/^\s*,[^,.;:]{1,70},/, '');
  const next = /^\s+([\p{L}'’-]+)/u.exec(after);
  if (!next) return false;
  const word = next[1];
  if (!isLower(word)) return false;
  const lower = word.toLowerCase();
  if (AUXILIARIES.has(lower)) return true;
  if (PREPOSITIONS.has(lower) || DETERMINERS.has(lower) || CLAUSE_OPENERS.has(lower)) return false;
  return true;
}

/** The role of a name mention in its clause. */
export function clauseRoleOfName(text: string, span: Span): ClauseRole {
  if (/^['’]s?(?![\p{L}])/u.test(text.slice(span.end, span.end + 3))) return 'possessor';
  const before = roleFromBefore(text, span.start);
  if (before === 'prepositional') return 'prepositional';
  if (before === 'object') return 'object';
  if (verbFollows(text, span.end)) return 'subject';
  return 'other';
}

/**
 * The role of a pronoun in its clause: "he" the subject, "him" an object (or in a prepositional
 * phrase: "with him"), "his" the role of the noun phrase it opens ("His brother left": subject).
 */
export function clauseRoleOfPronoun(text: string, span: Span, form: 'nominative' | 'possessive' | 'objective' | 'reflexive' | 'other'): ClauseRole {
  if (form === 'nominative') return 'subject';
  const before = roleFromBefore(text, span.start);
  if (before === 'prepositional') return 'prepositional';
  if (form === 'objective' || form === 'reflexive') return 'object';
  if (before === 'object') return 'object';
  // "His brother was ...", "and her staff took notes": the possessive opens the subject.
  if (before === 'opens-clause') return 'subject';
  const noun = /^\s+[\p{Ll}-]+/u.exec(text.slice(span.end, span.end + 30));
  return noun && verbFollows(text, span.end + noun[0].length) ? 'subject' : 'other';
}

const CLAUSE_MARK = /[,;:()]|[.!?](?=\s)|\b(?:who|whom|which|that|when|while|because|although|though|since|after|before|but|and|if|until|whereas)\b/gi;

/**
 * The clause marks of a text (commas, semicolons, colons, sentence ends, clause-opening words), found
 * once, so the marks between any two points are counted by bisection instead of by reading the text again.
 */
export class ClauseMarks {
  private readonly positions: number[] = [];

  constructor(text: string) {
    for (const match of text.matchAll(CLAUSE_MARK)) this.positions.push(match.index ?? 0);
  }

  /** The marks that start in [start, end). */
  between(start: number, end: number): number {
    return end <= start ? 0 : this.firstAtOrAfter(end) - this.firstAtOrAfter(start);
  }

  private firstAtOrAfter(position: number): number {
    let low = 0;
    let high = this.positions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.positions[middle] < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
