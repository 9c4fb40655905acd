import type { Sentence } from '../../../core/annotations.js';

const OPENING_QUOTES = /[“«]/g;
const CLOSING_QUOTES = /[”»]/g;

function quoteBalance(text: string): number {
  const opened = text.match(OPENING_QUOTES)?.length ?? 0;
  const closed = text.match(CLOSING_QUOTES)?.length ?? 0;
  // Straight double quotes: an odd count leaves a quotation open.
  const straight = (text.match(/"/g)?.length ?? 0) % 2;
  return opened - closed + straight;
}

/** How many sentences a quotation may run over before the unit is closed anyway. */
const MAX_QUOTE_SENTENCES = 12;

/**
 * Groups body sentences into claim units: one sentence each, except that a quotation running over
 * several sentences stays one unit with the sentence that introduces it.
 */
export function claimUnits(sentences: Sentence[], text: string): number[][] {
  const units: number[][] = [];
  let index = 0;
  while (index < sentences.length) {
    const sentence = sentences[index];
    if (sentence.region !== 'body') {
      index++;
      continue;
    }
    const unit = [index];
    // Straight quotes have no direction, so the balance is taken over the whole unit so far.
    const balanceOf = () => quoteBalance(text.slice(sentence.start, sentences[unit[unit.length - 1]].end));
    while (balanceOf() > 0 && unit.length < MAX_QUOTE_SENTENCES && index + 1 < sentences.length && sentences[index + 1].paragraph === sentence.paragraph) {
      index++;
      unit.push(index);
    }
    units.push(unit);
    index++;
  }
  return units;
}
