import { TITLES } from '../sentences/abbreviations.js';
import { allMatches } from '../../../core/matches.js';

/** Abbreviations that end a name and keep their period, as CoNLL writes them: "Corp.", "Bros.", "St.", "Calif.". */
const NAME_ABBREVIATIONS = new Set('inc corp co ltd llc plc bros jr sr st mt ft calif fla mass conn ariz wash'.split(' '));

export interface TagToken {
  text: string;
  start: number;
  end: number;
}

// Dotted acronyms ("U.S."), words with inner hyphens, apostrophes, periods or ampersands
// ("Jaish-e-Mohammed", "O'Brien", "AT&T", "1996-08-22"), or any other single character.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|\S/gu;

/**
 * Tokens as CoNLL-2003 writes them: the possessive "'s" apart ("Pakistan 's"), punctuation apart,
 * titles keep their period ("Gen."). Offsets index the given text.
 */
export function tagTokens(text: string, offset = 0): TagToken[] {
  const tokens: TagToken[] = [];
  const trimmedLength = text.trimEnd().length;
  for (const match of allMatches(TOKEN, text)) {
    const start = (match.index ?? 0) + offset;
    let value = match[0];
    // Only a token ending in "s" can be a possessive: the pattern is not run on the others.
    const possessive = value.endsWith('s') ? /^(.+)(['’]s)$/u.exec(value) : null;
    if (possessive && possessive[1].length > 1) {
      tokens.push({ text: possessive[1], start, end: start + possessive[1].length });
      tokens.push({ text: possessive[2], start: start + possessive[1].length, end: start + value.length });
      continue;
    }
    const previous = tokens[tokens.length - 1];
    // "Gen.", "Corp." and initials ("P. Simmons") keep their period, as the tagger learned them.
    // A period that ends the sentence is the sentence's ("... bought Northwind Corp."), except after a title.
    const final = start - offset + 1 >= trimmedLength;
    if (
      value === '.' &&
      previous &&
      previous.end === start &&
      (TITLES.has(previous.text.toLowerCase()) || (!final && (NAME_ABBREVIATIONS.has(previous.text.toLowerCase()) || /^\p{Lu}$/u.test(previous.text))))
    ) {
      previous.text += '.';
      previous.end += 1;
      continue;
    }
    tokens.push({ text: value, start, end: start + value.length });
    value = '';
  }
  return tokens;
}
