import type { Removed } from '../core/document.js';

/**
 * Open letters and letters pages. A signatory list is a long run of lines that are each a name,
 * perhaps with a title and an affiliation: it is not the letter. A letters page is a run of
 * letters, each ending with its writer's signature line: each letter is a part with its own author.
 */

interface Paragraphish {
  text: string;
}

const HONORIFIC = '(?:(?:Dr|Prof|Professor|Rev|Revd|Mr|Mrs|Ms|Mx|Sir|Dame|Lord|Lady|Cllr|Rabbi|Imam|Fr|Sr)\\.?\\s+)?';
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|(?:de|da|del|van|von|der|le|la|du|di|al|el|bin|ibn)(?=\\s))";
/** Two to five name words, e.g. "Prof. Maren Olsk", "Ana de la Vega". */
const PERSON = `${HONORIFIC}${NAME_WORD}(?:\\s+${NAME_WORD}){1,4}`;
const NAME_LINE = new RegExp(`^[-–—\\s]*(${PERSON})\\s*(?:[,;(–—-]\\s*(.{0,150}))?$`, 'u');

/** A line that is a person's name, perhaps followed by a title, affiliation or town. */
export function signatoryName(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > 180 || trimmed.length < 4) return null;
  const match = NAME_LINE.exec(trimmed);
  if (!match) return null;
  // The rest is a role and a place, not a sentence: no verb-ending period clause.
  if (match[2] && /[.!?]\s+\p{Lu}[\p{Ll}]+\s+\p{Ll}+/u.test(match[2])) return null;
  return match[1].trim();
}

/** A run of this many name lines is a signatory list, never the letter. */
const MIN_SIGNATORIES = 8;

export function removeSignatoryLists<P extends Paragraphish>(paragraphs: P[], removed: Removed[]): P[] {
  const keep = paragraphs.map(() => true);
  let runStart = -1;
  const closeRun = (end: number) => {
    if (runStart >= 0 && end - runStart >= MIN_SIGNATORIES) {
      for (let index = runStart; index < end; index++) keep[index] = false;
      removed.push({
        kind: 'signatories',
        text: paragraphs
          .slice(runStart, end)
          .map((p) => p.text)
          .join('\n'),
        rule: 'letters.signatory-run',
      });
    }
    runStart = -1;
  };
  paragraphs.forEach((paragraph, index) => {
    const lines = paragraph.text.split('\n');
    // One paragraph holding a list of names broken by <br>.
    if (lines.length >= MIN_SIGNATORIES && lines.filter((line) => signatoryName(line)).length >= 0.8 * lines.length) {
      closeRun(index);
      keep[index] = false;
      removed.push({ kind: 'signatories', text: paragraph.text, rule: 'letters.signatory-block' });
      return;
    }
    if (lines.length === 1 && signatoryName(paragraph.text)) {
      if (runStart < 0) runStart = index;
    } else closeRun(index);
  });
  closeRun(paragraphs.length);
  return paragraphs.filter((_, index) => keep[index]);
}

/** A letter's signature: "Jane Doe, Arden", "— Tomas Reyk", "Dr Ana Vell\nNorth Harbour". */
function signatureName(text: string): string | null {
  if (text.length > 120) return null;
  const [first, ...rest] = text.split('\n');
  if (rest.length > 2) return null;
  const name = signatoryName(first);
  if (!name || name === name.toUpperCase()) return null;
  // A heading can look like a name ("Harbour Plan Fails Fishers"); a signature has no lowercase word after its name.
  const tail = first
    .trim()
    .replace(/^[-–—\s]*/, '')
    .slice(name.length);
  if (/[.!?]$/.test(first.trim()) && !/\b[A-Z]\.$/.test(first.trim())) return null;
  if (tail && !/^\s*[,;(–—-]/.test(tail)) return null;
  return name;
}

export interface LetterPart {
  /** Index of the first and one past the last paragraph of the letter (signature excluded). */
  first: number;
  end: number;
  author: string;
}

/**
 * Splits a letters page into letters. Needs letters evidence from the page (section, kicker, URL,
 * title) and at least two signatures, each closing a letter of prose. The
 * signature lines are taken out of the text (kept in `removed`): a writer's name is not a claim.
 */
export function splitLetters<P extends Paragraphish>(paragraphs: P[], lettersPage: boolean, removed: Removed[]): { paragraphs: P[]; parts: LetterPart[] } {
  const signatures: number[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (index === 0) return;
    const previous = paragraphs[index - 1].text;
    if (signatureName(paragraph.text) && previous.length >= 80 && /[.!?"”’)]$/.test(previous)) signatures.push(index);
  });
  // Without letters evidence from the page, headings and source credits look too much like names.
  if (!lettersPage || signatures.length < 2) {
    // One name signing off the last paragraph is the writer's signature, not a claim.
    const last = paragraphs.length - 1;
    if (last > 0 && signatures.at(-1) === last) {
      removed.push({ kind: 'signature', text: paragraphs[last].text, rule: 'letters.closing-signature' });
      return { paragraphs: paragraphs.slice(0, last), parts: [] };
    }
    return { paragraphs, parts: [] };
  }
  const kept: P[] = [];
  const parts: LetterPart[] = [];
  let from = 0;
  for (const signature of signatures) {
    const author = signatureName(paragraphs[signature].text)!;
    const first = kept.length;
    kept.push(...paragraphs.slice(from, signature));
    parts.push({ first, end: kept.length, author });
    removed.push({ kind: 'signature', text: paragraphs[signature].text, rule: 'letters.signature' });
    from = signature + 1;
  }
  kept.push(...paragraphs.slice(from));
  return { paragraphs: kept, parts };
}

/**
 * The last letter's signature can be cut off as a stray line after the body (it is short and
 * unpunctuated); on a letters page it is put back after the last paragraph, where it stood.
 */
export function reattachClosingSignature<P extends Paragraphish>(paragraphs: P[], removed: Removed[], make: (text: string) => P): void {
  const index = removed.findLastIndex((item) => /outside-densest-run|stub-at-edge/.test(item.rule));
  if (index < 0 || paragraphs.length === 0) return;
  const line = removed[index].text;
  if (!signatureName(line) || !/[.!?"”’)]$/.test(paragraphs[paragraphs.length - 1].text)) return;
  removed.splice(index, 1);
  paragraphs.push(make(line));
}
