const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in is that for it as was with on by be are this from at or an have has had not but which were their its they he she his her been will would who also'.split(' '),
);

/**
 * Says "en" when a text reads as English (function words make up a large share of its words),
 * otherwise null: claimgraph's later stages are written for English and must not pretend otherwise.
 */
export function guessEnglish(text: string): 'en' | null {
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  if (words.length < 20) return null;
  let hits = 0;
  for (const word of words) if (ENGLISH_FUNCTION_WORDS.has(word)) hits++;
  return hits / words.length >= 0.2 ? 'en' : null;
}
