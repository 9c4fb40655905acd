/**
 * What reads like a number and is not a quantity, one named rule per case, each with the text it
 * exists for. The engine drops a match any of these accepts. Durations are left to the engine (it
 * needs the counted noun): a number of years, days or hours is a time, which the times stage reads.
 */
import type { Reading } from './grammar.js';
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
const YEAR_BEFORE = /\b(in|since|of|by|from|until|till|before|after|during|the|early|late|mid|around|circa|c\.|fiscal|FY|year|spring|summer|autumn|fall|winter|its|their|his|her|between|and|to|through)\s*-?$/i;
/** Plural nouns that follow a year as its event: "the 1967 wars", "the 2024 elections". */
const YEAR_EVENTS = /^\s+(wars|elections|games|olympics|talks|protests|riots|accords|negotiations|floods|attacks|reforms|budgets|results|figures|levels|prices|rates|emissions)\b/i;

function before(text: string, candidate: Candidate, length = 30): string {
  return text.slice(Math.max(0, candidate.start - length), candidate.start);
}

function after(text: string, candidate: Candidate, length = 30): string {
  return text.slice(candidate.end, candidate.end + length);
}

const isPlainDigits = (surface: string) => /^\d+$/.test(surface);

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
      /^[:.]\d\d/.test(after(text, candidate)) && !/\d[:.]\d\d\d/.test(text.slice(candidate.start, candidate.end + 5)) ||
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
      const ends = surface.split(/\s*(?:-|–|—|\bto\b)\s*/);
      if (candidate.rule.startsWith('range')) return looksLikeYear(ends[0]) && (looksLikeYear(ends[1]) || /^\d{2}$/.test(ends[1]));
      if (!looksLikeYear(surface)) return false;
      // "1200 jobs" is a count, "the 1982 battle" and "in 1975" are years.
      const next = after(text, candidate, 20);
      if (/^\s+[a-z]+s\b/.test(next) && !YEAR_EVENTS.test(next)) return YEAR_BEFORE.test(before(text, candidate, 12));
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
      // Letters fused to the digits by a hyphen or followed by a letter: "F-16", "MH-17", "4B", "A380".
      if (/\p{L}-$/u.test(before(text, candidate, 2)) || /^[A-Z]\b/.test(after(text, candidate, 2))) return true;
      // "#5", "No 5", "number 10 seed".
      return /#$/.test(before(text, candidate, 1)) || /\bnumber\s*$/i.test(before(text, candidate, 8));
    },
  },
  {
    name: '"one" as a pronoun or determiner',
    example: 'one of the reasons; no one; one day; the one that; one another',
    test: (text, candidate) => {
      const surface = text.slice(candidate.start, candidate.end).toLowerCase();
      if (surface !== 'one' && surface !== 'a') return false;
      const next = /^\s*([\p{L}'’]+|[^\s\p{L}])/u.exec(after(text, candidate, 20))?.[1] ?? '.';
      const previous = /([\p{L}'’-]+)\s*$/u.exec(before(text, candidate, 20))?.[1] ?? '';
      return ONE_NOT_COUNTED_AFTER.test(next) || ONE_NOT_COUNTED_BEFORE.test(previous) || !/^\p{L}/u.test(next);
    },
  },
  {
    name: 'zero as a name',
    example: 'net zero; zero tolerance; a zero-sum game; ground zero',
    test: (text, candidate) => /^(zero|0)$/i.test(text.slice(candidate.start, candidate.end)) && (/\b(net|ground|year|patient|absolute)[\s-]*$/i.test(before(text, candidate, 10)) || /^[\s-]*(tolerance|sum|hour|day|emissions?\s+target)\b/i.test(after(text, candidate, 20))),
  },
  {
    name: 'part of a name or title',
    example: 'Catch-22; the G20 summit; Formula 1; Apollo 11; the Chicago Seven',
    test: (text, candidate) => isPlainDigits(text.slice(candidate.start, candidate.end)) && /\b(?:Formula|Apollo|Catch|Fahrenheit|Windows|Ocean['’]s|Studio|Channel|Area|Big|Top|Group\s+of)\s*-?$/u.test(before(text, candidate, 16)),
  },
  {
    name: 'ordinal in words or digits',
    example: 'the 16th round; 1st place; the third quarter',
    test: (text, candidate) => /^(?:st|nd|rd|th)\b/i.test(after(text, candidate, 3)),
  },
];

export function notAQuantity(text: string, candidate: Candidate): string | null {
  return NOT_QUANTITIES.find((rule) => rule.test(text, candidate))?.name ?? null;
}
