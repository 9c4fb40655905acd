import type { Mention } from '../../../core/annotations.js';
import type { Span } from '../../../core/span.js';
import { ROLE_NOUNS } from './anaphors.js';

/** ", the union's general secretary," or ", a partner at Rhodium Group." right after a name. */
const AFTER_NAME =
  /^,\s+((?:the|a|an|its|his|her|their|one of the)\s+[^,.;:“”"()\n]{2,80}?|[\p{Ll}][\p{L}'’-]*(?:\s[\p{L}'’-]+){0,5}\s(?:of|at|for|with|from)\s[^,.;:“”"()\n]{2,60}?)\s*(?=[,.;:]|\s(?:said|says|told|wrote|added|argued|warned)\b|$)/u;

/** "Tavria's chief negotiator, " or "The ministry's spokeswoman, " right before a name. */
const BEFORE_NAME = /(?:^|[.;:“"]\s*|,\s+)((?:the|a|an)\s+[\p{L}'’ -]{2,60}?|\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3}['’]s\s[\p{L} -]{2,50}?),\s*$/u;

/** A role names a position or an affiliation: a role noun, a possessive ("the union's"), or "at/for/of" a name. */
function looksLikeRole(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/[^\p{L}'’-]+/u);
  // A clause ("a week after it was stopped at the checkpoint") is no role.
  if (words.some((word) => /^(?:is|was|were|are|be|been|has|have|had|after|before|when|since|until|it|they|he|she)$/.test(word))) return false;
  if (words.some((word) => ROLE_NOUNS.has(word) || /^spokes/.test(word))) return true;
  return /['’]s\s/.test(phrase) || /\b(?:at|for|of|with|from)\s+(?:the\s+)?\p{Lu}/u.test(phrase);
}

/** Words that open a clause, not a role: ", who commands the checkpoint," is no apposition. */
const NOT_A_ROLE = /^(?:who|which|whose|where|when|that|while|after|before|because|although|and|but|the\s+(?:same|first|last|next)\b)/i;

/**
 * The roles a text gives people in apposition, by entity: "Jo Grady, the union's general secretary,"
 * and "the union's general secretary, Jo Grady," both give Jo Grady that role.
 */
export function appositionRoles(text: string, mentions: Mention[]): Map<string, string[]> {
  const roles = new Map<string, string[]>();
  for (const mention of mentions) {
    if (mention.type !== 'person') continue;
    const role = roleAround(text, mention);
    if (!role) continue;
    const list = roles.get(mention.entity) ?? [];
    if (!list.includes(role)) list.push(role);
    roles.set(mention.entity, list);
  }
  return roles;
}

/** The role given in apposition to the name at `span`, if any. */
export function roleAround(text: string, span: Span): string | null {
  const after = AFTER_NAME.exec(text.slice(span.end, span.end + 120));
  if (after && !NOT_A_ROLE.test(after[1]) && looksLikeRole(after[1])) return after[1].trim();
  // "the union's general secretary, Jo Grady": only a name takes a role before it.
  if (!/^\p{Lu}/u.test(text.slice(span.start, span.end))) return null;
  const before = BEFORE_NAME.exec(text.slice(Math.max(0, span.start - 80), span.start));
  if (before && !NOT_A_ROLE.test(before[1]) && looksLikeRole(before[1])) return before[1].trim();
  return null;
}

/**
 * A source written as "role, name" ("Tavria's chief negotiator, Lena Sorvik") or with a title
 * ("Interior Minister Ana Kessel") splits into the name and the role the text gives it.
 */
export function splitSourceRole(source: string, titleRole: string | null): { name: string; role: string | null } {
  const comma = source.lastIndexOf(',');
  if (comma > 0) return { name: source.slice(comma + 1).trim(), role: source.slice(0, comma).trim() };
  return { name: source, role: titleRole };
}
