import type { QuantityQualifier } from '../../../core/annotations.js';
import { FRACTIONS, SCALES, SMALL as SMALL_VALUES, SUFFIX_SCALES, VAGUE_COUNTS, isNumberWord, wordsValue } from './number-words.js';

const DIGIT_WORDS: Record<string, string> = { zero: '0', nought: '0', naught: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };

export interface FoundQuantity {
  start: number;
  end: number;
  text: string;
  value: number | null;
  unit: string | null;
  qualifier: QuantityQualifier;
  rule: string;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[$£€]?(?:\d{1,3}(?: \d{3})+(?![\d,])(?:\.\d+)?|\d[\d,]*(?:\.\d+)?|\.\d+)(?:%|[a-zA-Z]{1,3}\b)?|[\p{L}][\p{L}'’-]*|[^\s\p{L}\d]/gu;

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({ text: match[0], lower: match[0].toLowerCase(), start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

const MONTHS = /^(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.?$/i;
const QUALIFIERS: Array<{ words: string[]; qualifier: QuantityQualifier }> = [
  { words: ['at', 'least'], qualifier: 'at_least' },
  { words: ['no', 'fewer', 'than'], qualifier: 'at_least' },
  { words: ['no', 'less', 'than'], qualifier: 'at_least' },
  { words: ['a', 'minimum', 'of'], qualifier: 'at_least' },
  { words: ['more', 'than'], qualifier: 'more_than' },
  { words: ['over'], qualifier: 'more_than' },
  { words: ['upwards', 'of'], qualifier: 'more_than' },
  { words: ['in', 'excess', 'of'], qualifier: 'more_than' },
  { words: ['above'], qualifier: 'more_than' },
  { words: ['at', 'most'], qualifier: 'at_most' },
  { words: ['up', 'to'], qualifier: 'at_most' },
  { words: ['no', 'more', 'than'], qualifier: 'at_most' },
  { words: ['a', 'maximum', 'of'], qualifier: 'at_most' },
  { words: ['less', 'than'], qualifier: 'less_than' },
  { words: ['fewer', 'than'], qualifier: 'less_than' },
  { words: ['under'], qualifier: 'less_than' },
  { words: ['below'], qualifier: 'less_than' },
  { words: ['nearly'], qualifier: 'approximate' },
  { words: ['almost'], qualifier: 'approximate' },
  { words: ['about'], qualifier: 'approximate' },
  { words: ['around'], qualifier: 'approximate' },
  { words: ['approximately'], qualifier: 'approximate' },
  { words: ['roughly'], qualifier: 'approximate' },
  { words: ['some'], qualifier: 'approximate' },
  { words: ['an', 'estimated'], qualifier: 'approximate' },
  { words: ['estimated'], qualifier: 'approximate' },
  { words: ['close', 'to'], qualifier: 'approximate' },
  { words: ['just', 'under'], qualifier: 'less_than' },
  { words: ['just', 'over'], qualifier: 'more_than' },
];
/** "no more than" must win over "more than": try the longest qualifiers first. */
const QUALIFIERS_LONGEST_FIRST = [...QUALIFIERS].sort((a, b) => b.words.length - a.words.length);

/** Units a number can carry right after it, with their canonical name. */
const UNIT_WORDS: Record<string, string> = {
  '%': 'percent', percent: 'percent', 'per cent': 'percent', percentage: 'percent',
  km: 'km', kilometres: 'km', kilometers: 'km', miles: 'miles', mile: 'miles', metres: 'm', meters: 'm',
  kg: 'kg', kilograms: 'kg', tonnes: 'tonnes', tons: 'tons', pounds: 'pounds', dollars: 'USD', euros: 'EUR',
  years: 'years', months: 'months', weeks: 'weeks', days: 'days', hours: 'hours', minutes: 'minutes',
};

const CURRENCY: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR' };

/** Nouns that name an identifier, not a count: "Resolution 3379", "Section 404", "Flight 17". */
const IDENTIFIER_NOUNS = /^(resolution|section|article|chapter|flight|route|highway|room|no|number|page|paragraph|act|bill|item|clause|rule|line|platform|gate|unit|level|phase|group|game|match|week|round|season|episode|volume|vol|issue|version|model|type|class|grade|rank|category|zone|district|ward|block|sector|building|floor|apartment|suite|lot|case|docket|code|order|decree|law)$/i;

function parseDigits(token: string): { value: number; currency: string | null; suffix: string } | null {
  const match = /^([$£€]?)((?:\d{1,3}(?: \d{3})+|\d[\d,]*)?(?:\.\d+)?)(%|[a-zA-Z]{1,3})?$/.exec(token);
  if (!match || !/\d/.test(match[2])) return null;
  const digits = match[2].replace(/[, ]/g, '');
  if (match[2].includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(match[2])) return null;
  let value = Number(digits);
  const suffix = (match[3] ?? '').toLowerCase();
  if (suffix && suffix !== '%' && !(suffix in SUFFIX_SCALES) && !/^(st|nd|rd|th|s)$/.test(suffix)) return null;
  if (suffix in SUFFIX_SCALES) value *= SUFFIX_SCALES[suffix];
  return Number.isFinite(value) ? { value, currency: CURRENCY[match[1]] ?? null, suffix } : null;
}

function isYear(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!/^\d{4}s?$/.test(token.text)) return false;
  const year = Number(token.text.slice(0, 4));
  if (year < 1500 || year > 2100) return false;
  const next = tokens[index + 1];
  // "1200 jobs" is a count; "1982 battle", "in 1975", "since 1947" are years.
  if (next && /^[a-z]+s$/.test(next.text) && !/^(wars|elections|games|olympics|talks|protests|riots|accords|negotiations)$/.test(next.lower)) {
    const previous = tokens[index - 1]?.lower ?? '';
    return /^(in|since|of|by|from|until|till|before|after|during|the|early|late|mid|around|circa|c)$/.test(previous);
  }
  return true;
}

/** Every quantity in `text`: numbers in digits or words with their unit and qualifier; not years, dates, ordinals or identifiers. */
export function findQuantities(text: string): FoundQuantity[] {
  const tokens = tokenize(text);
  const found: FoundQuantity[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    let end = index;
    let value: number | null = null;
    let unit: string | null = null;
    let rule = '';
    let qualifier: QuantityQualifier = 'exact';

    const digits = /^[$£€]?\.?\d/.test(token.text) ? parseDigits(token.text) : null;
    if (digits) {
      if (/^(st|nd|rd|th)$/.test(digits.suffix) || isYear(tokens, index) || /^\d{1,2}:\d{2}$/.test(token.text)) {
        index++;
        continue;
      }
      const previous = tokens[index - 1];
      const next = tokens[index + 1];
      // Dates ("April 22", "22 April", "Oct. 7") and identifiers ("Resolution 3379") are not quantities.
      if ((previous && (MONTHS.test(previous.text) || (previous.text === '.' && MONTHS.test(tokens[index - 2]?.text ?? '')))) || (next && MONTHS.test(next.text))) {
        index++;
        continue;
      }
      if (previous && IDENTIFIER_NOUNS.test(previous.text) && /^\p{Lu}/u.test(previous.text)) {
        index++;
        continue;
      }
      value = digits.value;
      unit = digits.currency ?? (digits.suffix === '%' ? 'percent' : null);
      rule = 'digits';
      // "1.2 million", "250 thousand", "322 hundred", "2.33 k", "3 dozens"
      if (next && next.lower in SCALES) {
        value *= SCALES[next.lower];
        end = index + 1;
      } else if (next && !digits.suffix && /^(k|bn|bln|tln|mln)$/.test(next.lower)) {
        value *= { k: 1e3, bn: 1e9, bln: 1e9, tln: 1e12, mln: 1e6 }[next.lower] ?? 1;
        end = index + 1;
      } else if (next && /^dozens?$/.test(next.lower)) {
        value *= 12;
        end = index + 1;
      }
    } else if (isNumberWord(token.text) || (token.lower === 'a' && isNumberWord(tokens[index + 1]?.text ?? '') && !(tokens[index + 1].lower in SMALL_VALUES)) || (token.lower === 'half' && tokens[index + 1]?.lower === 'a' && /^(dozen|hundred|thousand|million|billion)$/.test(tokens[index + 2]?.lower ?? ''))) {
      // The longest run of number words: "eight thousand", "one hundred and five", "a dozen".
      let last = index;
      while (last + 1 < tokens.length && (isNumberWord(tokens[last + 1].text) || ((tokens[last + 1].lower === 'and' || tokens[last + 1].lower === 'a') && isNumberWord(tokens[last + 2]?.text ?? '')))) last++;
      const words = tokens.slice(index, last + 1).map((item) => item.text);
      value = wordsValue(words);
      if (value === null || (token.lower === 'one' && last === index && /^(of|another|day|side|thing|way|time|more)$/.test(tokens[index + 1]?.lower ?? ''))) {
        index++;
        continue;
      }
      // "number one enemy", "one of the", "no one" are not counts.
      if (tokens[index - 1]?.lower === 'number' || (tokens[index - 1]?.lower === 'no' && token.lower === 'one')) {
        index = last + 1;
        continue;
      }
      end = last;
      rule = 'words';
    } else if (VAGUE_COUNTS.has(token.lower) && (token.lower !== 'several' || /^\p{L}/u.test(tokens[index + 1]?.text ?? ''))) {
      value = null;
      qualifier = 'vague';
      rule = 'vague';
      if (token.lower === 'plenty' && tokens[index + 1]?.lower === 'of') end = index + 1;
      if (token.lower === 'tens' && tokens[index + 1]?.lower === 'of' && tokens[index + 2]?.lower in SCALES) end = index + 2;
    } else if (token.lower in FRACTIONS && /^(a|one|two|three)$/.test(tokens[index - 1]?.lower ?? '') && tokens[index + 1]?.lower === 'of') {
      value = FRACTIONS[token.lower] * (tokens[index - 1].lower === 'two' ? 2 : tokens[index - 1].lower === 'three' ? 3 : 1);
      rule = 'fraction';
    } else {
      index++;
      continue;
    }

    let start = index;
    // "three dozens", "half a dozen"
    if (rule === 'words' && /^dozens?$/.test(tokens[end + 1]?.lower ?? '') && value !== null) {
      value *= 12;
      end += 1;
    }
    // "two hundred point zero three"
    if (rule === 'words' && tokens[end + 1]?.lower === 'point' && value !== null) {
      let digitsAfter = '';
      let last = end + 2;
      while (last < tokens.length && (tokens[last].lower in DIGIT_WORDS || /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-\w+)?$/.test(tokens[last].lower))) {
        const word = tokens[last].lower;
        digitsAfter += word in DIGIT_WORDS ? DIGIT_WORDS[word] : String(wordsValue([word]));
        last++;
      }
      if (digitsAfter) {
        value = Number(`${value}.${digitsAfter}`);
        end = last - 1;
      }
    }
    // "-9.5", "minus five", "negative one"
    const before = tokens[index - 1];
    if (value !== null && before && (before.lower === 'minus' || before.lower === 'negative' || (before.text === '-' && before.end === token.start && !/[\p{L}\d]/u.test(text[before.start - 1] ?? '')))) {
      value = -value;
      start = index - 1;
    }
    // "fifty - two"
    if (rule === 'words' && tokens[end + 1]?.text === '-' && value !== null && value % 10 === 0 && value >= 20 && value < 100) {
      const unitWord = tokens[end + 2]?.lower ?? '';
      if (unitWord in SMALL_VALUES && SMALL_VALUES[unitWord] < 10) {
        value += SMALL_VALUES[unitWord];
        end += 2;
      }
    }
    // "one in five containers": a ratio.
    if (rule === 'words' || rule === 'digits') {
      const inWord = tokens[end + 1];
      const other = tokens[end + 2];
      if (inWord?.lower === 'in' && other && (isNumberWord(other.text) || /^\d+$/.test(other.text)) && value !== null) {
        const denominator = /^\d+$/.test(other.text) ? Number(other.text) : wordsValue([other.text]);
        // "one in five containers" is a ratio; "$10000 in 3 years" is not.
        if (denominator && value < denominator && denominator <= 1000 && !TIME_UNITS.has(tokens[end + 3]?.lower ?? '')) {
          value = value / denominator;
          end += 2;
          rule = 'ratio';
        }
      }
    }
    if (rule === 'fraction') start = index - 1;
    // Qualifier words right before the number.
    for (const candidate of QUALIFIERS_LONGEST_FIRST) {
      const from = start - candidate.words.length;
      if (from < 0) continue;
      if (candidate.words.every((word, offset) => tokens[from + offset].lower === word)) {
        if (qualifier === 'exact') qualifier = candidate.qualifier;
        start = from;
        break;
      }
    }
    if (/^(thousands|hundreds|millions|dozens|scores|tens)$/.test(tokens[end]?.lower ?? '') && rule !== 'vague') qualifier = 'vague';
    // A trailing "or so" approximates.
    if (tokens[end + 1]?.lower === 'or' && tokens[end + 2]?.lower === 'so') {
      qualifier = 'approximate';
      end += 2;
    }
    // The unit: a known unit right after, or the counted noun a few words on ("26 Hindu tourists").
    unit ??= unitAfter(tokens, end + 1, rule === 'fraction') ?? unitBefore(tokens, start);
    // "two months later", "six years ago": a stretch of time, which the times stage reads.
    if (unit && TIME_UNITS.has(unit) && /^(later|earlier|ago|before|after|since|on|afterwards|previously)$/.test(tokens[end + 2]?.lower ?? '')) {
      index = end + 1;
      continue;
    }
    found.push({ start: tokens[start].start, end: tokens[end].end, text: text.slice(tokens[start].start, tokens[end].end), value, unit, qualifier, rule });
    index = end + 1;
  }
  return found;
}

const TIME_UNITS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'decades', 'centuries']);

/** "the number of volunteer fighters at nearly 8,000": the counted noun stands before the number. */
function unitBefore(tokens: Token[], start: number): string | null {
  for (let index = start - 1; index >= Math.max(1, start - 8); index--) {
    if (tokens[index].lower === 'of' && /^(number|total|count|toll|tally)$/.test(tokens[index - 1].lower)) {
      return unitAfter(tokens, index + 1, false);
    }
  }
  return null;
}

function unitAfter(tokens: Token[], from: number, singularAllowed = false): string | null {
  const first = tokens[from];
  if (!first) return null;
  if (first.lower in UNIT_WORDS) return UNIT_WORDS[first.lower];
  if ((first.lower === 'per' && tokens[from + 1]?.lower === 'cent') || first.lower === 'percent') return 'percent';
  let index = from;
  if (first.lower === 'of') index++;
  if (/^(the|his|her|their|its|our)$/.test(tokens[index]?.lower ?? '')) index++;
  for (let step = 0; step < 4 && index < tokens.length; step++, index++) {
    const token = tokens[index];
    if (!/^[\p{L}][\p{L}'’-]*$/u.test(token.text)) return null;
    if (/^(of|and|or|in|on|at|to|for|from|with|by|the|a|an|who|which|that|were|was|are|is|had|have|has)$/.test(token.lower)) return null;
    // A plural noun ends the phrase: "rifles", "Pakistanis", "tourists", "aircrafts".
    if (/^\p{Ll}[\p{Ll}-]*s$/u.test(token.text) && !/(ss|us|is)$/.test(token.lower)) return token.lower;
    if (/^\p{Lu}[\p{L}-]*(ans|is|ers|ists|ites)$/u.test(token.text) && step === 0) return token.text;
    if (/^(people|children|men|women|police|staff|personnel|cattle|sheep|aircraft|fish|deer|youth|militia)$/.test(token.lower)) return token.lower;
    // "a third of its volume": a fraction counts a mass.
    if (singularAllowed && /^\p{Ll}+$/u.test(token.text)) return token.lower;
  }
  return null;
}
