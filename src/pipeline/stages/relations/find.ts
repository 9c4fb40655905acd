import type { Mention, Span } from '../../../core/index.js';
import type { RelationVocabulary } from './vocabulary.js';

/** A relation found in one stretch of text, before it is tied to a claim. */
export interface FoundRelation {
  subject: Mention;
  object: Mention;
  predicate: string;
  cue: string;
  cueSpan: Span;
  objectText: string;
  negated: boolean;
  rule: 'active' | 'passive' | 'between';
}

interface Trigger {
  predicate: string;
  passive: boolean;
  passiveOnly: boolean;
  subjectTypes: Set<string>;
  objectTypes: Set<string>;
}

export interface TriggerMatcher {
  pattern: RegExp;
  forms: Map<string, Trigger>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation of every form, longest first, so "military strikes on" wins over "strikes". */
export function compileTriggers(vocabulary: RelationVocabulary): TriggerMatcher {
  const forms = new Map<string, Trigger>();
  for (const type of vocabulary.relations) {
    const passive = new Set(type.passive);
    const passiveOnly = new Set(type.passiveOnly);
    const subjectTypes = new Set(type.subjectTypes);
    const objectTypes = new Set(type.objectTypes);
    for (const form of type.forms) {
      if (!forms.has(form)) forms.set(form, { predicate: type.id, passive: passive.has(form), passiveOnly: passiveOnly.has(form), subjectTypes, objectTypes });
    }
  }
  const alternation = [...forms.keys()].sort((a, b) => b.length - a.length).map((form) => escape(form).replace(/ /g, '\\s+'));
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation.join('|')})(?![\\p{L}\\p{N}-])`, 'giu'), forms };
}

const NEGATION = /\b(?:not|never|no longer|neither|nor|denied|denies|deny|refused to|refuses to)\b|n[’']t\b/i;
const PASSIVE_AUXILIARY = /\b(?:was|were|been|is|are|being|be)\s+(?:\p{L}+ly\s+)?$/iu;
/** A word before the trigger that makes it a noun ("the attacks on", "suicide attacks"). */
const NOMINAL_BEFORE = /(?:^|\s)(?:the|a|an|its|their|his|her|our|these|those|this|that|any|similar|suicide|terror|terrorist|military|air|drone|recent|fresh|new|further|alleged|deadly|such)\s+$/i;
/** A possessive subject right before a nominal trigger: "India's military strikes on". */
const POSSESSIVE_GAP = /^[’']s?\s+(?:\p{L}+\s+){0,2}$/u;
const ROLE_NOUN = /^\s+(?:senior\s+)?(leaders?|members?|fighters?|commanders?|officials?|delegations?|militants?|forces|government|military|army|operatives?|spokesman|nationals|delegation)\b/i;
/** A subject this far before its verb is probably in another clause. */
const MAX_SUBJECT_WORDS = 8;
const MAX_ROLE_SUBJECT_WORDS = 4;
const MAX_OBJECT_WORDS = 4;

const wordCount = (text: string) => (text.match(/\S+/g) ?? []).length;

/**
 * Finds subject-predicate-object triples between entity mentions in `[scope.start, scope.end)` of
 * `text`: the nearest mention before a trigger (same clause) is the subject, the nearest after is the
 * object; passives with "by" swap them; "ties between A and B" takes the two mentions after.
 */
export function findRelations(text: string, scope: Span, mentions: Mention[], triggers: TriggerMatcher): FoundRelation[] {
  const inScope = mentions.filter((mention) => mention.start >= scope.start && mention.end <= scope.end);
  if (inScope.length < 2) return [];
  const found: FoundRelation[] = [];
  const region = text.slice(scope.start, scope.end);
  triggers.pattern.lastIndex = 0;
  for (const match of region.matchAll(triggers.pattern)) {
    const cueSpan = { start: scope.start + (match.index ?? 0), end: scope.start + (match.index ?? 0) + match[0].length };
    if (inScope.some((mention) => mention.start < cueSpan.end && cueSpan.start < mention.end)) continue;
    const form = match[0].toLowerCase().replace(/\s+/g, ' ');
    const trigger = triggers.forms.get(form);
    if (!trigger) continue;
    const before = inScope.filter((mention) => mention.end <= cueSpan.start);
    const after = inScope.filter((mention) => mention.start >= cueSpan.end);
    const relation = (subject: Mention | undefined, object: Mention | undefined, rule: FoundRelation['rule']) => {
      if (!subject || !object || subject.entity === object.entity) return;
      // "Helguera headed past keeper Doblas" is no 'leads': each side must be a type the relation allows.
      if (!trigger.subjectTypes.has(subject.type) || !trigger.objectTypes.has(object.type)) return;
      const roleNoun = ROLE_NOUN.exec(text.slice(object.end, object.end + 40));
      const negationWindow = text.slice(Math.min(subject.end, cueSpan.start), cueSpan.start);
      found.push({
        subject,
        object,
        predicate: trigger.predicate,
        cue: match[0],
        cueSpan,
        objectText: roleNoun ? `${object.text} ${roleNoun[1]}` : object.text,
        negated: NEGATION.test(negationWindow),
        rule,
      });
    };
    const gapIsClause = (from: number, to: number, maxWords: number) => {
      const gap = text.slice(from, to);
      // A relative clause in between ("fighters who had joined") has a subject of its own.
      return wordCount(gap) <= maxWords && !/[;:?!]|\.\s/.test(gap) && !/\b(?:who|whom|which)\b/i.test(gap);
    };
    // Between subject and verb: a pronoun is the verb's own subject ("Lib Dem ... as he visits"), and
    // "A and the wing of B" makes the other conjunct the subject.
    const subjectGapOk = (from: number, to: number, maxWords: number, roleNoun = false) =>
      gapIsClause(from, to, maxWords) && !/\b(?:he|she|it|they|we|i|you)\b/i.test(text.slice(from, to)) && !(roleNoun && /\band\b/i.test(text.slice(from, to)));
    // Between verb and object: a comma, or a preposition after other words ("attacked the decision by
    // Britain", "joined the race to sign Real"), means the entity is not the object.
    const objectGapOk = (from: number, to: number) => {
      const gap = text.slice(from, to);
      return gapIsClause(from, to, MAX_OBJECT_WORDS) && !gap.includes(',') && !/\S\s+(?:by|of|for|from|with|to|in|on|at|through|into)\s/i.test(gap);
    };
    if (form.endsWith(' between')) {
      const [first, second] = after;
      if (first && second && objectGapOk(cueSpan.end, first.start) && gapIsClause(cueSpan.end, second.start, MAX_OBJECT_WORDS)) relation(first, second, 'between');
      continue;
    }
    const subject = before.at(-1);
    const object = after[0];
    const agentGap = object ? text.slice(cueSpan.end, object.start) : '';
    const byAgent = /^\s+by\s+(?:the\s+)?$/i.test(agentGap);
    const afterAuxiliary = PASSIVE_AUXILIARY.test(text.slice(Math.max(scope.start, cueSpan.start - 40), cueSpan.start));
    if (trigger.passive && (afterAuxiliary || byAgent)) {
      // "Hamas was sheltered by Pakistan", "a government led by X": the mention after "by" does it.
      if (subject && object && byAgent && subjectGapOk(subject.end, cueSpan.start, MAX_SUBJECT_WORDS)) relation(object, subject, 'passive');
      continue;
    }
    if (trigger.passiveOnly || !subject || !object) continue;
    // A noun ("the suicide attacks on X") has no subject in the clause, unless a possessive gives one.
    const wordsBefore = text.slice(Math.max(scope.start, cueSpan.start - 30), cueSpan.start);
    // Only one-word triggers can be event nouns; "key supporter of" is meant to follow "a".
    if (!form.includes(' ') && NOMINAL_BEFORE.test(wordsBefore) && !POSSESSIVE_GAP.test(text.slice(subject.end, cueSpan.start))) continue;
    // A role noun ("a proxy group of", "members of") takes its subject by apposition or a copula: close by.
    const roleNoun = /\s(?:of|to|for)$/.test(form);
    if (!subjectGapOk(subject.end, cueSpan.start, roleNoun ? MAX_ROLE_SUBJECT_WORDS : MAX_SUBJECT_WORDS, roleNoun) || !objectGapOk(cueSpan.end, object.start)) continue;
    relation(subject, object, 'active');
  }
  return found;
}
