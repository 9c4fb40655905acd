import { analyzeText } from '../src/analyze.js';
import { ClaimgraphError } from '../src/core/errors.js';
import { loadConll, spansOf, type ConllSentence } from './conll.js';
import { typeTally, type Prf } from './metrics.js';

/** CoNLL types scored through the whole path; MISC has no single counterpart in claimgraph's types. */
const SCORED: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** Words written without a space before them, and after them, as a reader sees the sentence. */
const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}%]|'s|'S|n't|'re|'ve|'ll|'d|'m|\.\.\.)$/;
const NO_SPACE_AFTER = /^[([{$]$/;

export interface RenderedLine {
  text: string;
  /** Start and end of every word in `text`. */
  offsets: Array<[number, number]>;
}

/** A CoNLL sentence as plain text, with where each word went: "Pakistan 's" -> "Pakistan's". */
export function renderSentence(words: string[]): RenderedLine {
  let text = '';
  let quoteOpen = false;
  let glueNext = false;
  const offsets: Array<[number, number]> = [];
  for (const word of words) {
    let space = text.length > 0 && !glueNext && !NO_SPACE_BEFORE.test(word);
    glueNext = NO_SPACE_AFTER.test(word);
    if (word === '"') {
      // Straight quotes alternate: an opening one glues to the next word, a closing one to the last.
      if (quoteOpen) space = false;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    if (space) text += ' ';
    offsets.push([text.length, text.length + word.length]);
    text += word;
  }
  return { text, offsets };
}

/**
 * The document as a reader sees it: headline, dateline, then paragraphs. Reuters wrapped its lines
 * and CoNLL cut sentences at some wraps ("Australia will defend the Ashes in"); a piece that ends
 * without closing punctuation runs on in the same paragraph, as on the page.
 */
export function readerView(lines: string[]): string {
  let out = '';
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const runsOn = index > 1 && previous !== undefined && !/[.!?:;"')]$/.test(previous) && !/\d{4}-\d{2}-\d{2}$/.test(previous);
    out += index === 0 ? line : runsOn ? ` ${line}` : `\n\n${line}`;
  });
  return out;
}

export type LineKind = 'lead' | 'prose' | 'table';

/**
 * Which lines are prose: the headline and a dateline ("LONDON 1996-08-30") lead a story; a line
 * with many numbers or hardly any lower-case words is a results table, a score line or a team list.
 */
export function lineKind(words: string[], index: number): LineKind {
  if (index === 0) return 'lead';
  if (index === 1 && /^\d{4}-\d{2}-\d{2}$/.test(words[words.length - 1] ?? '')) return 'lead';
  const numbers = words.filter((word) => /\d/.test(word)).length;
  const lower = words.filter((word) => /^\p{Ll}/u.test(word) && word.length > 1).length;
  if (numbers / words.length >= 0.25 || lower < 3) return 'table';
  return 'prose';
}

export interface WholePathResult {
  documents: number;
  /** Gold entities on lead and prose lines, and how many of them are in the analysed text. */
  proseGold: number;
  present: number;
  presentLead: { gold: number; present: number };
  /** Gold entities left aside on results-table lines. */
  tableGold: number;
  scores: Record<string, Prf>;
  refused: number;
  /** Every wrong or missed name on scored lines, with its line: for reading, not for scoring. */
  errors: string[];
}

/**
 * CoNLL-2003 valid through the whole `analyze` path: each document written as plain text the way a
 * reader sees it (headline, dateline, one sentence a line), ingested and analysed like any page dump,
 * and the entity mentions mapped back to the gold by character span. Scored on lead and prose lines.
 */
export function evaluateWholePath(split: 'train' | 'valid' = 'valid'): WholePathResult | null {
  const documents = loadConll(split);
  if (!documents) return null;
  const { bump, scores } = typeTally();
  const result: WholePathResult = { documents: documents.length, proseGold: 0, present: 0, presentLead: { gold: 0, present: 0 }, tableGold: 0, scores: {}, refused: 0, errors: [] };
  for (const sentences of documents) scoreDocument(sentences, result, bump);
  result.scores = scores();
  return result;
}

function scoreDocument(sentences: ConllSentence[], result: WholePathResult, bump: (type: string, key: 'right' | 'found' | 'gold') => void): void {
  const lines = sentences.map((sentence) => renderSentence(sentence.words));
  const source = readerView(lines.map((line) => line.text));
  let text = '';
  let mentions: Array<{ start: number; end: number; type: string; rule: string }> = [];
  try {
    const analysis = analyzeText(source, { source: 'conll.txt', format: 'text' });
    text = analysis.document.text;
    // Named entities only: pronouns the speakers stage links to a person are mentions, not names.
    mentions = analysis.mentions.filter((mention) => mention.kind !== 'pronoun').map((mention) => ({ start: mention.start, end: mention.end, type: mention.type, rule: mention.provenance.rule }));
  } catch (error) {
    if (!(error instanceof ClaimgraphError)) throw error;
    result.refused++;
  }
  // Where each line landed in the analysed text (lines keep their order; a dropped line is absent).
  let cursor = 0;
  const placed = lines.map((line) => {
    const at = text.indexOf(line.text, cursor);
    if (at < 0) return null;
    cursor = at + line.text.length;
    return at;
  });
  sentences.forEach((sentence, index) => {
    const kind = lineKind(sentence.words, index);
    const gold = spansOf(sentence.tags);
    if (kind === 'table') {
      result.tableGold += gold.length;
      return;
    }
    const at = placed[index];
    const goldKeys = new Map<string, string>();
    for (const [type, from, to] of gold) {
      result.proseGold++;
      if (kind === 'lead') result.presentLead.gold++;
      if (at !== null) {
        result.present++;
        if (kind === 'lead') result.presentLead.present++;
      }
      if (type === 'MISC') continue;
      bump(type, 'gold');
      if (at !== null) goldKeys.set(`${type}:${at + lines[index].offsets[from][0]}:${at + lines[index].offsets[to - 1][1]}`, sentence.words.slice(from, to).join(' '));
    }
    if (at === null) {
      if (gold.length > 0) result.errors.push(`dropped (${gold.length} gold) | ${lines[index].text}`);
      return;
    }
    const end = at + lines[index].text.length;
    const matched = new Set<string>();
    for (const mention of mentions) {
      if (mention.start < at || mention.end > end) continue;
      // A demonym is CoNLL's MISC ("Pakistani"), typed place here because it names one.
      const type = mention.rule.includes('demonym') ? undefined : SCORED[mention.type];
      if (!type) continue;
      bump(type, 'found');
      const key = `${type}:${mention.start}:${mention.end}`;
      if (goldKeys.has(key)) {
        bump(type, 'right');
        matched.add(key);
      } else result.errors.push(`extra ${type} "${text.slice(mention.start, mention.end)}" (${mention.rule}) | ${lines[index].text}`);
    }
    for (const [key, words] of goldKeys) if (!matched.has(key)) result.errors.push(`miss ${key.split(':')[0]} "${words}" | ${lines[index].text}`);
  });
}
