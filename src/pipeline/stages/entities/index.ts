import type { Analysis } from '../../../core/analysis.js';
import type { Attribution, Claim, Entity, EntityType, Mention } from '../../../core/annotations.js';
import { contentId } from '../../../core/hash.js';
import { memoized } from '../../../core/memo.js';
import { spansInside } from '../../../core/span.js';
import { provenanceOf, type Stage } from '../../stage.js';
import { findEvents } from './events.js';
import { gazetteer, type Gazetteer } from './gazetteer.js';
import { loadNerModel, type NerModelFile } from './model-file.js';
import { nameKey, resolveMentions, stripTitle, type MentionDraft } from './resolve.js';
import { tagDocument } from './tagger.js';
import { tagTokens, type TagToken } from './tokens.js';
import { applyFindingRules, applyTypingRules, datelinePlaces, joinAcronymExpansions, joinNameParticles, joinRepeatedNames, mergeDemonymIntoOrganisation } from './typing.js';

export { resolveMentions, isAcronymOf, nameKey, stripTitle, canonicalName } from './resolve.js';
export { tagDocument } from './tagger.js';
export { loadNerModel, saveNerModel, NER_MODEL_PATH } from './model-file.js';

const TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

/** The entity id: the same type and name give the same id in every document, so entities meet across articles. */
export function entityId(type: EntityType, name: string): string {
  return entityIdOf(`${type}\u0000${name}`);
}

/** Ids already hashed, by type and name (the same actors recur across articles). */
const entityIdOf = memoized((memo) => {
  const at = memo.indexOf('\u0000');
  return contentId('ent', memo.slice(0, at), nameKey(memo.slice(at + 1)));
}, 20_000);

let shared: { model: NerModelFile; places: Gazetteer } | null = null;

function resources() {
  shared ??= { model: loadNerModel(), places: gazetteer() };
  return shared;
}

/**
 * Entities: tags every sentence with the shipped tagger, maps CoNLL's MISC to the place a demonym
 * names ("Pakistani" -> Pakistan) or to other, finds events by pattern, resolves mentions within the
 * document, and links claims and attribution sources to the entities they mention.
 */
export const entitiesStage: Stage = {
  name: 'claimgraph.entities',
  version: '1.2.1',
  requires: ['sentences', 'claims', 'attribution'],
  provides: ['mentions', 'entities'],
  run(analysis: Analysis): Analysis {
    const { model, places } = resources();
    const { text } = analysis.document;
    const sentences = analysis.sentences.map((sentence) => tagTokens(text.slice(sentence.start, sentence.end), sentence.start));
    const tags = tagDocument(
      model,
      sentences.map((tokens) => tokens.map((token) => token.text)),
      places,
    );
    const drafts: MentionDraft[] = [];
    sentences.forEach((tokens, row) => {
      let open: { type: string; from: number } | null = null;
      const close = (to: number) => {
        if (!open) return;
        // Quotes and brackets the tagger took in are not part of the name.
        let from = open.from;
        let end = to;
        const outside = (token: TagToken) => !/[\p{L}\p{N}]/u.test(token.text) || /^['’]s$/.test(token.text);
        while (from < end && outside(tokens[from])) from++;
        while (end > from && outside(tokens[end - 1])) end--;
        // "the Agriculture Department's Lindqvist": a possessive inside a name joins two names.
        const possessive = tokens.slice(from, end).findIndex((token) => /^['’]s$/.test(token.text));
        if (possessive > 0) {
          drafts.push(draft(text, tokens[from].start, tokens[from + possessive - 1].end, open.type, places));
          if (from + possessive + 1 < end) drafts.push({ ...draft(text, tokens[from + possessive + 1].start, tokens[end - 1].end, 'MISC', places), rule: `model.ner.${open.type}+possessive-split` });
        } else if (from < end) drafts.push(draft(text, tokens[from].start, tokens[end - 1].end, open.type, places));
        open = null;
      };
      tags[row].forEach((tag, index) => {
        if (tag === 'O' || tag.startsWith('B-') || (open && open.type !== tag.slice(2))) close(index);
        if (tag !== 'O' && !open) open = { type: tag.slice(2), from: index };
      });
      close(tokens.length);
    });
    // "Gen. Syed ‖ Asim Munir": two person mentions a space apart are one name.
    for (let index = drafts.length - 1; index > 0; index--) {
      const [left, right] = [drafts[index - 1], drafts[index]];
      if (left.type === 'person' && right.type === 'person' && /^ $/.test(text.slice(left.end, right.start))) {
        drafts.splice(index - 1, 2, { ...left, end: right.end, text: text.slice(left.start, right.end), name: `${left.name} ${right.name}` });
      }
    }
    const context = { text, places };
    drafts.splice(
      0,
      drafts.length,
      ...datelinePlaces(
        applyFindingRules(joinRepeatedNames(joinAcronymExpansions(mergeDemonymIntoOrganisation(joinNameParticles(applyTypingRules(drafts, context), context), context), context), context), context),
        analysis.document.meta.dateline,
        context,
      ),
    );
    for (const event of findEvents(text)) {
      const overlapping = drafts.filter((item) => item.start < event.end && event.start < item.end);
      if (overlapping.some((item) => item.start < event.start || item.end > event.end)) continue;
      for (const item of overlapping) drafts.splice(drafts.indexOf(item), 1);
      drafts.push({ start: event.start, end: event.end, text: event.text, type: 'event', name: event.text, role: null, rule: 'pattern.event' });
    }
    const resolved = resolveMentions(
      drafts.filter((item) => item.name.length > 1),
      text,
      analysis.document.regions.find((region) => region.kind === 'title') ?? null,
    );
    const mentions: Mention[] = [];
    const entities: Entity[] = resolved.map((entity) => {
      const id = entityId(entity.type, entity.name);
      for (const item of entity.mentions) {
        mentions.push({ entity: id, start: item.start, end: item.end, text: item.text, type: entity.type, provenance: provenanceOf(entitiesStage, item.rule) });
      }
      return {
        id,
        name: entity.name,
        type: entity.type,
        aliases: [...entity.aliases].filter((alias) => alias !== entity.name).sort(),
        documents: [analysis.document.id],
        mentions: entity.mentions.length,
        ...(entity.roles.size > 0 ? { roles: [...entity.roles].sort() } : {}),
      };
    });
    mentions.sort((a, b) => a.start - b.start);
    const people = entities.filter((entity) => entity.type === 'person').map((entity) => ({ entity, keys: [entity.name, ...entity.aliases].map(nameKey) }));
    const claims = analysis.claims.map((claim) => linkClaim(claim, mentions, people));
    return { ...analysis, mentions, entities, claims };
  },
};

function draft(text: string, start: number, end: number, conllType: string, places: Gazetteer): MentionDraft {
  const surface = text.slice(start, end);
  let type = TYPES[conllType] ?? 'other';
  let name = surface;
  let role: string | null = null;
  let rule = `model.ner.${conllType}`;
  if (type === 'person') {
    const stripped = stripTitle(surface);
    name = stripped.name;
    role = stripped.role;
  }
  const country = places.demonyms.get(surface) ?? places.demonyms.get(surface.replace(/s$/, ''));
  if (country) {
    // "Pakistani" names the place it comes from.
    type = 'place';
    name = country;
    rule = `${rule}+gazetteer.demonym`;
  } else if (places.countries.has(surface)) {
    name = places.countries.get(surface)!;
    if (type === 'other') type = 'place';
  } else if (type === 'other' && places.cities.has(surface)) type = 'place';
  return { start, end, text: surface, type, name, role, rule };
}

function linkClaim(claim: Claim, mentions: Mention[], people: Array<{ entity: Entity; keys: string[] }>): Claim {
  const inside = spansInside(mentions, claim);
  const link = (attribution: Attribution): Attribution => {
    let entity: string | null = null;
    const span = attribution.sourceSpan;
    if (span && attribution.kind !== 'author') {
      const mention = inside.find((item) => item.start < span.end && span.start < item.end && item.type !== 'place') ?? inside.find((item) => item.start < span.end && span.start < item.end);
      entity = mention?.entity ?? null;
      // "He said": the pronoun's person, by name.
      if (!entity && attribution.pronoun && attribution.source) {
        const key = nameKey(stripTitle(attribution.source).name);
        entity = people.find(({ keys }) => keys.includes(key) || key.endsWith(keys[0]))?.entity.id ?? null;
      }
    }
    return { ...attribution, entity, chain: attribution.chain.map(link) };
  };
  return { ...claim, entities: [...new Set(inside.map((mention) => mention.entity))], attribution: link(claim.attribution) };
}
