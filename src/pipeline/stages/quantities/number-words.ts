/** English number words and their values. */
export const SMALL: Record<string, number> = {
  zero: 0,
  nought: 0,
  naught: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

export const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Digit suffixes: "$700m", "20bn", "5k". */
export const SUFFIX_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 };

/** The denominators of fractions: "a third", "two-thirds", "three quarters", "a tenth". */
export const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  halves: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fourth: 1 / 4,
  fourths: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  sixth: 1 / 6,
  sixths: 1 / 6,
  seventh: 1 / 7,
  sevenths: 1 / 7,
  eighth: 1 / 8,
  eighths: 1 / 8,
  ninth: 1 / 9,
  ninths: 1 / 9,
  tenth: 1 / 10,
  tenths: 1 / 10,
  twelfth: 1 / 12,
  twentieth: 1 / 20,
  hundredth: 1 / 100,
  hundredths: 1 / 100,
  thousandth: 1 / 1000,
};

const NUMBER_WORDS = new Set([...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(SCALES), 'dozen']);
for (const tens of Object.keys(TENS)) for (const unit of ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']) NUMBER_WORDS.add(`${tens}-${unit}`);

/** Whether a word is a number word ("eight", "thousand", "twenty-six"); called for every token, so a set lookup. */
export function isNumberWord(word: string): boolean {
  return word.length >= 3 && word.length <= 13 && NUMBER_WORDS.has(word.toLowerCase());
}

/**
 * The value of a run of number words: "eight thousand" 8000, "one hundred and five" 105,
 * "twenty-six" 26, "a dozen" 12, "two dozen" 24, "half a million" 500000. Null when it is not a number.
 */
export function wordsValue(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index].toLowerCase();
    if (word === 'and' && seen) continue;
    if (word === 'a' || word === 'an') {
      current += 1;
      seen = true;
      continue;
    }
    if (word === 'half' && words[index + 1]?.toLowerCase() === 'a') {
      // "half a million", "half a dozen": the scale that follows applies to one half.
      const scaleWord = words[index + 2]?.toLowerCase() ?? '';
      const scale = scaleWord === 'dozen' ? 12 : SCALES[scaleWord];
      if (!scale) return null;
      total += 0.5 * scale;
      index += 2;
      seen = true;
      continue;
    }
    const parts = word.split('-');
    if (parts.length === 2 && parts[0] in TENS && parts[1] in SMALL) {
      current += TENS[parts[0]] + SMALL[parts[1]];
    } else if (word in SMALL) current += SMALL[word];
    else if (word in TENS) current += TENS[word];
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in SCALES) {
      total += (current || 1) * SCALES[word];
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}
