import type { Analysis } from '../../../core/analysis.js';
import { attributionLevels, type Attribution, type Claim, type Mention, type Relation, type Span } from '../../../core/index.js';
import { contentId } from '../../../core/hash.js';
import { spansInside, spansOverlap } from '../../../core/span.js';
import { provenanceOf, type Stage } from '../../stage.js';
import { compileTriggers, findRelations, type TriggerMatcher } from './find.js';
import { relationVocabulary } from './vocabulary.js';

export { relationVocabulary, relationType, type RelationType, type EdgeStyle } from './vocabulary.js';
export { compileTriggers, findRelations } from './find.js';

/** Mentions that can take part in a relation: actors and places, not adjectives like "Islamic". */
const RELATABLE = new Set(['person', 'organization', 'place', 'event']);

/**
 * Some attribution cues are themselves relations: in "Veloria accused Karsk" or "Veloria attacked
 * the militia" (PolNeAR counts verbal attacks as speech), the "source" is the relation's subject.
 */
const cueIsRelation = (level: Attribution, matcher: TriggerMatcher) => level.cue !== null && matcher.forms.has(level.cue.toLowerCase());

function sourceSpans(attribution: Attribution, matcher: TriggerMatcher): Span[] {
  return attributionLevels(attribution).flatMap((level) => (level.sourceSpan && !cueIsRelation(level, matcher) ? [level.sourceSpan] : []));
}

/** What the claim's source is said to have said, or the whole claim in the author's voice. */
function scopeOf(claim: Claim, matcher: TriggerMatcher): Span {
  const content = claim.attribution.contentSpan;
  if (!content || cueIsRelation(claim.attribution, matcher)) return claim;
  const start = Math.max(content.start, claim.start);
  const end = Math.min(content.end, claim.end);
  return end > start ? { start, end } : claim;
}

let triggers: TriggerMatcher | null = null;

export const relationsStage: Stage = {
  name: 'claimgraph.relations',
  version: '1.2.0',
  requires: ['claims', 'attribution', 'hedges', 'mentions', 'speakers'],
  provides: ['relations'],
  run(analysis: Analysis): Analysis {
    triggers ??= compileTriggers(relationVocabulary());
    // Parties are named: a pronoun's entity is the speakers stage's reading, not a name in the claim.
    const mentions = analysis.mentions.filter((mention) => RELATABLE.has(mention.type) && mention.kind !== 'pronoun').sort((a, b) => a.start - b.start);
    const relations: Relation[] = [];
    for (const claim of analysis.claims) {
      const sources = sourceSpans(claim.attribution, triggers);
      // The one who says it is not a party to what is said ("Imran Khan said Pakistan will ...").
      const candidates: Mention[] = spansInside(mentions, claim).filter((mention) => !sources.some((span) => spansOverlap(span, mention)));
      const seen = new Set<string>();
      for (const found of findRelations(analysis.document.text, scopeOf(claim, triggers), candidates, triggers)) {
        const key = `${found.subject.entity}|${found.predicate}|${found.object.entity}|${found.negated}`;
        if (seen.has(key)) continue;
        seen.add(key);
        relations.push({
          id: contentId('rel', claim.id, String(found.cueSpan.start), found.predicate),
          claim: claim.id,
          start: Math.min(found.subject.start, found.cueSpan.start, found.object.start),
          end: Math.max(found.subject.end, found.cueSpan.end, found.object.end),
          subject: found.subject.entity,
          predicate: found.predicate,
          object: found.object.entity,
          cue: found.cue,
          subjectSpan: { start: found.subject.start, end: found.subject.end },
          objectSpan: { start: found.object.start, end: found.object.end },
          objectText: found.objectText,
          negated: found.negated,
          attribution: { kind: claim.attribution.kind, source: claim.attribution.source },
          hedges: claim.hedges.map((hedge) => hedge.cue),
          provenance: provenanceOf(relationsStage, `relation.${found.rule}`),
        });
      }
    }
    return { ...analysis, relations };
  },
};
