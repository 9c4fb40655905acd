// GAP (gendered ambiguous pronouns, Wikipedia passages): for each passage, does the pronoun refer
// to name A, to name B? Scored as GAP's own scorer does (each of the two names a binary decision;
// precision, recall and F1 of the TRUE class), through the whole analysis path: the passage is
// ingested as plain text and analysed; the pronoun's mention must be linked to the name's entity.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../src/core/analysis.js';
import { analyzeText } from '../src/analyze.js';
import { prf } from './metrics.js';
import { dataSet } from './shared-data.js';

export interface GapExample {
  id: string;
  text: string;
  pronoun: { text: string; offset: number };
  a: { name: string; offset: number; coref: boolean };
  b: { name: string; offset: number; coref: boolean };
  /** The Wikipedia page the passage is from (several passages may share one). */
  url: string;
}

export function loadGap(split: 'development' | 'validation'): GapExample[] | null {
  const root = dataSet('coreference/gap');
  if (!root) return null;
  const lines = readFileSync(join(root, `gap-${split}.tsv`), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean);
  return lines.map((line) => {
    const [id, text, pronoun, pronounOffset, a, aOffset, aCoref, b, bOffset, bCoref, url] = line.split('\t');
    return {
      id,
      text,
      pronoun: { text: pronoun, offset: Number(pronounOffset) },
      a: { name: a, offset: Number(aOffset), coref: aCoref === 'TRUE' },
      b: { name: b, offset: Number(bOffset), coref: bCoref === 'TRUE' },
      url: url ?? '',
    };
  });
}

/**
 * Where a span of the passage stands in the analysed text: ingest may drop or rejoin lines, so the
 * span is found by its own words with a little context, nearest to where it was.
 */
function locate(passage: string, analysed: string, offset: number, length: number): number | null {
  const word = passage.slice(offset, offset + length);
  for (const context of [24, 12, 0]) {
    const before = passage.slice(Math.max(0, offset - context), offset);
    const at = analysed.indexOf(before + word);
    if (at !== -1) return at + before.length;
  }
  return null;
}

function entityAt(analysis: Analysis, start: number, end: number): string | null {
  return mentionAt(analysis, start, end)?.entity ?? null;
}

function mentionAt(analysis: Analysis, start: number, end: number): Analysis['mentions'][number] | undefined {
  return analysis.mentions.find((mention) => mention.start < end && start < mention.end);
}

export interface GapScore {
  examples: number;
  precision: number;
  recall: number;
  f1: number;
  /** Passages whose pronoun or a name could not be found in the analysed text (ingest dropped or changed it). */
  lost: number;
  /** Passages ingest refused as having no article text. */
  refused: number;
  /** Pronouns linked to no person at all. */
  unlinked: number;
  /** Each passage's outcome by class (GAP_OUTCOMES), to see where the errors are. */
  outcomes: Record<GapOutcome, number>;
}

/**
 * What happened to one passage. With a gold name: right; the name is no entity (the tagger missed it);
 * the name is an entity of another type and the pronoun is not linked to it; the pronoun is linked to nothing; to the other name; to a third
 * mention; or both names are one entity. With neither name gold: right (not linked to A or B) or
 * linked to one of them.
 */
export const GAP_OUTCOMES = ['right', 'name-not-entity', 'name-not-person', 'same-entity', 'unlinked', 'other-name', 'third-mention', 'neither-linked-to-name', 'refused'] as const;
export type GapOutcome = (typeof GAP_OUTCOMES)[number];

export function evaluateGap(examples: GapExample[]): GapScore {
  let tp = 0;
  let found = 0;
  let gold = 0;
  let lost = 0;
  let unlinked = 0;
  let refused = 0;
  const outcomes = Object.fromEntries(GAP_OUTCOMES.map((outcome) => [outcome, 0])) as Record<GapOutcome, number>;
  for (const example of examples) {
    let analysis: Analysis;
    try {
      analysis = analyzeText(example.text);
    } catch {
      // Refused by ingest (a passage with no line it takes for article text): every decision is "no".
      refused++;
      outcomes.refused++;
      if (example.a.coref) gold++;
      if (example.b.coref) gold++;
      continue;
    }
    const text = analysis.document.text;
    const pronounAt = locate(example.text, text, example.pronoun.offset, example.pronoun.text.length);
    const pronounEntity = pronounAt === null ? null : entityAt(analysis, pronounAt, pronounAt + example.pronoun.text.length);
    if (pronounAt === null) lost++;
    else if (!pronounEntity) unlinked++;
    const nameMentions: Array<Analysis['mentions'][number] | undefined> = [];
    for (const name of [example.a, example.b]) {
      const at = locate(example.text, text, name.offset, name.name.length);
      if (at === null && pronounAt !== null) lost++;
      const nameMention = at === null ? undefined : mentionAt(analysis, at, at + name.name.length);
      nameMentions.push(nameMention);
      const nameEntity = nameMention?.entity ?? null;
      const predicted = pronounEntity !== null && nameEntity === pronounEntity;
      if (name.coref) gold++;
      if (predicted) found++;
      if (predicted && name.coref) tp++;
    }
    outcomes[outcomeOf(example, nameMentions, pronounEntity)]++;
  }
  return { examples: examples.length, ...prf(tp, found, gold), lost, unlinked, refused, outcomes };
}

function outcomeOf(example: GapExample, [a, b]: Array<Analysis['mentions'][number] | undefined>, pronounEntity: string | null): GapOutcome {
  const gold = example.a.coref ? a : example.b.coref ? b : null;
  const other = example.a.coref ? b : example.b.coref ? a : null;
  if (gold === null) return pronounEntity !== null && (pronounEntity === a?.entity || pronounEntity === b?.entity) ? 'neither-linked-to-name' : 'right';
  if (!gold) return 'name-not-entity';
  if (other && other.entity === gold.entity) return 'same-entity';
  if (pronounEntity === gold.entity) return 'right';
  if (gold.type !== 'person') return 'name-not-person';
  if (pronounEntity === null) return 'unlinked';
  if (other && pronounEntity === other.entity) return 'other-name';
  return 'third-mention';
}
