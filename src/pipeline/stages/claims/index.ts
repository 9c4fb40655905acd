import type { Analysis } from '../../../core/analysis.js';
import type { Claim } from '../../../core/annotations.js';
import { contentId } from '../../../core/hash.js';
import { provenanceOf, type Stage } from '../../stage.js';
import { decideType, findTypeCues } from './type-cues.js';
import { splitClaims } from './split.js';
import { claimUnits } from './units.js';

export { findTypeCues, decideType, TYPE_CUE_RULES } from './type-cues.js';
export { claimUnits } from './units.js';

/** The author's own voice: what a claim is until an attribution stage finds a source. */
export function authorAttribution(stage: Pick<Stage, 'name' | 'version'>) {
  return { kind: 'author' as const, source: null, entity: null, cue: null, cueSpan: null, sourceSpan: null, chain: [], provenance: provenanceOf(stage, 'default.author-voice') };
}

/**
 * Claim candidates: each body sentence (a multi-sentence quotation stays with the sentence that
 * introduces it), typed factual / opinion / prescriptive by explained cues.
 */
export const claimsStage: Stage = {
  name: 'claimgraph.claims',
  version: '1.1.0',
  requires: ['sentences'],
  provides: ['claims', 'claim-types'],
  run(analysis: Analysis): Analysis {
    const { text, id: documentId } = analysis.document;
    const spans: Array<{ unit: number[]; start: number; end: number; part: number | null }> = [];
    for (const unit of claimUnits(analysis.sentences, text)) {
      const first = analysis.sentences[unit[0]];
      const last = analysis.sentences[unit[unit.length - 1]];
      // A quotation stays whole; a single sentence may join independent claims.
      const parts = unit.length === 1 ? splitClaims(text.slice(first.start, last.end)) : [{ start: 0, end: last.end - first.start }];
      parts.forEach((part, index) => {
        spans.push({ unit, start: first.start + part.start, end: first.start + part.end, part: parts.length > 1 ? index : null });
      });
    }
    const claims: Claim[] = spans.map(({ unit, start, end, part }) => {
      const claimText = text.slice(start, end);
      const cues = findTypeCues(claimText);
      return {
        id: contentId('clm', documentId, String(start), String(end)),
        start,
        end,
        ...(part !== null ? { part } : {}),
        text: claimText,
        sentences: unit,
        type: decideType(cues),
        typeCues: cues.map((cue) => ({
          start: start + cue.start,
          end: start + cue.end,
          cue: cue.cue,
          kind: cue.kind,
          provenance: provenanceOf(claimsStage, `type.${cue.type}.${cue.kind}`),
        })),
        attribution: authorAttribution(claimsStage),
        hedges: [],
        quantities: [],
        times: [],
        entities: [],
        checkworthiness: 0,
        provenance: provenanceOf(claimsStage, unit.length > 1 ? 'unit.quotation' : part !== null ? 'unit.clause' : 'unit.sentence'),
      };
    });
    return { ...analysis, claims };
  },
};
