import type { Span } from '../../../core/span.js';
import { MAYBE_FINAL, MONTHS, SENTENCE_STARTERS, TITLES } from './abbreviations.js';

/** A sentence longer than this is cut at white space, so no later stage sees unbounded input. */
export const MAX_SENTENCE_LENGTH = 2000;

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const TERMINATORS = new Set(['.', '!', '?', '…', '。', '！', '？']);

function isUpper(char: string | undefined): boolean {
  return !!char && char !== char.toLowerCase() && char === char.toUpperCase();
}

function isLower(char: string | undefined): boolean {
  return !!char && char !== char.toUpperCase() && char === char.toLowerCase();
}

/** The word just before position `end` (exclusive), with inner periods: "U.S", "Gen", "e.g". */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}\p{N}.'’-]/u.test(text[start - 1])) start--;
  return text.slice(start, end).replace(/^[.'’-]+/, '');
}

function wordAt(text: string, start: number): string {
  const match = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(start, start + 40));
  return match ? match[0] : '';
}

/**
 * Decides whether the period at `dot` ends a sentence, given the next word begins at `next`.
 * Returns the rule that decided, for provenance.
 */
function periodDecision(text: string, dot: number, next: number): { split: boolean; rule: string } {
  const before = wordBefore(text, dot);
  const lower = before.toLowerCase();
  const nextWord = wordAt(text, next);
  const nextIsStarter = SENTENCE_STARTERS.has(nextWord.toLowerCase());
  if (TITLES.has(lower)) return { split: false, rule: 'abbreviation.title' };
  if (/^\p{Lu}$/u.test(before)) {
    // "J. K. Rowling", "Syed A. Munir": an initial, unless a sentence plainly starts after it.
    return nextIsStarter && nextWord !== 'A' ? { split: true, rule: 'initial.then-starter' } : { split: false, rule: 'abbreviation.initial' };
  }
  if (MONTHS.has(lower) && /\d/.test(text[next] ?? '')) return { split: false, rule: 'abbreviation.month-day' };
  if (MAYBE_FINAL.has(lower) || /^(\p{L}\.)+\p{L}$/u.test(before)) {
    return nextIsStarter ? { split: true, rule: 'abbreviation.then-starter' } : { split: false, rule: 'abbreviation' };
  }
  return { split: true, rule: 'terminator' };
}

export interface SegmentedSentence extends Span {
  rule: string;
}

/** Splits one paragraph (no line breaks inside) into sentence spans, offsets relative to `text`. */
export function segmentParagraph(text: string, from: number, to: number): SegmentedSentence[] {
  const sentences: SegmentedSentence[] = [];
  let start = from;
  const push = (end: number, rule: string) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    // Cap length: cut an over-long run at the last white space inside the cap.
    while (e - s > MAX_SENTENCE_LENGTH) {
      let cut = s + MAX_SENTENCE_LENGTH;
      while (cut > s + MAX_SENTENCE_LENGTH / 2 && !/\s/.test(text[cut])) cut--;
      if (cut <= s + MAX_SENTENCE_LENGTH / 2) cut = s + MAX_SENTENCE_LENGTH;
      sentences.push({ start: s, end: cut, rule: 'length-cap' });
      s = cut;
      while (s < e && /\s/.test(text[s])) s++;
    }
    if (e > s) sentences.push({ start: s, end: e, rule });
    start = end;
  };
  let index = from;
  while (index < to) {
    const char = text[index];
    if (!TERMINATORS.has(char)) {
      index++;
      continue;
    }
    // Take the whole run of terminators and closing quotes: `?!`, `..."`, `.”)`.
    let end = index + 1;
    while (end < to && (TERMINATORS.has(text[end]) || CLOSERS.has(text[end]))) end++;
    if (char === '。' || char === '！' || char === '？') {
      push(end, 'terminator.cjk');
      index = end;
      continue;
    }
    let next = end;
    while (next < to && /\s/.test(text[next])) next++;
    if (next === end || next >= to) {
      // No space after it ("3.5", "U.S.-led") or end of paragraph: handled by the paragraph end.
      index = end;
      continue;
    }
    const nextChar = text[next];
    const opensSentence = isUpper(nextChar) || /[\d"“‘'(\[¿¡«—–-]/.test(nextChar);
    if (!opensSentence || isLower(nextChar)) {
      index = end;
      continue;
    }
    const ellipsis = char === '…' || (char === '.' && text[index + 1] === '.');
    const decision = char === '.' && !ellipsis ? periodDecision(text, index, next) : { split: true, rule: 'terminator' };
    if (decision.split) push(end, decision.rule);
    index = end;
  }
  push(to, 'paragraph-end');
  return sentences;
}

/** Splits [from, to) of `text` into paragraphs at line breaks, then each paragraph into sentences. */
export function segment(text: string, from = 0, to = text.length): Array<SegmentedSentence & { paragraph: number }> {
  const result: Array<SegmentedSentence & { paragraph: number }> = [];
  let paragraph = 0;
  let lineStart = from;
  for (let index = from; index <= to; index++) {
    if (index === to || text[index] === '\n') {
      if (text.slice(lineStart, index).trim()) {
        for (const sentence of segmentParagraph(text, lineStart, index)) result.push({ ...sentence, paragraph });
        paragraph++;
      }
      lineStart = index + 1;
    }
  }
  return result;
}
