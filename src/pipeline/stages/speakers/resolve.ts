import type { AttributionKind, Entity, Mention, Sentence } from '../../../core/annotations.js';
import type { Span } from '../../../core/span.js';
import { genderOfPerson, roleMatches, type Anaphor } from './anaphors.js';
import type { Gender } from '../../../lang/en/given-names.js';
import { coreferenceModel, HAND_WEIGHTS, pairFeatures, scorePairContext, type PairContext } from './features.js';
import { ClauseMarks, clauseRoleOfName, clauseRoleOfPronoun, type ClauseRole } from './clause-roles.js';
import { personCuesOf, type PersonCue } from './person-cues.js';
import { FRONTED_SUBORDINATORS, PREPOSITIONS } from '../../../lang/en/function-words.js';
import { GROUP_PLURALS } from '../../../lang/en/groups.js';

export interface ResolveOptions {
  /** A span whose antecedents are not candidates (the content of the attribution the anaphor is the source of). */
  exclude?: Span;
  /** For pronoun mentions: link only when the model's probability reaches this. */
  threshold?: number;
  /**
   * Rank by who spoke lately and who opened the sentence (hand-set), not by the model trained on GAP's
   * encyclopaedic passages: for the source of an attribution in news, recent speakers matter most
   * (measured on PolNeAR's hand-labelled pronoun sources: 29 right of 38 against 22 with the model).
   */
  speakerSalience?: boolean;
}

const spanKey = (span: Span) => `${span.start}:${span.end}`;

/** The grammatical form of a pronoun at `at`: "he" nominative, "his" possessive, "him" objective. */
function anaphorForm(text: string, at: Span): PairContext['anaphorForm'] {
  const word = text.slice(at.start, at.end).toLowerCase();
  if (word === 'he' || word === 'she' || word === 'they') return 'nominative';
  if (word === 'his' || word === 'hers' || word === 'its') return 'possessive';
  if (word === 'him' || word === 'them') return 'objective';
  if (word === 'himself' || word === 'herself') return 'reflexive';
  // "her" before a noun is possessive ("her staff"), before a stop or a preposition objective ("for her.").
  if (word === 'her') return /^\s+(?!(?:to|for|with|in|on|at|and|as|by|from|that|the|a|an)\b)[\p{Ll}\p{Lu}]/u.test(text.slice(at.end, at.end + 20)) ? 'possessive' : 'objective';
  return 'other';
}

/** Whether nothing but a joint stands between the clause's start and `position`: "He said", ", she added", "and he". */
function opensClauseAt(text: string, sentenceStart: number, position: number): boolean {
  // The end-anchored test reads only the last few characters, so a long sentence costs nothing more.
  return /^[\s“"‘'(]*$/.test(text.slice(sentenceStart, position)) || /(?:[,;:]|\band|\bbut|[”"])\s*$/.test(text.slice(Math.max(sentenceStart, position - 12), position));
}

/**
 * Where the main clause starts after a fronted phrase that holds the pronoun at `at` ("Before she
 * left, Ana ...", "In his memoir, Tomas ..."): the sentence opens with a subordinator or a preposition,
 * and the phrase ends at the first comma after the pronoun. Null when the pronoun is not in one.
 */
export function mainClauseAfterFronted(text: string, sentence: Span, at: Span): number | null {
  const opening = text.slice(sentence.start, at.start);
  if (opening.length > 80 || /[,;:]/.test(opening)) return null;
  const first = /^[\s“"‘'(]*(\p{L}+)/u.exec(opening)?.[1]?.toLowerCase();
  if (!first || !(FRONTED_SUBORDINATORS.has(first) || PREPOSITIONS.has(first))) return null;
  const comma = text.indexOf(',', at.end);
  return comma === -1 || comma >= sentence.end || comma - at.end > 120 ? null : comma + 1;
}

/**
 * Where a fronted participial phrase starts when the subject pronoun at `at` follows it ("Campaigning
 * against Mitt Romney, he ...", "After defeating Ana Kessel in May, she ..."): the sentence opens with a
 * word in -ing (after a subordinator or preposition, if one) and only that phrase and a comma stand
 * before the pronoun. Null otherwise.
 */
export function frontedParticiple(text: string, sentence: Span, at: Span): number | null {
  if (at.start - sentence.start > 160) return null;
  // Only a comma may stand right before the pronoun: most pronouns are let go without a slice.
  let before = at.start - 1;
  while (before > sentence.start && text.charCodeAt(before) === 32) before--;
  if (text[before] !== ',') return null;
  const opening = text.slice(sentence.start, at.start);
  // The participle is followed by a word in lower case ("Campaigning against", not "Beijing," or "King Henry").
  const match = /^([\s“"‘'(]*)(?:(\p{L}+)\s+)?(\p{L}+ing)\s+\p{Ll}[^,;:.!?]*,\s*$/u.exec(opening);
  if (!match) return null;
  if (match[2] && !/^\p{Ll}/u.test(match[3])) return null;
  if (match[2] && !(FRONTED_SUBORDINATORS.has(match[2].toLowerCase()) || PREPOSITIONS.has(match[2].toLowerCase()))) return null;
  // "During", "Notwithstanding" are prepositions, not participles: the pronoun may be the name's own.
  if (!match[2] && PREPOSITIONS.has(match[3].toLowerCase())) return null;
  return sentence.start + match[1].length;
}

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
  /** Its role in its clause, read from the words around it when it is first a candidate. */
  clauseRole?: ClauseRole;
  /**
   * For a name the entity stage typed as a body, place or other: what says it is a person all the
   * same (a given name, a person's surname, "who" after it); a personal pronoun may refer to it then.
   */
  personCues?: PersonCue[];
  /** The gender the mention's own given name tells, for a name typed as something else. */
  gender?: Gender;
  /** A source of several people ("Ana Kessel and Tomas Varga said"): "they", never "he" or "she". */
  plural?: boolean;
}

export interface Resolution {
  antecedent: Antecedent | null;
  /** Why: the rule and, when unresolved, what was missing. */
  rule: string;
}

/** The groups of `GROUP_PLURALS` as one pattern, made once. */
const GROUP_PATTERN = new RegExp(`\\b(?:${[...GROUP_PLURALS].join('|')})\\b`, 'g');

/** Personal pronouns of a person: "he", "him", "his", "himself", "she", "her", "hers", "herself". */
const PERSONAL_PRONOUN = /\b(?:[Hh](?:e|im|is|imself|er|ers|erself)|[Ss]he)\b/g;

/** A personal pronoun of the text and where it starts. */
export interface PronounAt {
  start: number;
  word: string;
}

/** The text's personal pronouns, found once: the gender votes and the pronoun mentions both read them. */
export function personalPronouns(text: string): PronounAt[] {
  const found: PronounAt[] = [];
  for (const match of text.matchAll(PERSONAL_PRONOUN)) found.push({ start: match.index ?? 0, word: match[0] });
  return found;
}

/**
 * The gender the text's own pronouns give each person whose name tells none ("Donald", "Hillary" are
 * in both given-name lists): a "he" or "she" with one person alone named in its sentence before it
 * and in the sentence before that can only be that person ("Ana Kessel spoke first. She said ...").
 * A person takes the gender most such pronouns give, when the other gets at most a third of them.
 * What a pronoun was resolved to is not learned from: one wrong guess spread ("she" taken for
 * "Chris Christie" made every later "she" his).
 */
export function gendersFromPronouns(text: string, sentences: Sentence[], mentions: Mention[], pronouns: PronounAt[] = personalPronouns(text)): Map<string, Gender> {
  const votes = new Map<string, { male: number; female: number }>();
  const people = mentions.filter((mention) => mention.type === 'person' && mention.kind !== 'pronoun');
  if (people.length === 0) return new Map();
  let sentence = 0;
  let first = 0;
  for (const pronoun of pronouns) {
    const at = pronoun.start;
    while (sentence + 1 < sentences.length && sentences[sentence + 1].start <= at) sentence++;
    const from = sentences[Math.max(0, sentence - 1)]?.start ?? 0;
    while (first < people.length && people[first].start < from) first++;
    let entity: string | null = null;
    let alone = true;
    for (let index = first; index < people.length && people[index].end <= at; index++) {
      if (entity !== null && people[index].entity !== entity) alone = false;
      entity = people[index].entity;
    }
    if (entity === null || !alone) continue;
    const word = pronoun.word.toLowerCase();
    const gender = word.startsWith('h') && !word.startsWith('her') ? 'male' : 'female';
    const count = votes.get(entity) ?? { male: 0, female: 0 };
    count[gender]++;
    votes.set(entity, count);
  }
  const genders = new Map<string, Gender>();
  for (const [entity, { male, female }] of votes) {
    if (male > 0 && female * 3 <= male) genders.set(entity, 'male');
    else if (female > 0 && male * 3 <= female) genders.set(entity, 'female');
  }
  return genders;
}

/** How far back an anaphor looks: pronouns a few sentences, nominals ("the minister") further. */
const PRONOUN_WINDOW = 4;
const NOMINAL_WINDOW = 30;
const MAX_CANDIDATES = 200;

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
  private readonly firstMentions = new Map<string, number>();
  private firstPerson: string | null = null;
  /** Found when the first anaphor is resolved: a text without one never reads them. */
  private clauseMarks: ClauseMarks | null = null;
  private readonly surnames: ReadonlySet<string>;
  /** Names typed other than person whose person cues were read (each once, when first a candidate). */
  private readonly cuesRead = new Set<Antecedent>();
  /** Antecedents by their span, to find a speaker again without a scan. */
  private readonly bySpan = new Map<string, Antecedent>();
  /** Whether the groups no entity names ("Republicans") were added as antecedents: at the first "they", once. */
  private groupsAdded = false;
  /** The text's personal pronouns ("he", "her"), in text order. */
  readonly pronouns: PronounAt[];

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
      const gender = entity.type === 'person' ? (genderOfPerson(entity.name, roles) ?? genderOfPerson(entity.aliases.find((alias) => alias.includes(' ')) ?? '', roles)) : undefined;
      if (gender) this.genders.set(entity.id, gender);
    }
    const firstInSentence = new Set<number>();
    // The surnames of the people named in full: "Doege" typed a body is the Doege of "Randy Doege".
    this.surnames = new Set(
      entities
        .filter((entity) => entity.type === 'person')
        .map((entity) => entity.name.split(/\s+/))
        .filter((words) => words.length > 1)
        .map((words) => words[words.length - 1]),
    );
    for (const mention of mentions) {
      this.mentionCounts.set(mention.entity, (this.mentionCounts.get(mention.entity) ?? 0) + 1);
      if (!this.firstMentions.has(mention.entity)) this.firstMentions.set(mention.entity, mention.start);
      if (mention.type === 'person') this.firstPerson ??= mention.entity;
      const sentence = this.sentenceAt(mention.start);
      if (mention.type === 'event') continue;
      const subject = !firstInSentence.has(sentence) && this.opensClause(sentence, mention.start);
      firstInSentence.add(sentence);
      const plural = GROUP_PLURALS.has(mention.text);
      this.antecedents.push({
        entity: mention.entity,
        name: this.entities.get(mention.entity)?.name ?? mention.text,
        type: mention.type,
        span: mention,
        sentence,
        speaker: false,
        subject,
        ...(plural ? { plural } : {}),
      });
    }
    this.antecedents.sort((a, b) => a.span.start - b.span.start);
    for (const item of this.antecedents) this.bySpan.set(spanKey(item.span), item);
    this.pronouns = personalPronouns(text);
    for (const [entity, gender] of gendersFromPronouns(text, sentences, mentions, this.pronouns)) if (!this.genders.has(entity)) this.genders.set(entity, gender);
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
    const existing = this.bySpan.get(spanKey(antecedent.span));
    if (existing) {
      existing.speaker = true;
      // A source is the subject of its verb, wherever it stands ("..., said Cornell Brooks").
      existing.subject = true;
      existing.attributionKind = antecedent.attributionKind;
      existing.role = antecedent.role;
      existing.name = antecedent.name;
      if (antecedent.plural) existing.plural = true;
      if (antecedent.type === 'document') existing.type = 'document';
      return;
    }
    const item: Antecedent = { ...antecedent, sentence, subject: true, clauseRole: 'subject' };
    this.antecedents.splice(this.upperBound(item.span.start + 1), 0, item);
    this.bySpan.set(spanKey(item.span), item);
  }

  /** The role a speaker was given where it spoke, for a pronoun that resolved to it. */
  roleOfSpeakerAt(span: Span | null | undefined): string | null {
    if (!span) return null;
    const item = this.bySpan.get(spanKey(span));
    return item?.speaker ? (item.role ?? null) : null;
  }

  rolesOf(entity: string): string[] {
    return this.roles.get(entity) ?? [];
  }

  /**
   * Every antecedent that agrees with the anaphor within its window, nearest first, with the pair's
   * features; then, for a pronoun in a fronted phrase ("Before she left, Ana ..."), the names of the
   * main clause after it (cataphora).
   */
  candidates(anaphor: Anaphor, at: Span, options: ResolveOptions = {}): Array<{ antecedent: Antecedent; features: Record<string, number> }> {
    return this.measured(anaphor, at, options, pairFeatures).map(({ antecedent, value }) => ({ antecedent, features: value }));
  }

  /** Every agreeing antecedent (as `candidates`), each with what `measure` makes of the pair: its features or its score. */
  private measured<T>(anaphor: Anaphor, at: Span, options: ResolveOptions, measure: (pair: PairContext) => T): Array<{ antecedent: Antecedent; value: T }> {
    if (anaphor.plural && anaphor.kind === 'pronoun' && !this.groupsAdded) this.addGroups();
    const sentence = this.sentenceAt(at.start);
    const window = anaphor.kind === 'nominal' ? NOMINAL_WINDOW : PRONOUN_WINDOW;
    const form = anaphorForm(this.text, at);
    const opens = opensClauseAt(this.text, this.sentences[sentence].start, at.start);
    const anaphorRole = anaphor.kind === 'nominal' ? 'subject' : clauseRoleOfPronoun(this.text, at, form);
    let subjectsBetween = 0;
    const found: Array<{ antecedent: Antecedent; value: T }> = [];
    const marks = (this.clauseMarks ??= new ClauseMarks(this.text));
    // `between`: the last 200 characters between them (the first 200 for a cataphor).
    const pair = (candidate: Antecedent, between: string, cataphor: boolean): PairContext => ({
      sentenceDistance: sentence - candidate.sentence,
      charDistance: cataphor ? candidate.span.start - at.end : at.start - candidate.span.end,
      between,
      before: this.text.slice(Math.max(0, candidate.span.start - 30), candidate.span.start),
      after: this.text.slice(candidate.span.end, candidate.span.end + 20),
      subject: candidate.subject,
      speaker: candidate.speaker,
      mentionCount: candidate.entity ? (this.mentionCounts.get(candidate.entity) ?? 1) : 1,
      intervening: found.length,
      firstMention: candidate.entity !== null && this.firstMentions.get(candidate.entity) === candidate.span.start,
      firstPerson: candidate.entity !== null && candidate.entity === this.firstPerson,
      genderKnown: candidate.entity !== null && this.genders.has(candidate.entity),
      anaphorForm: anaphor.kind === 'nominal' ? 'other' : form,
      anaphorOpensClause: opens,
      candidateRole: this.clauseRoleOf(candidate),
      anaphorRole,
      clauseBoundaries: cataphor ? marks.between(at.end, candidate.span.start) : marks.between(candidate.span.end, at.start),
      subjectsBetween,
      cataphor,
      // Person cues count only where they made the candidate agree ("she" and "Eleanor" typed a place).
      ...(anaphor.types.includes(candidate.type as Entity['type']) ? {} : { personCues: candidate.personCues }),
    });
    // "Campaigning against Mitt Romney, he ...": the fronted participle's subject is the pronoun, so a
    // name inside the participle's phrase is someone else.
    const participleFrom = anaphor.kind === 'pronoun' && form === 'nominative' ? frontedParticiple(this.text, this.sentences[sentence], at) : null;
    const upper = this.upperBound(at.start);
    // At most MAX_CANDIDATES antecedents are looked at, so a sentence of thousands of names stays linear.
    for (let index = upper - 1; index >= 0 && upper - index <= MAX_CANDIDATES; index--) {
      const candidate = this.antecedents[index];
      if (sentence - candidate.sentence > window) break;
      if (candidate.span.end > at.start) continue;
      if (options.exclude && candidate.span.start < options.exclude.end && options.exclude.start < candidate.span.end) continue;
      if (participleFrom !== null && candidate.span.start >= participleFrom) continue;
      if (!this.agrees(anaphor, candidate)) continue;
      found.push({ antecedent: candidate, value: measure(pair(candidate, this.text.slice(Math.max(candidate.span.end, at.start - 200), at.start), false)) });
      if (this.clauseRoleOf(candidate) === 'subject') subjectsBetween++;
    }
    const mainClause = anaphor.kind === 'pronoun' ? mainClauseAfterFronted(this.text, this.sentences[sentence], at) : null;
    if (mainClause !== null) {
      subjectsBetween = 0;
      for (let index = upper; index < this.antecedents.length && index - upper < MAX_CANDIDATES; index++) {
        const candidate = this.antecedents[index];
        if (candidate.span.start >= this.sentences[sentence].end) break;
        if (candidate.span.start < mainClause) continue;
        if (options.exclude && candidate.span.start < options.exclude.end && options.exclude.start < candidate.span.end) continue;
        if (!this.agrees(anaphor, candidate)) continue;
        found.push({ antecedent: candidate, value: measure(pair(candidate, this.text.slice(at.end, Math.min(candidate.span.start, at.end + 200)), true)) });
        if (this.clauseRoleOf(candidate) === 'subject') subjectsBetween++;
      }
    }
    return found;
  }

  /**
   * The best agreeing antecedent by the shipped ranking model (or hand-set weights), with its
   * probability. With `threshold`, an antecedent below it is not taken: the pronoun stays unlinked.
   */
  resolve(anaphor: Anaphor, at: Span, options: ResolveOptions = {}): Resolution {
    const model = options.speakerSalience ? null : coreferenceModel();
    const weights = model?.weights ?? HAND_WEIGHTS;
    let best: { antecedent: Antecedent; score: number } | null = null;
    const candidates = this.measured(anaphor, at, options, (pair) => scorePairContext(weights, pair));
    for (const { antecedent, value: score } of candidates) {
      if (!best || score > best.score) best = { antecedent, score };
    }
    if (!best) return { antecedent: null, rule: anaphor.kind === 'nominal' ? 'unresolved.no-agreeing-antecedent' : 'unresolved.no-agreeing-person' };
    const probability = 1 / (1 + Math.exp(-best.score));
    if (options.threshold !== undefined && model && probability < options.threshold) return { antecedent: null, rule: 'unresolved.below-threshold' };
    return { antecedent: best.antecedent, rule: candidates.length === 1 ? 'agreement.only-candidate' : model ? 'agreement+model.coreference' : 'agreement+salience' };
  }

  /**
   * "Republicans", "Democrats": a group of people named by party or faith that no entity names is an
   * antecedent for "they" (an anonymous one: the group is not an identifiable speaker).
   */
  private addGroups() {
    this.groupsAdded = true;
    for (const match of this.text.matchAll(GROUP_PATTERN)) {
      const span = { start: match.index ?? 0, end: (match.index ?? 0) + match[0].length };
      const index = this.upperBound(span.start);
      const previous = this.antecedents[index - 1];
      if (this.antecedents[index]?.span.start === span.start || (previous && previous.span.end > span.start)) continue;
      const sentence = this.sentenceAt(span.start);
      const item: Antecedent = {
        entity: null,
        name: match[0],
        type: 'organization',
        span,
        sentence,
        speaker: false,
        subject: this.opensClause(sentence, span.start),
        attributionKind: 'anonymous',
        plural: true,
      };
      this.antecedents.splice(index, 0, item);
      this.bySpan.set(spanKey(span), item);
    }
  }

  private clauseRoleOf(candidate: Antecedent): ClauseRole {
    return (candidate.clauseRole ??= clauseRoleOfName(this.text, candidate.span));
  }

  /** Whether a name typed other than person shows itself a person (its cues are read once and kept on it). */
  private readPersonCues(candidate: Antecedent): boolean {
    if (!this.cuesRead.has(candidate)) {
      this.cuesRead.add(candidate);
      const cues = personCuesOf(this.text, { ...candidate.span, text: this.text.slice(candidate.span.start, candidate.span.end) }, this.surnames);
      if (cues.cues.length > 0) {
        candidate.personCues = cues.cues;
        if (cues.gender) candidate.gender = cues.gender;
      }
    }
    return candidate.personCues !== undefined;
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
    if (candidate.plural) return anaphor.plural === true && anaphor.kind === 'pronoun';
    if (!anaphor.types.includes(candidate.type as Entity['type'])) {
      // "Eleanor" typed a place is a person to "she" when a given name or a person's surname says so.
      if (!(anaphor.kind === 'pronoun' && !anaphor.plural && anaphor.types.includes('person') && candidate.type !== 'event' && this.readPersonCues(candidate))) return false;
      if (anaphor.gender && candidate.gender && candidate.gender !== anaphor.gender) return false;
      return true;
    }
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

  /** Whether `position` opens the first clause of sentence `index`: only determiners, titles or an adverbial before it. */
  private opensClause(index: number, position: number): boolean {
    // Past 70 characters into the sentence no opening pattern below can match: no slice, no regex.
    if (position - this.sentences[index].start > 70) return false;
    const before = this.text.slice(this.sentences[index].start, position);
    if (before.trim() === '') return true;
    if (/^[\s“"‘'(]*(?:the|a|an|former|then|new)?\s*[\p{Lu}\p{Ll}.\s-]{0,30}$/u.test(before) && !/[,;:]/.test(before) && before.split(/\s+/).filter(Boolean).length <= 3) return true;
    // "In 2019, Ana Kessel ...", "After the vote, the minister ...": a fronted adverbial and a comma.
    return /^[^,;:]{0,60},\s*(?:the\s+)?$/u.test(before);
  }
}
