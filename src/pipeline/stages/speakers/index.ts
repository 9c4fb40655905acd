import type { Analysis } from '../../../core/analysis.js';
import type { Attribution, Claim, Mention, Quotation } from '../../../core/annotations.js';
import { spansInside, type Span } from '../../../core/span.js';
import { provenanceOf, type Stage } from '../../stage.js';
import { stripTitle } from '../entities/resolve.js';
import { anaphorOf, BODY_NOUNS, DOCUMENT_NOUNS, ROLE_NOUNS, type Anaphor } from './anaphors.js';
import { documentQuotations, paragraphSpans, shareInside, type Paragraph, type QuotationSpan } from '../../quotations.js';
import { AnaphorResolver, type Resolution } from './resolve.js';
import { COREFERENCE_MODEL_PATH, coreferenceModel } from './features.js';
import { GIVEN_NAMES_PATH } from '../../../lang/en/given-names.js';
import { contentId } from '../../../core/hash.js';
import { existsSync, readFileSync } from 'node:fs';
import { appositionRoles, roleAround, splitSourceRole } from './roles.js';
import { attributionUrl } from '../attribution/link-url.js';

export { findQuotations } from '../../quotations.js';
export { anaphorOf, genderOfPerson } from './anaphors.js';

/** The version follows the files it reads (the coreference model, the given names), so `reanalyze` sees a retrained model. */
const STAGE = {
  name: 'claimgraph.speakers',
  version: `1.4.0+${contentId('m', ...[COREFERENCE_MODEL_PATH, GIVEN_NAMES_PATH].map((path) => (existsSync(path) ? readFileSync(path, 'utf8') : ''))).slice(2, 10)}`,
};

/**
 * Speakers: the document-level reading of who speaks. Quotations become spans of their own with one
 * speaker, given to every claim inside them (also across paragraphs, by news convention); pronoun and
 * nominal sources ("he", "the spokesperson", "the report") resolve to an earlier actor by agreement
 * and salience or are marked unresolved; each attribution gets the speaker's role as the text gives
 * it and whether the words are the speaker's own (`mode`); personal pronouns become mentions of
 * their person (`kind: "pronoun"`).
 */
export const speakersStage: Stage = {
  name: STAGE.name,
  version: STAGE.version,
  requires: ['sentences', 'claims', 'attribution', 'mentions', 'entities'],
  provides: ['speakers'],
  run(analysis: Analysis): Analysis {
    const { text } = analysis.document;
    const entities = new Map(analysis.entities.map((entity) => [entity.id, entity]));
    const paragraphs = paragraphSpans(analysis);
    const quotations = documentQuotations(text, paragraphs);
    const resolver = new AnaphorResolver(text, analysis.sentences, analysis.mentions, analysis.entities, appositionRoles(text, analysis.mentions));
    /** How each anaphoric source was resolved, by its position, so the pronoun mention agrees with it. */
    const sourceResolutions = new Map<number, Resolution>();

    const resolveLevel = (level: Attribution): Attribution => {
      // The author's voice with nothing nested is kept as it is (nothing below changes it).
      if ((level.kind === 'author' || !level.sourceSpan) && level.chain.length === 0) return level;
      const chain = level.chain.map(resolveLevel);
      if (level.kind === 'author' || !level.sourceSpan) return { ...level, chain };
      const words = text.slice(level.sourceSpan.start, level.sourceSpan.end);
      // "It was reported" has no antecedent; a pronoun source is marked by the attribution stage.
      const anaphor = level.pronoun ? anaphorOf(level.pronoun) : /^(he|she|him|her|they|it)$/i.test(words) ? null : anaphorOf(words);
      let resolved: Attribution = { ...level, chain };
      if (anaphor) {
        const resolution = resolver.resolve(anaphor, level.sourceSpan, { exclude: level.contentSpan ?? undefined, speakerSalience: true });
        sourceResolutions.set(level.sourceSpan.start, resolution);
        resolved = withResolution(resolved, words, anaphor, resolution);
      }
      if (!anaphor && resolved.kind === 'anonymous' && namesBody(resolved, words, analysis.mentions)) {
        resolved = { ...resolved, kind: 'named', provenance: provenanceOf(STAGE, `${resolved.provenance.rule}+named-body`) };
      }
      const role = roleOf(resolved, words) ?? (anaphor && resolved.resolved ? resolver.roleOfSpeakerAt(resolved.antecedentSpan) : null);
      if (role) resolved.role = role;
      rememberSpeaker(resolved, words, anaphor);
      return resolved;
    };

    const rememberSpeaker = (level: Attribution, words: string, anaphor: Anaphor | null) => {
      if (!level.sourceSpan || level.kind === 'author' || level.resolved === false) return;
      const entity = level.entity ? entities.get(level.entity) : undefined;
      const lower = words
        .toLowerCase()
        .split(/[^\p{L}-]+/u)
        .filter(Boolean);
      const head = lower[lower.length - 1] ?? '';
      // What the source is decides what can refer back to it: "the report" a document, "the office" a body.
      const type = !anaphor && lower.some((word) => DOCUMENT_NOUNS.has(word)) ? 'document' : BODY_NOUNS.has(head) ? 'organization' : entity?.type;
      if (!type || (!entity && type !== 'document' && level.kind !== 'named')) return;
      const name = level.source ?? entity?.name ?? words;
      // "Ana Kessel and Tomas Varga said": people joined by "and" are "they" afterwards, not "he" or "she".
      const plural = !anaphor && type === 'person' && /\s(?:and|&)\s/.test(words);
      resolver.addSpeaker({
        entity: entity?.id ?? null,
        name,
        type,
        span: level.sourceSpan,
        speaker: true,
        attributionKind: level.kind,
        ...(level.role ? { role: level.role } : {}),
        ...(plural ? { plural } : {}),
      });
    };

    const roleOf = (level: Attribution, words: string): string | null => {
      const entity = level.entity ? entities.get(level.entity) : undefined;
      const fromSource = splitSourceRole(words, stripTitle(words).role);
      if (fromSource.role) return fromSource.role;
      const around = level.sourceSpan && !level.anaphor ? roleAround(text, level.sourceSpan) : null;
      if (around) return around;
      if (entity) {
        const roles = resolver.rolesOf(entity.id);
        if (roles.length > 0) return roles[roles.length - 1];
      }
      // "a spokesperson for UCEA": the source is a role and an affiliation.
      const head = /^(?:an?|one)\s+([\p{Ll}-]+)\b/u.exec(words);
      if (head && ROLE_NOUNS.has(head[1])) return words;
      return null;
    };

    let claims = analysis.claims.map((claim): Claim => ({ ...claim, attribution: resolveLevel(claim.attribution) }));
    claims = attributeQuotations(claims, quotations, paragraphs, text);
    // Every claim here is this stage's own copy by now: its attribution is set in place, not copied again.
    for (const claim of claims) claim.attribution = withMode(claim.attribution, quotations, claim);
    // The page's own links on a source or cue, and the writer of each part of a letters page.
    const links = analysis.document.links ?? [];
    if (links.length > 0) claims = claims.map((claim) => ({ ...claim, attribution: withUrl(claim.attribution, links) }));
    const parts = analysis.document.parts ?? [];
    if (parts.length > 0) claims = claims.map((claim) => withPartAuthor(claim, parts));

    const pronounMentions = findPronounMentions(resolver, sourceResolutions, entities);
    const mentionCounts = new Map<string, number>();
    for (const mention of pronounMentions) mentionCounts.set(mention.entity, (mentionCounts.get(mention.entity) ?? 0) + 1);
    claims = claims.map((claim) => {
      const referred = spansInside(pronounMentions, claim)
        .filter((mention) => claim.attribution.sourceSpan?.start !== mention.start)
        .map((mention) => mention.entity);
      return referred.length === 0 ? claim : { ...claim, entities: [...new Set([...claim.entities, ...referred])] };
    });
    const mentions = mergeByStart(
      analysis.mentions.map((mention): Mention => (mention.kind ? mention : { ...mention, kind: 'name' })),
      pronounMentions,
    );
    const updatedEntities = analysis.entities.map((entity) => (mentionCounts.has(entity.id) ? { ...entity, mentions: entity.mentions + mentionCounts.get(entity.id)! } : entity));
    const quotationList: Quotation[] = quotations.map((quote) => ({
      start: quote.start,
      end: quote.end,
      paragraphs: quote.paragraphs.length,
      provenance: provenanceOf(STAGE, `quotation.${quote.rule}`),
    }));
    return { ...analysis, claims, mentions, entities: updatedEntities, quotations: quotationList };
  },
};

/**
 * A resolver over an analysed document's names, with the speakers its attributions name: what the
 * coreference trainer ranks (the stage itself registers speakers as it resolves them, in text order).
 */
export function resolverFor(analysis: Analysis): AnaphorResolver {
  const names = analysis.mentions.filter((mention) => mention.kind !== 'pronoun');
  const resolver = new AnaphorResolver(analysis.document.text, analysis.sentences, names, analysis.entities, appositionRoles(analysis.document.text, names));
  for (const claim of analysis.claims) {
    const level = claim.attribution;
    const entity = analysis.entities.find((item) => item.id === level.entity);
    if (level.sourceSpan && entity && level.kind === 'named')
      resolver.addSpeaker({ entity: entity.id, name: level.source ?? entity.name, type: entity.type, span: level.sourceSpan, speaker: true, attributionKind: level.kind });
  }
  return resolver;
}

/**
 * "Karsk border police", "Arden health ministry": a body named by the name (a place, a body) that
 * opens the source and a body noun that ends it is one identifiable institution, not an unnamed
 * source ("Karsk officials" stays anonymous: officials are people, not a body).
 */
function namesBody(level: Attribution, words: string, mentions: Mention[]): boolean {
  if (!level.sourceSpan) return false;
  const head =
    words
      .toLowerCase()
      .split(/[^\p{L}-]+/u)
      .filter(Boolean)
      .pop() ?? '';
  if (!BODY_NOUNS.has(head)) return false;
  const start = level.sourceSpan.start;
  return mentions.some((mention) => mention.kind !== 'pronoun' && mention.start === start && mention.type !== 'event');
}

function withResolution(level: Attribution, words: string, anaphor: Anaphor, resolution: Resolution): Attribution {
  const rule = `${level.provenance.rule}+${anaphor.kind}.${resolution.rule}`;
  const base: Attribution = { ...level, anaphor: words, provenance: provenanceOf(STAGE, rule), ...(anaphor.kind === 'pronoun' ? { pronoun: words } : {}) };
  const antecedent = resolution.antecedent;
  if (!antecedent) {
    // A pronoun nobody agrees with is someone the reader knows and claimgraph does not: not named here.
    return { ...base, resolved: false, entity: null, ...(anaphor.kind === 'pronoun' ? { kind: 'anonymous' as const, source: words } : {}) };
  }
  return {
    ...base,
    resolved: true,
    kind: antecedent.attributionKind ?? 'named',
    source: antecedent.name,
    entity: antecedent.entity,
    antecedentSpan: { start: antecedent.span.start, end: antecedent.span.end },
  };
}

/** An attribution of the claim's own, outside any quotation, that a quotation can take its speaker from. */
function speaking(claim: Claim): Attribution | null {
  const level = claim.attribution;
  if (level.kind === 'author' || !level.cueSpan || level.nested) return null;
  return level;
}

/**
 * Gives every claim inside a quotation, with no attribution of its own, the quotation's speaker: the
 * attribution of a claim that shares the quotation ("'...,' she said."), the sentence that introduces it
 * ("He said:"), or, for a quotation standing alone, the speaker of the paragraphs just before.
 */
function attributeQuotations(claims: Claim[], quotations: QuotationSpan[], paragraphs: Paragraph[], text: string): Claim[] {
  const result = [...claims];
  const paragraphList = paragraphs.map((paragraph) => paragraph.span);
  for (const quote of quotations) {
    // Claims are in text order and do not overlap: the ones a quotation touches are found by bisection.
    const first = firstEndingAfter(result, quote.start);
    const touching: number[] = [];
    for (let index = first; index < result.length && result[index].start < quote.end; index++) touching.push(index);
    const inside = touching.filter((index) => shareInside(result[index], quote) >= 0.6);
    if (inside.length === 0 || inside.every((index) => result[index].attribution.kind !== 'author')) continue;
    const found = speakerOf(result, first, touching, quote, paragraphList, text);
    if (!found) continue;
    for (const index of inside) {
      const claim = result[index];
      if (claim.attribution.kind !== 'author' || claim.attribution.cueSpan) continue;
      const content = { start: Math.max(claim.start, quote.start + 1), end: Math.min(claim.end, quote.end - 1) };
      result[index] = {
        ...claim,
        attribution: {
          ...found.level,
          chain: [],
          contentSpan: content.end > content.start ? content : null,
          quotation: { start: quote.start, end: quote.end },
          provenance: provenanceOf(STAGE, `quote.${found.how}`),
        },
      };
    }
  }
  return result;
}

/** The index of the first span that ends after `position` (spans in text order, not overlapping). */
function firstEndingAfter(spans: Span[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].end <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

function speakerOf(claims: Claim[], first: number, touching: number[], quote: QuotationSpan, paragraphs: Span[], text: string): { level: Attribution; how: string } | null {
  // A claim overlapping the quotation with a cue outside it: "'...,' she said", "He said: '...'".
  for (const index of touching) {
    const level = speaking(claims[index]);
    if (!level || !level.cueSpan) continue;
    const cueOutside = level.cueSpan.end <= quote.start || level.cueSpan.start >= quote.end;
    if (cueOutside) return { level, how: 'same-sentence-speaker' };
  }
  const previous = claims[first - 1];
  // "Kessel said:" or "She put it this way." right before the quotation.
  if (previous) {
    const level = speaking(previous);
    const between = text.slice(previous.end, quote.start);
    if (level && /:\s*$/.test(text.slice(previous.start, previous.end) + between.trimEnd())) return { level, how: 'introducing-sentence' };
  }
  // A quotation standing alone: the speaker of the paragraph or two before, when there is one.
  const firstParagraph = firstEndingAfter(paragraphs, quote.start);
  const floor = paragraphs[Math.max(0, firstParagraph - 2)]?.start ?? 0;
  for (let index = first - 1; index >= 0 && claims[index].end > floor; index--) {
    const level = speaking(claims[index]);
    if (level && level.kind === 'named' && level.resolved !== false) return { level, how: 'previous-speaker' };
  }
  return null;
}

function withUrl(level: Attribution, links: ReadonlyArray<Span & { url: string }>): Attribution {
  const chain = level.chain.map((inner) => withUrl(inner, links));
  const url = level.kind === 'author' ? null : attributionUrl(level, links);
  return url ? { ...level, url, chain } : chain.length > 0 ? { ...level, chain } : level;
}

/**
 * On a page of several writers (letters to the editor), a claim in the writer's own voice is in the
 * voice of the writer of its part: `source` names them, `kind` stays `author`.
 */
function withPartAuthor(claim: Claim, parts: ReadonlyArray<Span & { authors: string[] }>): Claim {
  if (claim.attribution.kind !== 'author') return claim;
  const part = parts.find((item) => item.start <= claim.start && claim.end <= item.end);
  if (!part || part.authors.length === 0) return claim;
  return { ...claim, attribution: { ...claim.attribution, source: part.authors.join(', '), provenance: provenanceOf(STAGE, 'author.part-writer') } };
}

/** Whether the attributed words are the speaker's own: all quoted (direct), partly (mixed) or reported (indirect). */
function withMode(level: Attribution, quotations: QuotationSpan[], claim: Claim): Attribution {
  const chain = level.chain.map((inner) => withMode(inner, quotations, claim));
  if (level.kind === 'author') return chain.length > 0 ? { ...level, chain } : level;
  const content = level.contentSpan ?? claim;
  let share = 0;
  for (let index = firstEndingAfter(quotations, content.start); index < quotations.length && quotations[index].start < content.end; index++) share += shareInside(content, quotations[index]);
  const mode = share >= 0.85 ? 'direct' : share > 0.05 ? 'mixed' : 'indirect';
  return { ...level, mode, chain };
}

/**
 * The names and the pronoun mentions in one list by start, names first at an equal start: what a
 * stable sort of the two lists joined gives, by merging when both are in order already.
 */
export function mergeByStart<T extends Span>(first: T[], second: T[]): T[] {
  const ordered = (list: T[]) => {
    for (let index = 1; index < list.length; index++) if (list[index - 1].start > list[index].start) return false;
    return true;
  };
  if (!ordered(first) || !ordered(second)) return [...first, ...second].sort((a, b) => a.start - b.start);
  const merged: T[] = [];
  let from = 0;
  for (const item of second) {
    while (from < first.length && first[from].start <= item.start) merged.push(first[from++]);
    merged.push(item);
  }
  while (from < first.length) merged.push(first[from++]);
  return merged;
}

function findPronounMentions(resolver: AnaphorResolver, sourceResolutions: Map<number, Resolution>, entities: Map<string, { type: Mention['type'] }>): Mention[] {
  const mentions: Mention[] = [];
  // The personal pronouns the resolver found ("he", "her") become mentions of the person they refer to.
  for (const { start, word } of resolver.pronouns) {
    const span = { start, end: start + word.length };
    const anaphor = anaphorOf(word);
    if (!anaphor) continue;
    const resolution = sourceResolutions.get(start) ?? resolver.resolve(anaphor, span, { threshold: coreferenceModel()?.threshold });
    const antecedent = resolution.antecedent;
    if (!antecedent?.entity) continue;
    const type = entities.get(antecedent.entity)?.type;
    if (type === 'person') {
      mentions.push({ entity: antecedent.entity, start, end: span.end, text: word, type: 'person', kind: 'pronoun', provenance: provenanceOf(STAGE, `coreference.pronoun.${resolution.rule}`) });
    } else if (type && antecedent.personCues && type !== 'event') {
      // A name the entity stage typed otherwise ("Eleanor" a place) that a given name or a surname shows
      // to be a person: the pronoun is its mention, of the entity's own type, and says why.
      mentions.push({
        entity: antecedent.entity,
        start,
        end: span.end,
        text: word,
        type,
        kind: 'pronoun',
        provenance: provenanceOf(STAGE, `coreference.pronoun.${resolution.rule}+person-cues.${antecedent.personCues.join('+')}`),
      });
    }
  }
  return mentions;
}
