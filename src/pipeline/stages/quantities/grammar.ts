/**
 * The quantity grammar: each rule a named row with its priority, its pattern and the sentence it
 * exists for, read by the small engine in find.ts. Patterns are assembled from a few pieces (an
 * amount in digits or words, a currency before or after, a scale, a percent sign), so a range is two
 * amounts around "-", "to" or "between ... and", each reading the same pieces.
 */
import { CURRENCY_SIGNS, CURRENCY_WORDS } from './lexicon.js';
import { FRACTIONS, SCALES, SMALL, SUFFIX_SCALES, TENS, wordsValue } from './number-words.js';
import { allMatches } from '../../../core/matches.js';

export type QuantityKind = 'count' | 'money' | 'percent' | 'fraction' | 'ratio' | 'vague';

/** What a rule reads from its match; the engine adds the qualifier, the counted thing and the owner. */
export interface Reading {
  value: number | null;
  low?: number;
  high?: number;
  /** A currency code or "percent" when the match itself says so; otherwise the counted noun is looked for. */
  unit: string | null;
  kind: QuantityKind;
  /** Whether the amount was written in digits with a scale or currency ("$700m", "1.2 billion"): never a year or an identifier. */
  marked: boolean;
}

export interface QuantityRule {
  name: string;
  priority: number;
  /** The sentence shape the rule exists for. */
  example: string;
  /** Sticky: tried only at the offsets ruleStarts() gives. */
  pattern: RegExp;
  read(match: RegExpExecArray): Reading | null;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** A rule may start only where the character before is not part of a word or a number ("CO2", "1,5", "$5"). */
const INSIDE_A_WORD = /[\p{L}\d$£€¥₹.,/-]/u;
const END = String.raw`(?![\p{L}\d])`;
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,])|\d+)(?:\.\d+)?|\.\d+`;
const SCALE_WORD = String.raw`(?:hundred|thousand|million|billion|trillion|lakh|crore|dozens?|dzs?|dozs?)`;
/** Scales written right after the digits ("$700m", "£3bn", "5k", "1MM") or after a space ("20 bn", "2.33 k"). */
const SCALE_SUFFIX = String.raw`(?:mn|bn|bln|mln|tln|tn|trn|mil|MM|m|b|k|M|B|K)`;
const SPACED_SCALE = String.raw`(?:bn|mn|mln|bln|tln|tn|k|K|M)`;
const UNIT_WORDS = [...Object.keys(SMALL), ...Object.keys(TENS)];
const TENS_UNITS = String.raw`(?:${Object.keys(TENS).join('|')})(?:(?:\s?-\s?|\s)(?:one|two|three|four|five|six|seven|eight|nine)(?![\p{L}-]))?`;
const FIRST_NUMBER_WORD = String.raw`(?:${TENS_UNITS}|${alternatives(UNIT_WORDS.filter((word) => !(word in TENS)))})`;
const NUMBER_WORD = String.raw`(?:${FIRST_NUMBER_WORD}|${SCALE_WORD})`;
/** "eight thousand", "one hundred and five", "a dozen", "half a million", "twenty-six". */
const WORD_RUN = String.raw`(?:(?:half\s+)?an?\s+${SCALE_WORD}|${FIRST_NUMBER_WORD})(?:(?:\s+and\s+|\s+|-)${NUMBER_WORD}(?![\p{L}]))*(?:\s+point(?:\s+(?:${TENS_UNITS}|zero|oh|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))+)?`;
const CURRENCY_SIGN = alternatives(Object.keys(CURRENCY_SIGNS));
const CURRENCY_WORD = alternatives(Object.keys(CURRENCY_WORDS));
const PERCENT = String.raw`(?:\s?%|\s(?:percent|per\s+cent|pct)\b)`;

/** One amount, its groups prefixed by `p`: an optional currency sign, digits with a scale, or words, and an optional percent sign. */
function amount(p: string): string {
  // A sign only on the first amount, fused to the digits or spelt out: "-9.5", "minus five".
  const sign = p === 'a' ? String.raw`(?:(?<${p}n>minus|negative)\s+|(?<${p}m>(?<![\p{L}\d.,-])[-−](?=\d)))?` : '';
  return String.raw`${sign}(?:(?<${p}c>${CURRENCY_SIGN})\s?)?(?:(?<${p}d>${DIGITS})(?:(?<${p}x>${SCALE_SUFFIX})(?![\p{L}])|[\s-](?<${p}s>${SCALE_WORD}(?:[\s-]${SCALE_WORD})?)(?![\p{L}])|\s(?<${p}y>${SPACED_SCALE})(?![\p{L}]))?|(?<${p}w>${WORD_RUN})(?![\p{L}\d]|-\p{L}))(?<${p}p>${PERCENT})?`;
}

/** A currency named after the amount: "1.2-billion-yuan", "500 euros". */
const TRAILING_CURRENCY = String.raw`(?:[\s-](?<cw>${CURRENCY_WORD})(?![\p{L}]))?`;

interface Amount {
  value: number;
  base: number;
  scaled: boolean;
  currency: string | null;
  percent: boolean;
}

function scaleOf(words: string): number {
  return words
    .toLowerCase()
    .split(/[\s-]+/)
    .reduce((product, word) => product * (/^(dozens?|dzs?|dozs?)$/.test(word) ? 12 : word === 'lakh' ? 1e5 : word === 'crore' ? 1e7 : (SCALES[word] ?? 1)), 1);
}

const SUFFIX_VALUES: Record<string, number> = { ...SUFFIX_SCALES, bln: 1e9, mln: 1e6, tln: 1e12, mil: 1e6, mm: 1e6 };

/** The value of number words: hyphens join tens and units ("twenty-six") and otherwise part words ("one-hundred"). */
function wordAmount(text: string): number | null {
  const lower = text.toLowerCase();
  const point = lower.indexOf(' point ');
  const words = (point >= 0 ? lower.slice(0, point) : lower)
    .replace(/\b(?:dozens|dzs?|dozs?)\b/g, 'dozen')
    .split(/\s+/)
    .flatMap((word) => (/^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+$/.test(word) ? [word] : word.split('-')));
  const whole = wordsValue(words.filter(Boolean));
  if (whole === null || point < 0) return whole;
  // "point zero three" is .03, "point seventy-one" .71, "point eleven" .11: each word gives its digits.
  const decimals = lower
    .slice(point + 7)
    .replace(/\s*-\s*/g, '-')
    .split(/\s+/)
    .map((word) => (/^(oh|nought|naught)$/.test(word) ? '0' : String(wordsValue([word]) ?? '')))
    .join('');
  return Number(`${whole}.${decimals}`);
}

function readAmount(groups: Record<string, string | undefined>, p: string): Amount | null {
  const currency = groups[`${p}c`] ? (CURRENCY_SIGNS[groups[`${p}c`]!] ?? null) : null;
  const percent = !!groups[`${p}p`];
  if (groups[`${p}w`]) {
    const words = groups[`${p}w`]!;
    const value = wordAmount(words);
    if (value === null) return null;
    const sign = groups[`${p}n`] ? -1 : 1;
    // "three hundred": a count of hundreds, so that "two to three hundred" reads 200-300.
    const scaleWord = new RegExp(String.raw`^(.+?)[\s-]+(${SCALE_WORD})$`, 'i').exec(words);
    const base = scaleWord ? wordAmount(scaleWord[1]) : null;
    return { value: sign * value, base: base ?? value, scaled: base !== null, currency, percent };
  }
  const digits = groups[`${p}d`];
  if (!digits) return null;
  const base = Number(digits.replace(/[,\s]/g, ''));
  if (!Number.isFinite(base)) return null;
  const written = groups[`${p}x`] ?? groups[`${p}y`] ?? '';
  const scaleWords = groups[`${p}s`];
  // "10m" without a currency is ten metres, not ten million: only money (or a capital "10M") takes a bare "m" as a scale.
  if (written === 'm' && !currency) return null;
  const scale = scaleWords ? scaleOf(scaleWords) : written ? (SUFFIX_VALUES[written.toLowerCase()] ?? 1) : 1;
  const sign = groups[`${p}n`] || groups[`${p}m`] ? -1 : 1;
  // toPrecision: 16.6 * 1e9 is 16600000000, not 16600000000.000002.
  return { value: sign * Number((base * scale).toPrecision(12)), base, scaled: scale !== 1, currency, percent };
}

function unitOf(currency: string | null, percent: boolean): string | null {
  return currency ?? (percent ? 'percent' : null);
}

function single(match: RegExpExecArray): Reading | null {
  const groups = match.groups ?? {};
  const one = readAmount(groups, 'a');
  if (!one) return null;
  const currency = one.currency ?? (groups.cw ? CURRENCY_WORDS[groups.cw.toLowerCase()] : null);
  const unit = unitOf(currency, one.percent);
  return { value: one.value, unit, kind: currency ? 'money' : one.percent ? 'percent' : 'count', marked: one.scaled || !!currency || one.percent };
}

function range(match: RegExpExecArray): Reading | null {
  const groups = match.groups ?? {};
  const low = readAmount(groups, 'a');
  const high = readAmount(groups, 'b');
  if (!low || !high) return null;
  // "2011-12", "1990-95": the second end abbreviated to its last digits (a year range, dropped later).
  if (groups.bd && /^\d{2}$/.test(groups.bd) && groups.ad && /^\d{4}$/.test(groups.ad) && high.value < low.value) {
    high.value = high.base = Math.floor(low.value / 100) * 100 + high.value;
  }
  // "$10-20 million": the scale written once applies to both ends.
  let lowValue = low.value;
  if (!low.scaled && high.scaled && low.base < high.base) lowValue = low.base * (high.value / high.base);
  if (!(lowValue < high.value)) return null;
  // "27% to $284m" joins two different things, not the ends of one range.
  if (low.percent !== high.percent && !!groups.ap === !!groups.bp) return null;
  if ((low.currency && high.currency && low.currency !== high.currency) || (low.currency && high.percent) || (low.percent && high.currency)) return null;
  const currency = low.currency ?? high.currency ?? (groups.cw ? CURRENCY_WORDS[groups.cw.toLowerCase()] : null);
  const percent = low.percent || high.percent;
  return {
    value: null,
    low: lowValue,
    high: high.value,
    unit: unitOf(currency, percent),
    kind: currency ? 'money' : percent ? 'percent' : 'count',
    marked: low.scaled || high.scaled || !!currency || percent,
  };
}

const FRACTION_WORD = alternatives(Object.keys(FRACTIONS));
const NUMERATOR = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)`;

/**
 * Where any rule can start: a currency sign, a sign, digits, or a word that opens a number. The engine
 * tries the (sticky) rules only there, so the text is scanned once by this cheap pattern.
 */
const OPENING_WORDS = [
  'between',
  'minus',
  'negative',
  'a',
  'an',
  'half',
  'tens',
  'thousands',
  'hundreds',
  'dozens',
  'millions',
  'billions',
  'scores',
  'several',
  'numerous',
  'countless',
  'multiple',
  'plenty',
  ...UNIT_WORDS,
];
const SEED_SOURCE = String.raw`(?:${CURRENCY_SIGN})\s?(?=[\d.])|[-−](?=\d)|\.?\d[\d,]*(?:\.\d+)?|\b(?:${alternatives(OPENING_WORDS)})\b`;
const SEED = new RegExp(SEED_SOURCE, 'giu');
/**
 * The same pattern without the unicode flag, twice as fast to scan with. It matches what SEED does in
 * any text without "ſ" (U+017F) or the Kelvin sign (U+212A): the only characters that unicode case
 * folding makes an ASCII letter (and a word character for \b), which SEED's letters and \b would take.
 */
const SEED_BMP = new RegExp(SEED_SOURCE, 'gi');
const FOLDS_TO_ASCII = /[\u017F\u212A]/;

/** The offsets in `text` where a rule may start. */
export function ruleStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of allMatches(FOLDS_TO_ASCII.test(text) ? SEED : SEED_BMP, text)) {
    const at = match.index ?? 0;
    if (at > 0 && INSIDE_A_WORD.test(text[at - 1])) continue;
    starts.push(at);
  }
  return starts;
}

export const RULES: QuantityRule[] = [
  {
    name: 'range.between',
    priority: 4,
    example: 'between 10 and 20 percent of the vote; between $5 million and $8 million',
    pattern: new RegExp(String.raw`between\s+${amount('a')}\s+and\s+${amount('b')}${TRAILING_CURRENCY}`, 'yiu'),
    read: range,
  },
  {
    name: 'range',
    priority: 3,
    example: '500-600 metric tons; 10 to 20 percent; $10-20 million; 1,000–1,500 people',
    // Not after "from": "rose from $40m to $55m" is two values, a change.
    pattern: new RegExp(String.raw`(?<!\bfrom\s)${amount('a')}\s*(?:-|–|—|\bto\b)\s*${amount('b')}${TRAILING_CURRENCY}`, 'yiu'),
    read: range,
  },
  {
    name: 'fraction.mixed',
    priority: 3,
    example: 'one and a half million people; two and a half times',
    pattern: new RegExp(String.raw`(?<whole>${NUMBER_WORD}|\d+)\s+and\s+a\s+(?<part>half|third|quarter)(?:\s+(?<scale>${SCALE_WORD}))?${END}`, 'yiu'),
    read: (match) => {
      const groups = match.groups ?? {};
      const whole = /^\d/.test(groups.whole) ? Number(groups.whole) : wordAmount(groups.whole);
      if (whole === null) return null;
      const value = (whole + FRACTIONS[groups.part.toLowerCase()]) * (groups.scale ? scaleOf(groups.scale) : 1);
      return { value, unit: null, kind: 'count', marked: true };
    },
  },
  {
    name: 'fraction',
    priority: 2,
    example: 'two-thirds of the budget; a third less; almost a tenth; half of the wells',
    pattern: new RegExp(String.raw`(?:(?<numerator>${NUMERATOR})[\s-]+(?<denominator>${FRACTION_WORD})|(?<half>half))(?![\p{L}\d-])`, 'yiu'),
    read: (match) => {
      const groups = match.groups ?? {};
      if (groups.half) return { value: 0.5, unit: null, kind: 'fraction', marked: true };
      const numerator = /^an?$/i.test(groups.numerator) ? 1 : SMALL[groups.numerator.toLowerCase()];
      const part = FRACTIONS[groups.denominator.toLowerCase()];
      // "one half", "two thirds", but not "two third" (an ordinal after a count).
      if (numerator > 1 && !/s$/i.test(groups.denominator)) return null;
      return { value: numerator * part, unit: null, kind: 'fraction', marked: true };
    },
  },
  {
    name: 'ratio',
    priority: 3,
    example: 'one in five containers; 3 out of 10 voters',
    pattern: new RegExp(String.raw`(?<n>${NUMBER_WORD}|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?<d>${NUMBER_WORD}|\d+)${END}`, 'yiu'),
    read: (match) => {
      const groups = match.groups ?? {};
      const numerator = /^\d/.test(groups.n) ? Number(groups.n) : wordAmount(groups.n);
      const denominator = /^\d/.test(groups.d) ? Number(groups.d) : wordAmount(groups.d);
      // "$10000 in 3 years" is an amount and a stretch of time, not a ratio.
      if (numerator === null || !denominator || numerator >= denominator || denominator > 1000) return null;
      return { value: numerator / denominator, unit: null, kind: 'ratio', marked: true };
    },
  },
  {
    name: 'amount',
    priority: 1,
    example: '250,000 rifles; $700m; £3bn; US$171-million; 1.2-billion-yuan; eight thousand; 3.5%',
    pattern: new RegExp(String.raw`${amount('a')}${TRAILING_CURRENCY}`, 'yiu'),
    read: single,
  },
  {
    name: 'vague',
    priority: 1,
    example: 'thousands of protesters; tens of thousands; several delegations; plenty of volunteers',
    pattern:
      /(?<![\p{L}])(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|thousands|hundreds|dozens|millions|billions|scores(?=\s+of\b)|several|numerous|countless|multiple|plenty\s+of|a\s+handful\s+of)(?![\p{L}])/iuy,
    read: () => ({ value: null, unit: null, kind: 'vague', marked: false }),
  },
];
