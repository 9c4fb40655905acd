/**
 * Learns a hedge-cue lexicon from sentences annotated with cue spans (the CoNLL-2010 / Szeged
 * uncertainty corpus): for every word or word pair that is ever a cue, how often it is one where it
 * occurs. Cues that are cues often enough are kept, with the kind they were most often annotated as.
 */
export interface AnnotatedSentence {
  text: string;
  cues: Array<{ start: number; end: number; kind: string }>;
}

export interface LearnedCue {
  cue: string;
  kind: string;
  /** Of this word's occurrences in training, the share that were annotated as a cue. */
  precision: number;
  count: number;
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;

function words(text: string): Array<{ word: string; start: number; end: number }> {
  return [...text.matchAll(WORD)].map((match) => ({ word: match[0].toLowerCase(), start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

export function learnCues(sentences: AnnotatedSentence[], minPrecision: number, minCount: number): LearnedCue[] {
  const asCue = new Map<string, Map<string, number>>();
  const occurrences = new Map<string, number>();
  for (const sentence of sentences) {
    const tokens = words(sentence.text);
    for (let index = 0; index < tokens.length; index++) {
      const unigram = tokens[index].word;
      occurrences.set(unigram, (occurrences.get(unigram) ?? 0) + 1);
      if (index + 1 < tokens.length) {
        const bigram = `${unigram} ${tokens[index + 1].word}`;
        occurrences.set(bigram, (occurrences.get(bigram) ?? 0) + 1);
      }
    }
    for (const cue of sentence.cues) {
      const inside = tokens.filter((token) => token.start >= cue.start && token.end <= cue.end).map((token) => token.word);
      if (inside.length === 0 || inside.length > 2) continue;
      const key = inside.join(' ');
      const kinds = asCue.get(key) ?? new Map<string, number>();
      kinds.set(cue.kind, (kinds.get(cue.kind) ?? 0) + 1);
      asCue.set(key, kinds);
    }
  }
  const learned: LearnedCue[] = [];
  for (const [cue, kinds] of asCue) {
    const count = [...kinds.values()].reduce((sum, value) => sum + value, 0);
    const precision = count / Math.max(count, occurrences.get(cue) ?? 0);
    if (count < minCount || precision < minPrecision) continue;
    const kind = [...kinds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    learned.push({ cue, kind, precision: Math.round(precision * 1000) / 1000, count });
  }
  return learned.sort((a, b) => (a.cue < b.cue ? -1 : a.cue > b.cue ? 1 : 0));
}

/** Finds learned cues in a text: bigrams first, then single words. Offsets relative to `text`. */
export function matchLearnedCues(text: string, lexicon: Map<string, LearnedCue>): Array<{ start: number; end: number; cue: string; kind: string }> {
  const tokens = words(text);
  const found: Array<{ start: number; end: number; cue: string; kind: string }> = [];
  for (let index = 0; index < tokens.length; index++) {
    const bigram = index + 1 < tokens.length ? lexicon.get(`${tokens[index].word} ${tokens[index + 1].word}`) : undefined;
    if (bigram) {
      found.push({ start: tokens[index].start, end: tokens[index + 1].end, cue: text.slice(tokens[index].start, tokens[index + 1].end), kind: bigram.kind });
      index++;
      continue;
    }
    const unigram = lexicon.get(tokens[index].word);
    if (unigram) found.push({ start: tokens[index].start, end: tokens[index].end, cue: text.slice(tokens[index].start, tokens[index].end), kind: unigram.kind });
  }
  return found;
}
