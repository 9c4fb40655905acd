import type { Analysis } from '../../core/analysis.js';
import { nameKey } from '../../core/names.js';
import { attributionLevels, type Attribution, type AttributionKind, type QuantityQualifier } from '../../core/annotations.js';

/**
 * What link-finding needs to know of a claim: the same shape whether the claim comes from an
 * analysis in memory or from a row in the store, so one comparison serves both.
 */
export interface LinkableClaim {
  id: string;
  document: string;
  outlet: string | null;
  authors: string[];
  text: string;
  /** The named and anonymous sources of the whole attribution chain, outermost first. */
  sources: Array<{ kind: AttributionKind; source: string | null }>;
  /**
   * The actors the claim names, by their name key (core/names.ts) rather than ids: the tagger can type one name
   * two ways in two sentences ("Veloria" as a place, then an organisation), and it is still one actor.
   */
  entities: string[];
  /** Where the claim names each entity (offsets into `text`), so links can tell the actor before a predicate from the one after. */
  mentions?: Array<{ entity: string; text: string; start: number }>;
  relations: Array<{ subject: string; predicate: string; object: string; negated: boolean; hedges: string[] }>;
  quantities: Array<{ text: string; value: number | null; low?: number; high?: number; unit: string | null; qualifier: QuantityQualifier }>;
  times: Array<{ text: string; value: string; type?: string }>;
}

export function sourceChain(attribution: Attribution): LinkableClaim['sources'] {
  return attributionLevels(attribution).map((level) => ({ kind: level.kind, source: level.source }));
}

/** The claims of one analysis, ready to be compared with others. */
export function linkableClaims(analysis: Analysis): LinkableClaim[] {
  const { meta } = analysis.document;
  const names = new Map(analysis.entities.map((entity) => [entity.id, nameKey(entity.name)]));
  const key = (id: string) => names.get(id) ?? id;
  return analysis.claims.map((claim) => ({
    id: claim.id,
    document: analysis.document.id,
    // Independence is judged on the outlet that first published the text: a Reuters story reprinted
    // by a regional paper is Reuters' word, not a second outlet's.
    outlet: meta.origin?.outlet ?? meta.outlet,
    authors: meta.authors,
    text: claim.text,
    sources: sourceChain(claim.attribution),
    entities: [...new Set(claim.entities.map(key))],
    // Actors are compared by their names: a pronoun's entity is the speakers stage's reading, and the
    // pronoun that names a claim's source ("She said") is no party to what is said.
    mentions: analysis.mentions
      .filter((mention) => mention.kind !== 'pronoun' && mention.start >= claim.start && mention.end <= claim.end)
      .map((mention) => ({ entity: key(mention.entity), text: mention.text, start: mention.start - claim.start })),
    relations: analysis.relations
      .filter((relation) => relation.claim === claim.id)
      .map(({ subject, predicate, object, negated, hedges }) => ({ subject: key(subject), predicate, object: key(object), negated, hedges })),
    quantities: claim.quantities.map(({ text, value, low, high, unit, qualifier }) => ({ text, value, ...(low !== undefined && high !== undefined ? { low, high } : {}), unit, qualifier })),
    times: claim.times.map(({ text, value, type }) => ({ text, value, type })),
  }));
}
