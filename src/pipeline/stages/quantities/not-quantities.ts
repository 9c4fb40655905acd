/**
 * What reads like a number and is not a quantity, one named rule per case, each with the text it
 * exists for. The engine drops a match any of these accepts. Durations are left to the engine (it
 * needs the counted noun): a number of years, days or hours is a time, which the times stage reads.
 */
import type { Reading } from './grammar.js';
import { FUNCTION_WORDS } from './counted.js';
import { IDENTIFIER_NOUNS, ONE_NOT_COUNTED_AFTER, ONE_NOT_COUNTED_BEFORE } from './lexicon.js';

export interface Candidate {
  start: number;
  end: number;
  rule: string;
  reading: Reading;
}

interface NotQuantity {
  name: string;
  example: string;
  test(text: string, candidate: Candidate): boolean;
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\.?\s*$`, 'i');
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s*(?:of\s+)?${MONTH}\b`, 'i');

/** Words before a four-digit number that make it a year even before a plural noun: "in 1975", "the 1982 battle". */
const YEAR_BEFORE =
  /\b(in|since|of|by|from|until|till|before|after|during|the|early|late|mid|around|circa|c\.|fiscal|FY|year|spring|summer|autumn|fall|winter|its|their|his|her|between|and|to|through)\s*-?$/i;
/** Plural nouns that follow a year as its event: "the 1967 wars", "the 2024 elections". */
const YEAR_EVENTS = /^\s+(wars|elections|games|olympics|talks|protests|riots|accords|negotiations|floods|attacks|reforms|budgets|results|figures|levels|prices|rates|emissions)\b/i;

function before(text: string, candidate: Candidate, length = 30): string {
  return text.slice(Math.max(0, candidate.start - length), candidate.start);
}

function after(text: string, candidate: Candidate, length = 30): string {
  return text.slice(candidate.end, candidate.end + length);
}

const isPlainDigits = (surface: string) => /^\d+$/.test(surface);
/** Naming nouns that make the number after them a name even in lower case: "chapter 11", "flight 217". */
const ALWAYS_IDENTIFIER_NOUNS =
  /^(chapter|section|article|paragraph|clause|page|flight|room|gate|platform|route|resolution|interstate|highway|exit|junction|pier|terminal|precinct|ward|district|no\.|nos\.)$/i;
/** Units fused to the digits: "29km", "180ml", "2Mbps". */
const ATTACHED_MEASURE = /^(?:km|kg|mm|cm|ml|m|g|mph|kph|mw|gw|kwh|mbps|gbps|gb|mb|tb|ghz|mhz|ft|in|lb|lbs|oz|bn|mn|k)\b/i;

function looksLikeYear(surface: string): boolean {
  if (!/^\d{4}s?$/.test(surface)) return false;
  const year = Number(surface.slice(0, 4));
  return year >= 1500 && year <= 2100;
}

export const NOT_QUANTITIES: NotQuantity[] = [
  {
    name: 'clock time',
    example: 'at 3:15 PM; at 10 a.m.; 9.30pm; five o’clock',
    test: (text, candidate) =>
      (/^[:.]\d\d/.test(after(text, candidate)) && !/\d[:.]\d\d\d/.test(text.slice(candidate.start, candidate.end + 5))) ||
      /\d[:]$/.test(before(text, candidate)) ||
      /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|[ap]m\b|o['’]clock|hrs\b|GMT|UTC|EST|EDT|BST)/i.test(after(text, candidate)),
  },
  {
    name: 'date',
    example: 'on April 22; 22 April; Oct. 7; the 5th of May',
    test: (text, candidate) => !candidate.reading.marked && (MONTH_BEFORE.test(before(text, candidate, 12)) || MONTH_AFTER.test(after(text, candidate, 14))),
  },
  {
    name: 'year or year range',
    example: 'in 1975; the 2011-12 season; from 2019 to 2021; the 1990s; 1967 and 1973',
    test: (text, candidate) => {
      if (candidate.reading.marked) return false;
      const surface = text.slice(candidate.start, candidate.end);
      const ends = surface.replace(/^between\s+/i, '').split(/\s*(?:-|–|—|\bto\b|\band\b)\s*/);
      if (candidate.rule.startsWith('range')) return looksLikeYear(ends[0]) && (looksLikeYear(ends[1]) || /^\d{2}$/.test(ends[1]));
      if (!looksLikeYear(surface)) return false;
      // "1200 jobs" is a count, "the 1982 battle" and "in 1975" are years.
      const next = after(text, candidate, 20);
      if (/^\s+[a-z]+s\b/.test(next) && !/^\s+(was|is|has|does|this|thus|as|us|its|his|plus|less|unless|across|news|always|perhaps)\b/.test(next) && !YEAR_EVENTS.test(next))
        return YEAR_BEFORE.test(before(text, candidate, 12));
      return true;
    },
  },
  {
    name: 'identifier or code',
    example: 'Interstate 405; Prop. 13; Resolution 3379; No. 10; F-16; Covid-19; room 4B',
    test: (text, candidate) => {
      if (candidate.reading.kind === 'money' || candidate.reading.kind === 'percent') return false;
      const surface = text.slice(candidate.start, candidate.end);
      if (!/^\d/.test(surface)) return false;
      const previous = /([\p{L}][\p{L}.]*)\s*$/u.exec(before(text, candidate, 24))?.[1] ?? '';
      // A capitalised naming noun ("Interstate", "Prop.", "Flight") or an abbreviation ("No.") names a thing.
      if (/^\p{Lu}/u.test(previous) && IDENTIFIER_NOUNS.has(previous.toLowerCase())) return true;
      if (ALWAYS_IDENTIFIER_NOUNS.test(previous)) return true;
      // Letters fused to the digits by a hyphen or followed by a letter: "F-16", "MH-17", "4B", "A380".
      if (/\p{L}-$/u.test(before(text, candidate, 2)) || /^[A-Z]\b/.test(after(text, candidate, 2))) return true;
      // Letters fused after the digits that are not a measure: "4B", "2Mbps" is a speed but "3G", "A4" are names.
      if (/^\p{L}/u.test(after(text, candidate, 1)) && !ATTACHED_MEASURE.test(after(text, candidate, 6))) return true;
      return /#$/.test(before(text, candidate, 1));
    },
  },
  {
    name: 'capitalised number word inside a sentence',
    example: 'the Six Nations; the Fantastic Four; the Chicago Seven',
    test: (text, candidate) => /^\p{Lu}\p{Ll}/u.test(text.slice(candidate.start, candidate.end)) && candidate.reading.kind === 'count' && /[\p{L},;)]\s+$/u.test(before(text, candidate, 4)),
  },
  {
    name: 'age after a name',
    example: 'Mr Ebbers, 63, directed; Ana Kessel, 41, said',
    test: (text, candidate) => /^\d{1,3}$/.test(text.slice(candidate.start, candidate.end)) && /\p{Lu}[\p{L}'’-]*,\s*$/u.test(before(text, candidate, 30)) && /^\s*,/.test(after(text, candidate, 3)),
  },
  {
    name: 'rank or position',
    example: 'at number two; the top ten; No. 1',
    test: (text, candidate) => /\b(number|top|no\.?)\s*$/i.test(before(text, candidate, 8)) && candidate.reading.kind === 'count',
  },
  {
    name: 'score, odds or a slashed pair',
    example: 'won 6-3 6-2; a 45-6 humiliation; a 2-1 loss; 5/4 favourite; 24/7',
    test: (text, candidate) => {
      const surface = text.slice(candidate.start, candidate.end);
      if (/^\d+\s*[-–]\s*\d+$/.test(surface) && /^\s+(win|defeat|loss|draw|victory|lead|thrashing|humiliation|scoreline|home|away|triumph|rout|success|result)\b/i.test(after(text, candidate, 14)))
        return true;
      if (!/^\d+$/.test(surface)) return false;
      return /^[-–/]\d/.test(after(text, candidate, 2)) || /\d[-–/]$/.test(before(text, candidate, 2));
    },
  },
  {
    name: 'half of a match or a position',
    example: 'the second half; a fly-half; the better half',
    test: (text, candidate) =>
      /^half$/i.test(text.slice(candidate.start, candidate.end)) &&
      /\b(first|second|other|better|latter|former|top|bottom|back|fly|scrum|opening|closing|final|the)[\s-]$/i.test(before(text, candidate, 10)),
  },
  {
    name: '"one" as a pronoun or determiner',
    example: 'one of the reasons; no one; one day; the one that; one another',
    test: (text, candidate) => {
      const surface = text.slice(candidate.start, candidate.end).toLowerCase();
      if (surface !== 'one' && surface !== 'a') return false;
      const next = /^\s*([\p{L}'’]+|[^\s\p{L}])/u.exec(after(text, candidate, 20))?.[1] ?? '.';
      const previous = /([\p{L}'’-]+)\s*$/u.exec(before(text, candidate, 20))?.[1] ?? '';
      // "one effect of the war": "one" before a noun and "of" picks one out, it does not count.
      const determiner = /^\s*\p{Ll}+\s+of\b/u.test(after(text, candidate, 30));
      return ONE_NOT_COUNTED_AFTER.test(next) || ONE_NOT_COUNTED_BEFORE.test(previous) || !/^\p{L}/u.test(next) || determiner;
    },
  },
  {
    name: 'ordinal after "a"',
    example: 'a ninth straight clean sheet; a third term; a second round (but "cut by a third", "a third of")',
    test: (text, candidate) => {
      if (candidate.reading.kind !== 'fraction' || !/^(an?|one)\s+\p{L}+$/iu.test(text.slice(candidate.start, candidate.end))) return false;
      const next = /^\s+([\p{L}'’-]+)/u.exec(after(text, candidate, 20))?.[1] ?? '';
      // An ordinal is followed by its noun or an adjective; a fraction by "of", a comparative or a function word.
      return next !== '' && !FUNCTION_WORDS.test(next) && !/^(higher|lower|larger|smaller|bigger|cheaper|faster|slower|longer|shorter|again)$/i.test(next);
    },
  },
  {
    name: 'zero as a name',
    example: 'net zero; zero tolerance; a zero-sum game; ground zero',
    test: (text, candidate) =>
      /^(zero|0)$/i.test(text.slice(candidate.start, candidate.end)) &&
      (/\b(net|ground|year|patient|absolute|next\s+to)[\s-]*$/i.test(before(text, candidate, 10)) || /^[\s-]*(tolerance|sum|hour|day|emissions?\s+target)\b/i.test(after(text, candidate, 20))),
  },
  {
    name: 'part of a name or title',
    example: 'Catch-22; the G20 summit; Formula 1; Apollo 11; the Chicago Seven',
    test: (text, candidate) =>
      isPlainDigits(text.slice(candidate.start, candidate.end)) &&
      /\b(?:Formula|Apollo|Catch|Fahrenheit|Windows|Ocean['’]s|Studio|Channel|Area|Big|Top|Group\s+of)\s*-?$/u.test(before(text, candidate, 16)),
  },
  {
    name: 'ordinal in words or digits',
    example: 'the 16th round; 1st place; the third quarter',
    test: (text, candidate) => /^(?:st|nd|rd|th)\b/i.test(after(text, candidate, 3)),
  },
];

/**
 * Checked once the counted thing is known: a bare number after a capitalised word with nothing
 * counted is part of a name ("PlayStation 3", "Precinct 13", "Holland 14").
 */
export function nameWithNumber(text: string, candidate: Candidate, unit: string | null): boolean {
  if (unit || candidate.reading.kind !== 'count' || !/^\d{1,4}$/.test(text.slice(candidate.start, candidate.end))) return false;
  // "Fiji (3), Australia (6)": a seed or rank in brackets after a name.
  if (/\p{Lu}[\p{L}.'’-]*\s*\($/u.test(before(text, candidate, 30)) && /^\)/.test(after(text, candidate, 1))) return true;
  const previous = /(\S+)\s+$/u.exec(before(text, candidate, 30));
  if (!previous || !/^\p{Lu}[\p{L}-]*$/u.test(previous[1])) return false;
  // The first word of a sentence is capitalised for another reason.
  return !/(^|[.!?:"“]\s*)$/.test(before(text, candidate, 30).slice(0, -previous[0].length));
}

export function notAQuantity(text: string, candidate: Candidate): string | null {
  return NOT_QUANTITIES.find((rule) => rule.test(text, candidate))?.name ?? null;
}
