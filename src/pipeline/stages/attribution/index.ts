import type { Analysis } from '../../../core/analysis.js';
import type { Attribution, Claim } from '../../../core/annotations.js';
import { provenanceOf, type Stage } from '../../stage.js';
import { findAttributions, type FoundAttribution } from './find.js';
import { cueModel, type CueModel } from './cue-model.js';
import { documentQuotations, paragraphSpans } from '../../quotations.js';
import { REPORTING_VERB_FORMS } from './lexicon.js';

export { findAttributions, kindOfSource, tokenize } from './find.js';

const STAGE = { name: 'claimgraph.attribution', version: '3.4.0' };

/**
 * Who a claim is attributed to: a named source, an anonymous or vague one, or the writer's own
 * voice. Nested attributions ("According to X: '... according to Y, ...'") form a chain, outermost first.
 */
export const attributionStage: Stage = createAttributionStage();

/**
 * The attribution stage with a given set of learned cue words and cue classifier (by default, the shipped
 * ones; `null` for the hand rules and cue words alone).
 */
export function createAttributionStage(learnedCues?: Map<string, number>, model?: CueModel | null): Stage {
  const stage: Stage = {
    name: STAGE.name,
    version: STAGE.version,
    requires: ['claims'],
    provides: ['attribution'],
    run(analysis: Analysis): Analysis {
      const options = { model: (model === undefined ? cueModel() : model) ?? undefined };
      let sentenceFrame: Attribution | null = null;
      let sentenceStart = 0;
      const quotations = documentQuotations(analysis.document.text, paragraphSpans(analysis));
      let quotation = 0;
      const claims = analysis.claims.map((claim): Claim => {
        if (!claim.part) sentenceStart = claim.start;
        // A claim that starts inside a quotation of the document (the middle of a speech quoted over several sentences)
        // is read as quoted up to where that quotation ends: "You know", "I think" there are the quoted speaker's.
        while (quotation < quotations.length && quotations[quotation].end <= claim.start) quotation++;
        const open = quotations[quotation] && quotations[quotation].start < claim.start ? quotations[quotation].end - claim.start : undefined;
        const claimOptions = open === undefined ? options : { ...options, openQuote: open };
        let found = findAttributions(claim.text, learnedCues, claimOptions);
        // "She defended the charity, but admitted “one or two instances”": a clause split from its sentence that opens
        // with "but" or "and" and a verb shares the sentence's subject; it is read with the clauses before it, keeping
        // only the cues of its own.
        if (found.length === 0 && claim.part && claim.start > sentenceStart && joinedReport(claim.text)) {
          found = readInSentence(analysis.document.text.slice(sentenceStart, claim.end), claim.start - sentenceStart, learnedCues, claimOptions);
        }
        // "According to intelligence reports, A, while B": a frame that opens the sentence governs every
        // claim split from it; a source named in one clause ("X claims A, but B") does not.
        if (!claim.part) sentenceFrame = null;
        if (found.length === 0 && claim.part && sentenceFrame) {
          return { ...claim, attribution: { ...sentenceFrame, provenance: { ...sentenceFrame.provenance, rule: `${sentenceFrame.provenance.rule}+sentence-frame` } } };
        }
        const levels: Attribution[] = [];
        for (const item of found) {
          levels.push(toAttribution(claim, item));
        }
        if (levels.length === 0) return claim;
        const [outermost] = levels;
        const attribution = { ...outermost, chain: levels.length > 1 ? levels.map((level) => ({ ...level, chain: [] })) : [] };
        const opensSentence = outermost.cueSpan !== null && claim.text.slice(0, outermost.cueSpan.start - claim.start).trim() === '';
        if (claim.part === 0 && opensSentence && /according-to|it-passive|in-poll/.test(outermost.provenance.rule)) sentenceFrame = attribution;
        return { ...claim, attribution };
      });
      return { ...analysis, claims };
    },
  };
  return stage;
}

/** A clause that opens with "but", "and" or "yet" and no subject of its own before its verb. */
const JOINED_CLAUSE = /^(?:but|and|yet)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+|still\s+|has\s+|have\s+|had\s+)*(\p{Ll}+)/u;

/** A clause split off its sentence whose first verb reports ("but admitted", "and later told"): only those are read again. */
function joinedReport(text: string): boolean {
  const verb = JOINED_CLAUSE.exec(text)?.[1];
  return verb !== undefined && REPORTING_VERB_FORMS.has(verb);
}

/**
 * The attributions of a clause read within its whole sentence (`offset`: where the clause starts in it), with spans
 * relative to the clause: only those whose cue lies in the clause, the source possibly before it.
 */
function readInSentence(sentence: string, offset: number, learnedCues: Map<string, number> | undefined, options: Parameters<typeof findAttributions>[2]): FoundAttribution[] {
  const shift = (span: { start: number; end: number }) => ({ start: span.start - offset, end: span.end - offset });
  return findAttributions(sentence, learnedCues, options)
    .filter((item) => item.cueSpan.start >= offset && !item.sourceless)
    .map((item) => {
      const content = item.contentSpan && item.contentSpan.start >= offset ? shift(item.contentSpan) : null;
      return { ...item, cueSpan: shift(item.cueSpan), sourceSpan: shift(item.sourceSpan), contentSpan: content };
    });
}

/**
 * One level of attribution with document offsets. A pronoun source ("He said") keeps the pronoun: the
 * speakers stage resolves it to the person it refers to, with the entities of the whole document.
 */
function toAttribution(claim: Claim, item: FoundAttribution): Attribution {
  const offset = claim.start;
  const pronoun = /^(he|she|him|her|they|it)$/i.test(item.source) && item.kind !== 'author' && item.rule !== 'it-passive' ? item.source : undefined;
  return {
    kind: pronoun ? 'named' : item.kind,
    source: item.kind === 'author' ? null : item.source,
    entity: null,
    cue: item.cue,
    cueSpan: { start: offset + item.cueSpan.start, end: offset + item.cueSpan.end },
    sourceSpan: item.sourceless ? null : { start: offset + item.sourceSpan.start, end: offset + item.sourceSpan.end },
    contentSpan: item.contentSpan ? { start: offset + item.contentSpan.start, end: offset + item.contentSpan.end } : null,
    chain: [],
    ...(pronoun ? { pronoun } : {}),
    ...(item.quoted || item.embedded ? { nested: true } : {}),
    provenance: provenanceOf(STAGE, `attribution.${item.rule}${pronoun ? '+pronoun' : ''}`),
  };
}
