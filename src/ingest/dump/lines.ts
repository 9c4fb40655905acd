/** A line of a page dump with where it sits in the decoded input. */
export interface Line {
  text: string;
  /** Index in the list of non-empty lines. */
  index: number;
  /** Whether a blank line came right before it. */
  afterBlank: boolean;
}

const SENTENCE_END = /[.!?:;"”’)\]…]$/;

/**
 * Splits a page dump into non-empty lines. Page dumps put one paragraph per line; hand-wrapped
 * text (Markdown, e-mail) wraps paragraphs over several lines, so a long line that does not end a
 * sentence is joined with the next line of the same block.
 */
export function splitLines(text: string): Line[] {
  const raw = text.split('\n');
  const wrapped = looksHardWrapped(raw);
  const lines: Line[] = [];
  let blank = true;
  let pending: string | null = null;
  let pendingAfterBlank = true;
  const push = () => {
    if (pending !== null) lines.push({ text: pending, index: lines.length, afterBlank: pendingAfterBlank });
    pending = null;
  };
  for (const rawLine of raw) {
    const line = rawLine
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^#{1,6}\s+/, '');
    if (!line) {
      push();
      blank = true;
      continue;
    }
    const continues =
      pending !== null &&
      !SENTENCE_END.test(pending) &&
      !/^([-*•]|\d+[.)])\s/.test(line) &&
      // In a page dump every line is its own block; only wrapped prose continues on the next line.
      ((wrapped && pending.length >= 40) || (/^\p{Ll}/u.test(line) && pending.length >= 40 && /\p{Ll}$/u.test(pending)));
    if (continues) {
      pending = `${pending} ${line}`;
    } else {
      push();
      pending = line;
      pendingAfterBlank = blank;
    }
    blank = false;
  }
  push();
  return lines;
}

/** Text wrapped at a fixed width (Markdown, e-mail): nearly every line is of middling length. */
function looksHardWrapped(raw: string[]): boolean {
  const lengths = raw.map((line) => line.trim().length).filter((length) => length > 0);
  if (lengths.length < 4) return false;
  const long = lengths.filter((length) => length > 110).length;
  const middling = lengths.filter((length) => length >= 50 && length <= 110).length;
  return long / lengths.length < 0.05 && middling / lengths.length >= 0.4;
}

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line);
}

export function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}
