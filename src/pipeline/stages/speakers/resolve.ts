import type { AttributionKind, Entity, Mention, Sentence } from '../../../core/annotations.js';
import type { Span } from '../../../core/span.js';
import { genderOfPerson, roleMatches, type Anaphor } from './anaphors.js';
import type { Gender } from './given-names.js';

/** Someone or something earlier in the text that an anaphor may point back to. */
export interface Antecedent {
  /** The entity, when the antecedent is one; a document source ("a report by the Rhodium Group") may have none. */
  entity: string | null;
  name: string;
  type: Entity['type'] | 'document';
  span: Span;
  sentence: number;
  /** Whether it spoke (was the source of an attribution) rather than being only mentioned. */
  speaker: boolean;
  /** For a speaker, how its attribution was sourced ("intelligence reports" stay anonymous when "they" refers back). */
  attributionKind?: AttributionKind;
  /** For a speaker, the role its attribution gave it ("Colonel", "the union's general secretary"). */
  role?: string;
  /** Whether it opens its sentence's first clause (a stand-in for the grammatical subject). */
  subject: boolean;
}

export interface Resolution {
  antecedent: Antecedent | null;
  /** Why: the rule and, when unresolved, what was missing. */
  rule: string;
}

/** How far back an anaphor looks: pronouns a few sentences, nominals ("the minister") further. */
const PRONOUN_WINDOW = 4;
const NOMINAL_WINDOW = 30;

/**
 * Resolves pronouns and definite descriptions to earlier actors by agreement (type, gender, number,
 * role, document or body) and then salience: who spoke lately, who opened a sentence, who is
 * named often, who is nearest. When nothing agrees it says so instead of guessing.
 */
export class AnaphorResolver {
  private readonly antecedents: Antecedent[] = [];
  private readonly genders = new Map<string, Gender>();
  private readonly roles = new Map<string, string[]>();
  private readonly mentionCounts = new Map<string, number>();
  private readonly entities: Map<string, Entity>;

  constructor(
    private readonly text: string,
    private readonly sentences: Sentence[],
    mentions: Mention[],
    entities: Entity[],
    appositionRoles: Map<string, string[]>,
  ) {
    this.entities = new Map(entities.map((entity) => [entity.id, entity]));
    for (const entity of entities) {
      const roles = [...(entity.roles ?? []), ...(appositionRoles.get(entity.id) ?? [])];
      this.roles.set(entity.id, roles);
      const gender = entity.type === 'person' ? genderOfPerson(entity.name, roles) ?? genderOfPerson(entity.aliases.find((alias) => alias.includes(' ')) ?? '', roles) : undefined;
      if (gender) this.genders.set(entity.id, gender);
    }
    const firstInSentence = new Set<number>();
    for (const mention of mentions) {
      this.mentionCounts.set(mention.entity, (this.mentionCounts.get(mention.entity) ?? 0) + 1);
      const sentence = this.sentenceAt(mention.start);
      if (mention.type === 'event') continue;
      const subject = !firstInSentence.has(sentence) && this.opensClause(sentence, mention.start);
      firstInSentence.add(sentence);
      this.antecedents.push({ entity: mention.entity, name: this.entities.get(mention.entity)?.name ?? mention.text, type: mention.type, span: mention, sentence, speaker: false, subject });
    }
    this.antecedents.sort((a, b) => a.span.start - b.span.start);
  }

  /** The index of the sentence that holds `position` (the last one that starts at or before it). */
  sentenceAt(position: number): number {
    let low = 0;
    let high = this.sentences.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.sentences[middle].start <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Records who spoke, so that "he said" prefers a recent speaker and "the report" finds a document source. */
  addSpeaker(antecedent: Omit<Antecedent, 'sentence' | 'subject'>) {
    const sentence = this.sentenceAt(antecedent.span.start);
    const existing = this.antecedents.find((item) => item.span.start === antecedent.span.start && item.span.end === antecedent.span.end);
    if (existing) {
      existing.speaker = true;
      existing.attributionKind = antecedent.attributionKind;
      existing.role = antecedent.role;
      existing.name = antecedent.name;
      if (antecedent.type === 'document') existing.type = 'document';
      return;
    }
    const item = { ...antecedent, sentence, subject: true };
    const at = this.antecedents.findIndex((other) => other.span.start > item.span.start);
    if (at === -1) this.antecedents.push(item);
    else this.antecedents.splice(at, 0, item);
  }

  /** What a gender-marked pronoun resolved to tells the entity's gender, when nothing else did. */
  learnGender(entity: string, gender: Gender | undefined) {
    if (gender && !this.genders.has(entity)) this.genders.set(entity, gender);
  }

  /** The role a speaker was given where it spoke, for a pronoun that resolved to it. */
  roleOfSpeakerAt(span: Span | null | undefined): string | null {
    if (!span) return null;
    return this.antecedents.find((item) => item.speaker && item.span.start === span.start && item.span.end === span.end)?.role ?? null;
  }

  rolesOf(entity: string): string[] {
    return this.roles.get(entity) ?? [];
  }

  resolve(anaphor: Anaphor, at: Span, options: { exclude?: Span; subjectPosition?: boolean } = {}): Resolution {
    const sentence = this.sentenceAt(at.start);
    const window = anaphor.kind === 'nominal' ? NOMINAL_WINDOW : PRONOUN_WINDOW;
    let best: { antecedent: Antecedent; score: number } | null = null;
    let agreeing = 0;
    for (let index = this.upperBound(at.start) - 1; index >= 0; index--) {
      const candidate = this.antecedents[index];
      if (sentence - candidate.sentence > window) break;
      if (candidate.span.end > at.start) continue;
      if (options.exclude && candidate.span.start < options.exclude.end && options.exclude.start < candidate.span.end) continue;
      if (!this.agrees(anaphor, candidate)) continue;
      agreeing++;
      const score = this.score(anaphor, candidate, sentence, at, options.subjectPosition ?? false);
      if (!best || score > best.score) best = { antecedent: candidate, score };
    }
    if (!best) return { antecedent: null, rule: anaphor.kind === 'nominal' ? 'unresolved.no-agreeing-antecedent' : 'unresolved.no-agreeing-person' };
    return { antecedent: best.antecedent, rule: agreeing === 1 ? 'agreement.only-candidate' : 'agreement+salience' };
  }

  private upperBound(position: number): number {
    let low = 0;
    let high = this.antecedents.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.antecedents[middle].span.start < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private agrees(anaphor: Anaphor, candidate: Antecedent): boolean {
    if (anaphor.document) {
      if (candidate.type === 'document') return true;
      // "it" may also be a body ("the ministry ... it said"); "the report" only a document.
      if (anaphor.kind === 'nominal') return false;
    }
    if (candidate.type === 'document') return false;
    if (!anaphor.types.includes(candidate.type as Entity['type'])) return false;
    // "they" for one person is rare in news sources; keep it for bodies and places (governments).
    if (anaphor.plural && candidate.type === 'person') return false;
    if (anaphor.gender && candidate.entity) {
      const gender = this.genders.get(candidate.entity);
      if (gender && gender !== anaphor.gender) return false;
    }
    if (anaphor.kind === 'nominal' && anaphor.head && candidate.type === 'person') {
      const roles = candidate.entity ? this.rolesOf(candidate.entity) : [];
      if (!roles.some((role) => roleMatches(role, anaphor.head!))) return false;
    }
    if (anaphor.kind === 'nominal' && anaphor.head && candidate.type === 'organization' && !anaphor.document) {
      // "the ministry" names a ministry: the body's own name or roles carry the noun.
      const name = `${candidate.name} ${candidate.entity ? this.rolesOf(candidate.entity).join(' ') : ''}`.toLowerCase();
      if (!name.includes(anaphor.head) && !['group', 'organisation', 'organization', 'body'].includes(anaphor.head)) return false;
    }
    return true;
  }

  private score(anaphor: Anaphor, candidate: Antecedent, sentence: number, at: Span, subjectPosition: boolean): number {
    const distance = sentence - candidate.sentence;
    let score = -0.6 * distance - 0.0005 * Math.min(at.start - candidate.span.end, 2000);
    if (candidate.speaker) score += 1.2;
    if (candidate.subject) score += 0.8;
    if (subjectPosition && candidate.subject) score += 0.4;
    if (candidate.entity) score += 0.3 * Math.log2(this.mentionCounts.get(candidate.entity) ?? 1);
    if (anaphor.gender && candidate.entity && this.genders.get(candidate.entity) === anaphor.gender) score += 0.3;
    // A person named inside the same sentence's quotation or right before "he said" as an object is less
    // likely than the clause's subject; nothing more to model here without a parser.
    if (distance === 0 && !candidate.subject) score -= 0.2;
    return score;
  }

  /** Whether `position` opens the first clause of sentence `index`: only determiners, titles or an adverbial before it. */
  private opensClause(index: number, position: number): boolean {
    const before = this.text.slice(this.sentences[index].start, position);
    if (before.trim() === '') return true;
    if (/^[\s“"‘'(]*(?:the|a|an|former|then|new)?\s*[\p{Lu}\p{Ll}.\s-]{0,30}$/u.test(before) && !/[,;:]/.test(before) && before.split(/\s+/).filter(Boolean).length <= 3) return true;
    // "In 2019, Ana Kessel ...", "After the vote, the minister ...": a fronted adverbial and a comma.
    return /^[^,;:]{0,60},\s*(?:the\s+)?$/u.test(before);
  }
}
