import type { Span } from '../../../core/span.js';

/** Where one sentence joins two claims that stand on their own. */
const JOINTS = /;\s+|,\s+(?:while|whereas|but|although|though)\s+(?=\S)/g;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function insideBrackets(text: string, index: number): boolean {
  let quotes = 0;
  let straight = 0;
  let parentheses = 0;
  for (let position = 0; position < index; position++) {
    const char = text[position];
    if (char === '“') quotes++;
    else if (char === '”') quotes--;
    else if (char === '"') straight ^= 1;
    else if (char === '(') parentheses++;
    else if (char === ')') parentheses--;
  }
  return quotes > 0 || straight === 1 || parentheses > 0;
}

/**
 * Splits a sentence at the points where it joins independent claims ("A; B", "A, while B",
 * "A, but B"), outside quotations and brackets, when each part has a clause's worth of words.
 * A list after a colon ("three things: a; b; c") stays whole. Spans are relative to `text`.
 */
export function splitClaims(text: string): Span[] {
  const parts: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(JOINTS)) {
    const index = match.index ?? 0;
    if (insideBrackets(text, index)) continue;
    if (match[0].startsWith(';') && text.slice(0, index).includes(':')) continue;
    const left = text.slice(start, index);
    const right = text.slice(index + match[0].length);
    if (words(left) < 5 || words(right) < 5) continue;
    parts.push({ start, end: index });
    // The conjunction belongs to the second claim ("while Pakistan Air Force participated ...").
    start = match[0].startsWith(';') ? index + match[0].length : index + match[0].indexOf(match[0].trim().split(/\s+/)[1]);
  }
  parts.push({ start, end: text.length });
  return parts.map((part) => {
    let { start: from, end: to } = part;
    while (from < to && /\s/.test(text[from])) from++;
    while (to > from && /[\s,;]/.test(text[to - 1])) to--;
    return { start: from, end: to };
  });
}
