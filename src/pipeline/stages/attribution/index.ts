import type { Analysis } from '../../../core/analysis.js';
import type { Attribution, Claim } from '../../../core/annotations.js';
import { provenanceOf, type Stage } from '../../stage.js';
import { findAttributions, type FoundAttribution } from './find.js';

export { findAttributions, kindOfSource, tokenize } from './find.js';

const ORGANISATION_WORDS = /\b(newspaper|agency|ministry|government|office|council|committee|library|university|institute|foundation|organi[sz]ation|party|army|force|forces|police|times|post|star|news|daily|journal|group|movement|network|service|bureau|department|congress|parliament|court|commission|reports?|sources?|officials?)\b/i;

/** Whether a named source reads like one person ("Imran Khan"), someone "he" or "she" could refer back to. */
function looksLikePerson(source: string): boolean {
  // "Tavria's chief negotiator, Lena Sorvik": the name after the comma is the person.
  const name = source.includes(',') ? source.slice(source.lastIndexOf(',') + 1).trim() : source;
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && !ORGANISATION_WORDS.test(source) && /^\p{Lu}/u.test(words[words.length - 1]);
}

const STAGE = { name: 'claimgraph.attribution', version: '2.1.0' };

/**
 * Who a claim is attributed to: a named source, an anonymous or vague one, or the writer's own
 * voice. Nested attributions ("According to X: '... according to Y, ...'") form a chain, outermost first.
 */
export const attributionStage: Stage = createAttributionStage();

/** The attribution stage with a given set of learned cue words (by default, the shipped ones). */
export function createAttributionStage(learnedCues?: Map<string, number>): Stage {
  const stage: Stage = {
    name: STAGE.name,
    version: STAGE.version,
    requires: ['claims'],
    provides: ['attribution'],
    run(analysis: Analysis): Analysis {
      let lastPerson: string | null = null;
      let sentenceFrame: Attribution | null = null;
      const claims = analysis.claims.map((claim): Claim => {
        const found = findAttributions(claim.text, learnedCues);
        // "According to intelligence reports, A, while B": a frame that opens the sentence governs every
        // claim split from it; a source named in one clause ("X claims A, but B") does not.
        if (!claim.part) sentenceFrame = null;
        if (found.length === 0 && claim.part && sentenceFrame) {
          return { ...claim, attribution: { ...sentenceFrame, provenance: { ...sentenceFrame.provenance, rule: `${sentenceFrame.provenance.rule}+sentence-frame` } } };
        }
        const levels: Attribution[] = [];
        for (const item of found) {
          const attribution = toAttribution(claim, item, lastPerson);
          if (attribution.kind === 'named' && !attribution.pronoun && looksLikePerson(attribution.source ?? '')) lastPerson = attribution.source;
          levels.push(attribution);
        }
        if (levels.length === 0) return claim;
        const [outermost] = levels;
        const attribution = { ...outermost, chain: levels.length > 1 ? levels.map((level) => ({ ...level, chain: [] })) : [] };
        const opensSentence = outermost.cueSpan !== null && claim.text.slice(0, outermost.cueSpan.start - claim.start).trim() === '';
        if (claim.part === 0 && opensSentence && /according-to|it-passive/.test(outermost.provenance.rule)) sentenceFrame = attribution;
        return { ...claim, attribution };
      });
      return { ...analysis, claims };
    },
  };
  return stage;
}

function toAttribution(claim: Claim, item: FoundAttribution, lastPerson: string | null): Attribution & { pronoun?: string } {
  const offset = claim.start;
  let source: string | null = item.source;
  let kind = item.kind;
  let pronoun: string | undefined;
  if (/^(he|she|him|her)$/i.test(item.source)) {
    pronoun = item.source;
    if (lastPerson) {
      source = lastPerson;
      kind = 'named';
    } else kind = 'anonymous';
  } else if (kind === 'author') {
    source = null;
  }
  return {
    kind,
    source,
    entity: null,
    cue: item.cue,
    cueSpan: { start: offset + item.cueSpan.start, end: offset + item.cueSpan.end },
    sourceSpan: { start: offset + item.sourceSpan.start, end: offset + item.sourceSpan.end },
    contentSpan: item.contentSpan ? { start: offset + item.contentSpan.start, end: offset + item.contentSpan.end } : null,
    chain: [],
    ...(pronoun ? { pronoun } : {}),
    ...(item.quoted ? { nested: true } : {}),
    provenance: provenanceOf(STAGE, `attribution.${item.rule}${pronoun ? '+pronoun' : ''}`),
  };
}
