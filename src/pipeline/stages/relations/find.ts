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
    for (const form of type.forms) if (!forms.has(form)) forms.set(form, { predicate: type.id, passive: passive.has(form) });
  }
  const alternation = [...forms.keys()].sort((a, b) => b.length - a.length).map((form) => escape(form).replace(/ /g, '\\s+'));
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation.join('|')})(?![\\p{L}\\p{N}-])`, 'giu'), forms };
}

const NEGATION = /\b(?:not|never|no longer|neither|nor|denied|denies|deny|refused to|refuses to)\b|n[’']t\b/i;
const PASSIVE_AUXILIARY = /\b(?:was|were|been|is|are|being|be)\s+(?:\p{L}+ly\s+)?$/iu;
const ROLE_NOUN = /^\s+(?:senior\s+)?(leaders?|members?|fighters?|commanders?|officials?|delegations?|militants?|forces|government|military|army|operatives?|spokesman|nationals|delegation)\b/i;
/** A subject this far before its verb is probably in another clause. */
const MAX_SUBJECT_WORDS = 12;
const MAX_OBJECT_WORDS = 6;

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
    if (form.endsWith(' between')) {
      const [first, second] = after;
      if (first && second && gapIsClause(cueSpan.end, second.start, MAX_OBJECT_WORDS)) relation(first, second, 'between');
      continue;
    }
    const subject = before.at(-1);
    const object = after[0];
    if (trigger.passive && PASSIVE_AUXILIARY.test(text.slice(Math.max(scope.start, cueSpan.start - 40), cueSpan.start))) {
      // "Hamas was sheltered by Pakistan": the mention after "by" is the one doing it.
      const agentGap = object ? text.slice(cueSpan.end, object.start) : '';
      if (subject && object && /^\s+by\s+(?:the\s+)?$/i.test(agentGap) && gapIsClause(subject.end, cueSpan.start, MAX_SUBJECT_WORDS)) {
        relation(object, subject, 'passive');
      }
      continue;
    }
    if (!subject || !object) continue;
    if (!gapIsClause(subject.end, cueSpan.start, MAX_SUBJECT_WORDS) || !gapIsClause(cueSpan.end, object.start, MAX_OBJECT_WORDS)) continue;
    relation(subject, object, 'active');
  }
  return found;
}
