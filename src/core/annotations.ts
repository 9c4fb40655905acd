import type { Provenance, Span } from './span.js';

export interface Sentence extends Span {
  /** The region of the document the sentence is in. */
  region: 'title' | 'dek' | 'dateline' | 'body';
  /** Index of the paragraph the sentence belongs to, counted over the whole document. */
  paragraph: number;
  provenance: Provenance;
}

/** `prediction`: a forecast about what will happen ("will still have to contend with"). */
export type ClaimType = 'factual' | 'opinion' | 'prescriptive' | 'prediction';

/** A cue: words in the text that made a stage decide something, with where they are. */
export interface Cue extends Span {
  cue: string;
  provenance: Provenance;
}

export interface TypedCue extends Cue {
  kind: string;
}

/** A hedge cue with how much doubt it puts on its claim, for sorting: weak < medium < strong. */
export interface HedgeCue extends TypedCue {
  strength: 'weak' | 'medium' | 'strong';
}

export type AttributionKind = 'named' | 'anonymous' | 'author';

export interface Attribution {
  kind: AttributionKind;
  /** The source's own words ("Imran Khan", "Sources", "intelligence reports"), or null for the author. */
  source: string | null;
  entity: string | null;
  cue: string | null;
  cueSpan: Span | null;
  sourceSpan: Span | null;
  /** What the source is said to have said: the content the attribution governs. */
  contentSpan?: Span | null;
  /** True when the cue stands inside a quotation another level of the chain attributes ("... according to Y" inside X's quote). */
  nested?: boolean;
  /** When the source is a pronoun ("He said"), the pronoun; `source` is then the person it refers to. */
  pronoun?: string;
  /**
   * Whether the attributed words are the speaker's own: `direct` when the content is quoted,
   * `mixed` when part of it is, `indirect` when it is reported speech (set by the speakers stage).
   */
  mode?: AttributionMode;
  /**
   * For a source written as a pronoun or a description ("he", "the spokesperson", "the report"): the
   * words the text uses, whether they were resolved to an earlier actor, and where that actor stands.
   */
  anaphor?: string;
  resolved?: boolean;
  antecedentSpan?: Span | null;
  /** The speaker's role or affiliation as the text gives it ("a partner at Rhodium Group", "Interior Minister"). */
  role?: string;
  /** The quotation this claim lies in, when it took its speaker from the quotation. */
  quotation?: Span;
  /** The page's link on or next to the source or the cue ("reported <a>Euro News</a>"): data, never fetched. */
  url?: string;
  /** Nested attribution, outermost first; empty when there is only one level. */
  chain: Attribution[];
  provenance: Provenance;
}

export type AttributionMode = 'direct' | 'indirect' | 'mixed';

/** A quotation in the document: its span with the marks, how many paragraphs it runs over. */
export interface Quotation extends Span {
  paragraphs: number;
  provenance: Provenance;
}

/** Every level of an attribution, the outermost first, then each nested level in order. */
export function attributionLevels(attribution: Attribution): Attribution[] {
  return [attribution, ...attribution.chain.flatMap(attributionLevels)];
}

export type QuantityQualifier = 'exact' | 'approximate' | 'at_least' | 'more_than' | 'at_most' | 'less_than' | 'vague';

export interface Quantity extends Span {
  text: string;
  /** The value; null for a range (see low and high) or a vague count ("thousands"). */
  value: number | null;
  /** Both ends of a range ("500-600 metric tons", "between 10 and 20 percent"), included. */
  low?: number;
  high?: number;
  /** The counted noun ("rifles"), a measure ("tonnes", "percent", "fraction") or a currency code ("USD"). */
  unit: string | null;
  qualifier: QuantityQualifier;
  /** What the number is: a count, money, a percentage, a fraction, a ratio ("one in five") or a vague count. */
  kind?: 'count' | 'money' | 'percent' | 'fraction' | 'ratio' | 'vague';
  /** The counted thing as the text names it ("intact forest area"), and whose it is ("Microsoft"). */
  of?: string | null;
  subject?: string | null;
  provenance: Provenance;
}

export interface TimeExpression extends Span {
  text: string;
  /** TIMEX3-style value: "2023-10-07", "1974-02", "XXXX-04-22", "198X", "P3Y", "PRESENT_REF". */
  value: string;
  /** TIMEX3 type: a calendar DATE or TIME, a DURATION, or a SET (a recurrence). */
  type?: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  provenance: Provenance;
}

export interface Mention extends Span {
  entity: string;
  text: string;
  type: EntityType;
  /** A name ("Ana Kessel", "the ministry") or a pronoun that refers to the entity ("she"); name when absent. */
  kind?: 'name' | 'pronoun';
  provenance: Provenance;
}

export type EntityType = 'person' | 'organization' | 'place' | 'event' | 'other';

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  documents: string[];
  mentions: number;
  /** Titles and roles the text gives the entity ("Gen.", "Prime Minister"). */
  roles?: string[];
}

export interface Claim extends Span {
  id: string;
  text: string;
  /** The sentence indexes this claim was built from. */
  sentences: number[];
  /** When one sentence joins several claims, which of them this is (0 for the first). */
  part?: number;
  type: ClaimType;
  /** The cues that decided `type` (none for a plain factual claim). */
  typeCues: TypedCue[];
  attribution: Attribution;
  hedges: HedgeCue[];
  quantities: Quantity[];
  times: TimeExpression[];
  entities: string[];
  checkworthiness: number;
  provenance: Provenance;
}

/**
 * Who does what to whom, as one claim asserts it: `shelters(Pakistan, Hamas)`. A relation is never a
 * fact: it keeps the claim it came from, that claim's attribution and whether it is hedged or negated.
 */
export interface Relation extends Span {
  id: string;
  claim: string;
  subject: string;
  /** A relation type id from schema/relations.json. */
  predicate: string;
  object: string;
  /** The words that signalled the predicate ("provide state protection to"). */
  cue: string;
  subjectSpan: Span;
  objectSpan: Span;
  /** The object as the text names it, with a following role noun kept ("Hamas leaders"). */
  objectText: string;
  negated: boolean;
  /** Copied from the claim, so a relation is never read without who asserted it and how firmly. */
  attribution: { kind: AttributionKind; source: string | null };
  hedges: string[];
  provenance: Provenance;
}

export type LinkKind = 'corroborates' | 'contradicts' | 'repeats';

export interface Link {
  kind: LinkKind;
  /** The two claims, the earlier-stored or earlier-in-text first. */
  claims: string[];
  /** Why claimgraph linked them, for a person to check. */
  reason: string;
  /** Corroboration whose sources are all anonymous is weak; other links are "normal". */
  strength?: 'weak' | 'normal';
  /** What matched between the two claims: the shared entities, numbers, dates, relation and words. */
  evidence?: LinkEvidence;
}

export interface LinkEvidence {
  entities: string[];
  numbers: string[];
  dates: string[];
  relation?: string;
  /** Shared content words after lemmatising (with entity aliases), for paraphrase links. */
  words?: string[];
}

export interface Diagnostic {
  /** Where in the text the problem is, when it has a place. */
  place: Span | null;
  reason: string;
  source: string;
  ruleId: string;
  severity: 'info' | 'warning' | 'error';
}
