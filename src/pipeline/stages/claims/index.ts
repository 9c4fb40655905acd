import type { Analysis } from '../../../core/analysis.js';
import type { Claim } from '../../../core/annotations.js';
import { contentId } from '../../../core/hash.js';
import { provenanceOf, type Stage } from '../../stage.js';
import { readFileSync } from 'node:fs';
import { modelPath } from '../../model-path.js';
import { findTypeCues } from './type-cues.js';
import { claimTypeParts, classifyClaimType, strongestWord, type ClaimTypeModel } from './type-model.js';
import { splitClaims } from './split.js';
import { claimUnits } from './units.js';

export { findTypeCues, decideType, TYPE_CUE_RULES } from './type-cues.js';
export { claimUnits } from './units.js';
export { CLAIM_TYPES, claimTypeFeatures, claimTypeParts, classifyClaimType, trainClaimTypes, type ClaimTypeModel, type LabelledClaim } from './type-model.js';

export const CLAIM_TYPE_MODEL_PATH = modelPath('claim-type.json');

let loadedModel: ClaimTypeModel | null = null;

/** The shipped claim-type model, read once (trained by `npm run train:claimtype`). */
export function claimTypeModel(): ClaimTypeModel {
  loadedModel ??= JSON.parse(readFileSync(CLAIM_TYPE_MODEL_PATH, 'utf8')) as ClaimTypeModel;
  return loadedModel;
}

/** The author's own voice: what a claim is until an attribution stage finds a source. */
export function authorAttribution(stage: Pick<Stage, 'name' | 'version'>) {
  return { kind: 'author' as const, source: null, entity: null, cue: null, cueSpan: null, sourceSpan: null, chain: [], provenance: provenanceOf(stage, 'default.author-voice') };
}

/**
 * Claim candidates: each body sentence (a multi-sentence quotation stays with the sentence that
 * introduces it), typed factual / opinion / prescriptive / prediction by a trained model over words
 * and cue rules; the cues of the chosen type (or the model's strongest word) are kept to explain it.
 * The version follows the model file.
 */
export const claimsStage: Stage = {
  name: 'claimgraph.claims',
  get version() {
    return `1.2.0+${claimTypeModel().version}`;
  },
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
      const found = findTypeCues(claimText);
      const { type } = classifyClaimType(claimTypeModel(), claimTypeParts(claimText, found));
      const cues: Array<{ start: number; end: number; cue: string; kind: string; type: string }> = found.filter((cue) => cue.type === type);
      if (cues.length === 0 && type !== 'factual') {
        const word = strongestWord(claimTypeModel(), type, claimText);
        if (word) cues.push({ ...word, kind: 'model', type });
      }
      return {
        id: contentId('clm', documentId, String(start), String(end)),
        start,
        end,
        ...(part !== null ? { part } : {}),
        text: claimText,
        sentences: unit,
        type,
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
