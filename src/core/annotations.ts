import type { Provenance, Span } from './span.js';

export interface Sentence extends Span {
  /** The region of the document the sentence is in. */
  region: 'title' | 'dek' | 'body';
  /** Index of the paragraph the sentence belongs to, counted over the whole document. */
  paragraph: number;
  provenance: Provenance;
}

export type ClaimType = 'factual' | 'opinion' | 'prescriptive';

/** A cue: words in the text that made a stage decide something, with where they are. */
export interface Cue extends Span {
  cue: string;
  provenance: Provenance;
}

export interface TypedCue extends Cue {
  kind: string;
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
  /** Nested attribution, outermost first; empty when there is only one level. */
  chain: Attribution[];
  provenance: Provenance;
}

export type QuantityQualifier =
  | 'exact'
  | 'approximate'
  | 'at_least'
  | 'more_than'
  | 'at_most'
  | 'less_than'
  | 'vague';

export interface Quantity extends Span {
  text: string;
  value: number | null;
  unit: string | null;
  qualifier: QuantityQualifier;
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
  hedges: TypedCue[];
  quantities: Quantity[];
  times: TimeExpression[];
  entities: string[];
  checkworthiness: number;
  provenance: Provenance;
}

export type LinkKind = 'corroborates' | 'contradicts' | 'repeats';

export interface Link {
  kind: LinkKind;
  claims: string[];
  reason: string;
}

export interface Diagnostic {
  /** Where in the text the problem is, when it has a place. */
  place: Span | null;
  reason: string;
  source: string;
  ruleId: string;
  severity: 'info' | 'warning' | 'error';
}
