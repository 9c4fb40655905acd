import * as chrono from 'chrono-node';
import { wordsValue } from '../quantities/number-words.js';
import { tenseAround } from './tense.js';
import { atGranularity, duration, isoWeek, pad, quarter, shift, unitOf, ymd, type Unit } from './calendar.js';

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface FoundTime {
  start: number;
  end: number;
  text: string;
  value: string;
  type: TimeType;
  rule: string;
}

interface Context {
  reference: Date | null;
  /** The last date the text mentioned before this expression, and how finely: what "six months later" counts from. */
  anchor: { date: Date; unit: Unit } | null;
  /** Every full date mentioned so far, for "the April attack". */
  mentioned: Array<{ date: Date; unit: Unit }>;
  /** The sentence around the expression, to tell past from future. */
  sentence: string;
  /** The whole text and where the expression stands in it, for the words of its own clause. */
  text: string;
  start: number;
  end: number;
}

interface Candidate {
  start: number;
  end: number;
  rule: string;
  priority: number;
  resolve(context: Context): { value: string; type: TimeType; date?: Date; unit?: Unit } | null;
}

const NUMBER = String.raw`(?:\d+(?: 1\/2|\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a few|several|a couple of|(?:twenty|thirty|forty|fifty)-\w+)`;
const UNIT = String.raw`(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)|quarters?)`;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;

function amountOf(word: string): number | null {
  const lower = word.toLowerCase();
  // "2 1/2 years"
  if (/^\d+ 1\/2$/.test(lower)) return Number(lower.slice(0, -4)) + 0.5;
  if (/^\d/.test(lower)) return Number(lower);
  if (lower === 'a few' || lower === 'several' || lower === 'a couple of') return lower === 'a couple of' ? 2 : null;
  return wordsValue(lower.split(/[\s]+/));
}

function monthIndex(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return MONTH_NAMES.findIndex((name) => name.startsWith(lower.slice(0, 3)));
}

const WEEKDAY_FUTURE = /\b(will|next|scheduled|upcoming|plans? to|is due|are due|is to|are to)\b/i;

type Rule = {
  pattern: RegExp;
  /**
   * Words every match holds (case-insensitive, not global): a text without them is not scanned for
   * the rule, which could find nothing in it. Given where such words are rare in news.
   */
  needs?: RegExp;
  rule: string;
  priority?: number;
  resolve: (match: RegExpExecArray, context: Context) => ReturnType<Candidate['resolve']>;
};

/** The rules, exported for the test that each rule's `needs` is in all its matches. */
export const TIME_RULES: readonly Rule[] = [
  {
    rule: 'reference.present',
    // Measured on TimeBank: "now" (also "until now", "for now"), "currently" and the adjective "current" are mostly annotated.
    pattern: /\b(now|currently|current|at present|nowadays|these days|at the moment|the present)\b(?! account)/gi,
    resolve: () => ({ value: 'PRESENT_REF', type: 'DATE' }),
  },
  {
    rule: 'reference.past',
    pattern: /\b(recently|the past)\b/gi,
    resolve: () => ({ value: 'PAST_REF', type: 'DATE' }),
  },
  {
    // "in recent years": TimeML reads a stretch of unknown length (PXY), not a point in the past
    rule: 'duration.recent',
    priority: 2,
    pattern: /\b(?:in |over |during )?recent (years|months|weeks|days|decades)\b/gi,
    needs: /recent /i,
    resolve: (match) => {
      const unit = unitOf(match[1]);
      return unit ? { value: unit === 'decade' ? 'PXDE' : duration(null, unit), type: 'DURATION' } : null;
    },
  },
  {
    rule: 'reference.future',
    pattern: /\b((?:in )?the (?:near |distant )?future|in coming (?:years|months))\b/gi,
    needs: /future|in coming/i,
    resolve: () => ({ value: 'FUTURE_REF', type: 'DATE' }),
  },
  {
    // "the early 80s", "the 1980s", "the '90s"
    rule: 'decade',
    priority: 2,
    pattern: /\b(?:the )?(?:(early|mid|late)[- ])?(?:(1[5-9]|20)(\d)0s|['’](\d)0s|\b(\d)0s)\b/gi,
    needs: /0s/i,
    resolve: (match) => {
      const century = match[2] ?? (Number(match[4] ?? match[5]) >= 3 ? '19' : '20');
      const decade = match[3] ?? match[4] ?? match[5];
      // TimeML writes a decade as its first three digits: "the 1990s" is "199".
      return { value: `${century}${decade}`, type: 'DATE' };
    },
  },
  {
    // "this week", "last month", "next year", "the past year", "this quarter"
    rule: 'relative.deictic',
    priority: 2,
    // "last week after talks" is still last week; only "ago/earlier/later" make it a stretch counted back.
    pattern: /\b(this|last|next|the past|the coming|the previous|the current)\s+(year|quarter|month|week|summer|winter|spring|autumn|fall)\b(?!\s+(?:ago|earlier|later))/gi,
    resolve: (match, context) => {
      const word = match[1].toLowerCase();
      const unitWord = match[2].toLowerCase();
      if (word === 'a' || word === 'the past' || word === 'the coming') {
        const unit = unitOf(unitWord);
        return unit ? { value: duration(1, unit), type: 'DURATION' } : null;
      }
      const season = { summer: 'SU', winter: 'WI', spring: 'SP', autumn: 'FA', fall: 'FA' }[unitWord];
      const unit = season ? 'year' : (unitOf(unitWord) as Unit);
      const offset = word === 'last' || word === 'the previous' ? -1 : word === 'next' ? 1 : 0;
      if (!context.reference) return { value: season ? `XXXX-${season}` : unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : unit === 'quarter' ? 'XXXX-QX' : 'XXXX', type: 'DATE' };
      const date = shift(context.reference, unit, offset);
      return { value: season ? `${date.getUTCFullYear()}-${season}` : atGranularity(date, unit), type: 'DATE', date, unit };
    },
  },
  {
    // "the third quarter", "third-quarter", "the first quarter of 2024", "the 1988 second quarter", "the year-ago third quarter"
    rule: 'quarter',
    priority: 2,
    pattern: /\b(?:the )?(?:(\d{4}) |(year-ago|year-earlier|year-before|previous year's|last year's) )?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?: of (\d{4}))?\b/gi,
    needs: /quarter/i,
    resolve: (match, context) => {
      const number = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }[match[3].toLowerCase()]!;
      const written = match[1] ?? match[4];
      if (!written && !context.reference) return { value: `XXXX-Q${number}`, type: 'DATE' };
      let year = written ? Number(written) : context.reference!.getUTCFullYear();
      if (!written && match[2]) year -= 1;
      // "profits for the fourth quarter" in a January paper: a quarter not yet begun is last year's, unless the clause looks ahead.
      if (!written && !match[2] && Date.UTC(year, (number - 1) * 3, 1) > context.reference!.getTime() && tenseAround(context.text, context.start, context.end) !== 'future') year -= 1;
      return { value: `${year}-Q${number}`, type: 'DATE', date: new Date(Date.UTC(year, (number - 1) * 3, 1)), unit: 'quarter' };
    },
  },
  {
    // "the latest quarter", "the quarter": in a report, the last quarter that has ended
    rule: 'quarter.latest',
    priority: 1,
    pattern: /\bthe (?:latest |most recent |current )?(?:quarter|period)\b/gi,
    needs: /quarter|period/i,
    resolve: (match, context) => {
      if (!context.reference) return { value: 'XXXX-QX', type: 'DATE' };
      const date = /current/i.test(match[0]) ? context.reference : shift(context.reference, 'month', -3);
      return { value: quarter(date), type: 'DATE', date: new Date(Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3, 1)), unit: 'quarter' };
    },
  },
  {
    // "June last year", "January this year", "this year's third quarter", "last May"
    rule: 'month-of-deictic-year',
    priority: 4,
    pattern: new RegExp(String.raw`\b(?:(${MONTH})\.?(?: of)? (this|last|next) year|(this|last|next) year['’]s (first|second|third|fourth) quarter|(last|next|this) (${MONTH})\b\.?(?! \d))`, 'gi'),
    resolve: (match, context) => {
      if (match[5]) {
        const month = monthIndex(match[6]);
        if (!context.reference) return { value: `XXXX-${pad(month + 1)}`, type: 'DATE' };
        const current = context.reference.getUTCMonth();
        const which = match[5].toLowerCase();
        let year = context.reference.getUTCFullYear();
        if (which === 'last' && month >= current) year -= 1;
        if (which === 'next' && month <= current) year += 1;
        return { value: `${year}-${pad(month + 1)}`, type: 'DATE', date: new Date(Date.UTC(year, month, 1)), unit: 'month' };
      }
      const which = (match[2] ?? match[3]).toLowerCase();
      const offset = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      const year = context.reference ? String(context.reference.getUTCFullYear() + offset) : 'XXXX';
      if (match[1]) {
        const month = monthIndex(match[1]) + 1;
        return { value: `${year}-${pad(month)}`, type: 'DATE', ...(year !== 'XXXX' ? { date: new Date(Date.UTC(Number(year), month - 1, 1)), unit: 'month' as Unit } : {}) };
      }
      const number = { first: 1, second: 2, third: 3, fourth: 4 }[match[4].toLowerCase() as 'first'];
      return { value: `${year}-Q${number}`, type: 'DATE' };
    },
  },
  {
    // "next Friday", "last Wednesday", "this coming Thursday", "Tuesday of last week", "next week Wednesday"
    rule: 'weekday.deictic',
    priority: 4,
    pattern:
      /\b(?:on\s+)?(?:(this|next|last|previous|coming|following|this coming)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+of\s+(this|next|last|previous|the following)\s+week|(this|next|last|previous)\s+week(?:\s*-\s*|\s+)(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/gi,
    resolve: (match, context) => {
      const which = (match[1] ?? match[4] ?? match[5]).toLowerCase();
      const dayName = (match[2] ?? match[3] ?? match[6]).toLowerCase();
      const weekday = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf(dayName);
      if (!context.reference) return { value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}`, type: 'DATE' };
      const weekOffset = /next|following|coming/.test(which) ? 1 : /last|previous/.test(which) ? -1 : 0;
      // Monday-based week of the reference, then the named day in the week `weekOffset` away.
      const reference = context.reference;
      const mondayOffset = (reference.getUTCDay() + 6) % 7;
      const monday = shift(reference, 'day', -mondayOffset + weekOffset * 7);
      const date = shift(monday, 'day', (weekday + 6) % 7);
      return { value: ymd(date), type: 'DATE', date, unit: 'day' };
    },
  },
  {
    // "two days after today", "three days before tomorrow"
    rule: 'relative.from-today',
    priority: 4,
    pattern: new RegExp(String.raw`\b(${NUMBER})\s+(days?|weeks?)\s+(after|before|from)\s+(today|tomorrow|yesterday|now)\b`, 'gi'),
    needs: /today|tomorrow|yesterday|now/i,
    resolve: (match, context) => {
      const unit = unitOf(match[2]);
      const amount = amountOf(match[1]);
      if (!unit || amount === null || !context.reference) return null;
      const base = shift(context.reference, 'day', { today: 0, now: 0, tomorrow: 1, yesterday: -1 }[match[4].toLowerCase() as 'today']);
      const date = shift(base, unit, match[3].toLowerCase() === 'before' ? -amount : amount);
      return { value: ymd(date), type: 'DATE', date, unit: 'day' };
    },
  },
  {
    // "the year-ago quarter", "the year-earlier period": the same quarter a year before
    rule: 'quarter.year-ago',
    priority: 3,
    pattern: /\b(?:the )?year[- ](?:ago|earlier)(?: (?:quarter|period|level|figure|results?))?\b/gi,
    needs: /year[- ](?:ago|earlier)/i,
    resolve: (_match, context) => {
      const base = context.anchor?.unit === 'quarter' ? context.anchor.date : context.reference ? shift(context.reference, 'month', -3) : null;
      if (!base) return { value: 'XXXX-QX', type: 'DATE' };
      const date = shift(base, 'year', -1);
      return { value: quarter(date), type: 'DATE' };
    },
  },
  {
    // "the weekend", "this morning", "yesterday afternoon"
    rule: 'part-of-day',
    priority: 3,
    pattern: /\b(this|last|the|yesterday|tomorrow|today)\s+(weekend|morning|afternoon|evening|night)\b/gi,
    needs: /weekend|morning|afternoon|evening|night/i,
    resolve: (match, context) => {
      const which = match[1].toLowerCase();
      const part = match[2].toLowerCase();
      if (part === 'weekend') {
        if (!context.reference) return { value: 'XXXX-WXX-WE', type: 'DATE' };
        // "the weekend" in a weekday's paper is the one just past, unless the sentence looks ahead.
        const weekday = context.reference.getUTCDay();
        const justPast = which === 'last' || (which === 'the' && weekday >= 1 && weekday <= 5 && !WEEKDAY_FUTURE.test(context.sentence));
        return { value: `${isoWeek(shift(context.reference, 'week', justPast ? -1 : 0))}-WE`, type: 'DATE' };
      }
      const code = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[part];
      if (which === 'the') return null;
      if (!context.reference) return { value: `XXXX-XX-XXT${code}`, type: 'TIME' };
      const offset = which === 'yesterday' || which === 'last' ? -1 : which === 'tomorrow' ? 1 : 0;
      return { value: `${ymd(shift(context.reference, 'day', offset))}T${code}`, type: 'TIME' };
    },
  },
  {
    // "two years ago", "a week ago"
    rule: 'relative.ago',
    priority: 3,
    pattern: new RegExp(String.raw`\b(${NUMBER})\s+(${UNIT})\s+ago\b`, 'gi'),
    needs: /ago/i,
    resolve: (match, context) => {
      const unit = unitOf(match[2]);
      const amount = amountOf(match[1]);
      if (!unit) return null;
      if (!context.reference || amount === null) return { value: 'PAST_REF', type: 'DATE' };
      // In a report about a quarter, "a year ago" is that quarter a year before.
      if (context.anchor?.unit === 'quarter' && unit === 'year') {
        const date = shift(context.anchor.date, 'year', -amount);
        return { value: quarter(date), type: 'DATE', date, unit: 'quarter' };
      }
      const date = shift(context.reference, unit, -amount);
      return { value: atGranularity(date, unit === 'hour' || unit === 'minute' ? 'day' : unit), type: 'DATE', date, unit };
    },
  },
  {
    // "a week before the April attack", "two days after the vote", "six months later"
    rule: 'relative.anchored',
    priority: 3,
    pattern: new RegExp(String.raw`\b(${NUMBER})\s+(${UNIT})\s+(later|earlier|afterwards|before|after)(?:\s+the\s+(${MONTH})\s+([a-z]+))?`, 'gi'),
    resolve: (match, context) => {
      const unit = unitOf(match[2]);
      const amount = amountOf(match[1]);
      if (!unit || amount === null) return null;
      const direction = /later|after/i.test(match[3]) ? 1 : -1;
      let anchor = context.anchor;
      if (match[4]) {
        // "the April attack": the last date mentioned in that month, or the month itself.
        const month = monthIndex(match[4]);
        let known: (typeof context.mentioned)[number] | undefined;
        for (let index = context.mentioned.length - 1; index >= 0 && !known; index--) {
          const item = context.mentioned[index];
          if (item.date.getUTCMonth() === month && item.unit === 'day') known = item;
        }
        if (known) anchor = known;
        else if (context.reference) {
          const year = context.reference.getUTCMonth() >= month ? context.reference.getUTCFullYear() : context.reference.getUTCFullYear() - 1;
          anchor = { date: new Date(Date.UTC(year, month, 1)), unit: 'month' };
        } else return { value: `XXXX-${pad(month + 1)}`, type: 'DATE' };
      }
      // "a week after it was stopped": the anchor is an event the text does not date; only the stretch is known.
      if (!match[4] && (match[3].toLowerCase() === 'before' || match[3].toLowerCase() === 'after')) {
        return { value: unit === 'decade' ? `P${amount}DE` : duration(amount, unit), type: 'DURATION' };
      }
      anchor ??= context.reference ? { date: context.reference, unit: 'day' } : null;
      if (!anchor) return null;
      const date = shift(anchor.date, unit, direction * amount);
      // As finely as the anchor: six months after February 1974 is August 1974, a year before a quarter is a quarter.
      const granularity: Unit = anchor.unit === 'day' && (unit === 'year' || unit === 'decade') ? unit : finer(unit, anchor.unit);
      return { value: atGranularity(date, granularity), type: 'DATE', date, unit: granularity };
    },
  },
  {
    // "the year ended Sept. 30" is a stretch of a year; "the full year", "the fiscal year" the paper's year
    rule: 'year.fiscal',
    priority: 2,
    pattern: /\bthe (?:(full|fiscal|current fiscal|current|calendar) )?year(?: (end(?:ed|ing)|to date))?\b(?!-)/gi,
    resolve: (match, context) => {
      if (match[2] && /^end/i.test(match[2])) return { value: 'P1Y', type: 'DURATION' };
      if (!match[1]) return null;
      if (!context.reference) return { value: 'XXXX', type: 'DATE' };
      const year = context.reference.getUTCFullYear();
      return { value: String(year), type: 'DATE', date: new Date(Date.UTC(year, 0, 1)), unit: 'year' };
    },
  },
  {
    // "nineteen ninety-six", "the year two thousand": years spoken in broadcast transcripts
    rule: 'year.spoken',
    priority: 2,
    pattern:
      /\b(?:(nineteen|eighteen|twenty)[- ]((?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)|(?:the year )?two thousand(?:(?: and)? (one|two|three|four|five|six|seven|eight|nine|ten))?)(?![\w-])(?!\s+(?:hundred|thousand|million|dollars|people|[a-z]+s\b))/gi,
    needs: /nineteen|eighteen|twenty|two thousand/i,
    resolve: (match) => {
      if (!match[1]) {
        const year = 2000 + (match[3] ? (wordsValue([match[3]]) ?? 0) : 0);
        return { value: String(year), type: 'DATE', date: new Date(Date.UTC(year, 0, 1)), unit: 'year' };
      }
      const century = wordsValue([match[1]]) ?? 0;
      const rest = wordsValue([match[2]]) ?? 0;
      const year = century * 100 + rest;
      return { value: String(year), type: 'DATE', date: new Date(Date.UTC(year, 0, 1)), unit: 'year' };
    },
  },
  {
    // "the 20th century" is "19", "the 11th century" "10": TimeML writes a century as its first two digits
    rule: 'century',
    priority: 2,
    pattern: /\b(?:the )?(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi,
    needs: /century/i,
    resolve: (match) => ({ value: pad(Number(match[1]) - 1, 2), type: 'DATE' }),
  },
  {
    // "that year", "the following year", "the same month": the year or month the text is about
    rule: 'anchored.same-or-next',
    priority: 2,
    pattern: /\b(that|the following|the next|the same|the previous|the preceding)\s+(year|month|week|day)\b/gi,
    resolve: (match, context) => {
      const which = match[1].toLowerCase();
      const unit = unitOf(match[2]);
      if (!unit) return null;
      // "the next year" with nothing placed before it is the coming year, which relative.deictic reads.
      if (!context.anchor || (which === 'the next' && context.anchor.date === context.reference))
        return which === 'that' || which === 'the same' ? null : { value: duration(1, unit), type: 'DURATION' };
      const offset = which === 'the following' || which === 'the next' ? 1 : which === 'the previous' || which === 'the preceding' ? -1 : 0;
      const date = shift(context.anchor.date, unit, offset);
      return { value: atGranularity(date, unit), type: 'DATE', date, unit };
    },
  },
  {
    // "the next few days", "the past several weeks", "within weeks", "for some weeks"
    rule: 'duration.vague',
    priority: 2,
    pattern:
      /\b(?:(?:the|over the|in the|for the|during the)\s+(?:next|past|last|coming|previous|first)\s+(?:few|several|couple of)\s+|(?:within|for|over|after)\s+(?:some\s+|several\s+|a few\s+)?)(days|weeks|months|years|decades|hours|minutes)\b(?!\s+(?:ago|later|earlier))/gi,
    resolve: (match) => {
      const unit = unitOf(match[1]);
      return unit ? { value: unit === 'decade' ? 'PXDE' : duration(null, unit), type: 'DURATION' } : null;
    },
  },
  {
    // "three years", "a two-year", "the past five years", "for decades", "years"
    rule: 'duration',
    priority: 1,
    // "two more weeks", "an additional year", "eight trading days" count the same stretch.
    pattern: new RegExp(
      String.raw`\b(?:(?:the (?:past|last|next|first|previous) )?(${NUMBER})[- ](?:(?:more|additional|extra|further|trading|business|working|straight|consecutive) )?(${UNIT})(?:[- ]long|[- ]old)?|(?:for |in )(decades|years|months|weeks|centuries))\b(?!\s+(?:ago|later|earlier|before|after))`,
      'gi',
    ),
    resolve: (match) => {
      // "a 6-year-old", "52 years old": an age, not a stretch of time; "three-quarters" is a fraction.
      if (/[- ]old$/i.test(match[0]) || /-quarters?$/i.test(match[0])) return null;
      // "$5 a year", "once a week": a rate, not a stretch of time.
      if (
        /^an?$/i.test(match[1] ?? '') &&
        !/\b(for|in|over|within|after|about|nearly|than|almost|of|past|last|first|next|whole|full|half|least|than|him|her|them|us|me|it|you|another|take|takes|took|taking|spend|spent|lasted|lasts)\s*$/i.test(
          match.input.slice(Math.max(0, match.index - 12), match.index),
        )
      )
        return null;
      if (match[3]) return { value: duration(null, unitOf(match[3])!), type: 'DURATION' };
      const unit = unitOf(match[2]);
      if (!unit) return null;
      const amount = amountOf(match[1]);
      if (unit === 'decade') return { value: amount === null ? 'PXDE' : `P${amount}DE`, type: 'DURATION' };
      return { value: duration(amount, unit), type: 'DURATION' };
    },
  },
  {
    rule: 'set',
    priority: 2,
    pattern: /\b(every (?:year|month|week|day|morning|night)|each (?:year|month|week|day)|annually|yearly|monthly|weekly|daily|nightly)\b/gi,
    needs: /every|each|annually|yearly|monthly|weekly|daily|nightly/i,
    resolve: (match) => {
      const word = match[1].toLowerCase();
      const code = /year|annual/.test(word) ? 'P1Y' : /month/.test(word) ? 'P1M' : /week/.test(word) ? 'P1W' : 'P1D';
      return { value: code, type: 'SET' };
    },
  },
  {
    // Bare years: "in 1975", "back in 2020", "since 1947", "mid-2005", "1967 and 1973".
    rule: 'year',
    priority: 0,
    pattern: /\b(?:mid-)?(1[5-9]\d\d|20\d\d)\b(?!\s*(?:[-–]?\s*(?:\d|[a-z]+s\b)|%|,\d))/g,
    resolve: (match) => ({ value: match[1], type: 'DATE', date: new Date(Date.UTC(Number(match[1]), 0, 1)), unit: 'year' }),
  },
];

function finer(a: Unit, b: Unit): Unit {
  const order: Unit[] = ['minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade', 'century'];
  return order.indexOf(a) < order.indexOf(b) ? a : b;
}

const CHRONO_DURATION = new RegExp(String.raw`^(in|within|for|after|over|during)\s+(the\s+)?(${NUMBER}\s+)?${UNIT}$`, 'i');

/** What any date chrono could find must contain; lines without it are not handed to chrono at all. */
const DATE_HINT = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|noon|midnight)/i;

/** chrono over the lines that could hold a date, with offsets back into the whole text. */
/**
 * chrono reads a line at a time; its refiners look back over the whole line before each result,
 * which is quadratic on one long line (a megabyte with no line break). Longer lines are read in
 * pieces cut after a sentence end, or at white space, within this many characters.
 */
const MAX_CHRONO_PIECE = 2000;

function pieces(line: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let start = 0;
  while (line.length - start > MAX_CHRONO_PIECE) {
    const window = line.slice(start, start + MAX_CHRONO_PIECE);
    let cut = window.lastIndexOf('. ');
    if (cut < MAX_CHRONO_PIECE / 2) cut = window.lastIndexOf(' ');
    cut = cut < MAX_CHRONO_PIECE / 2 ? MAX_CHRONO_PIECE : cut + 1;
    found.push([start, start + cut]);
    start += cut;
  }
  found.push([start, line.length]);
  return found;
}

function parseWithChrono(text: string, instant: Date): Array<{ result: chrono.ParsedResult; index: number }> {
  const results: Array<{ result: chrono.ParsedResult; index: number }> = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (DATE_HINT.test(line)) {
      for (const [from, to] of pieces(line)) {
        const piece = line.slice(from, to);
        if (!DATE_HINT.test(piece)) continue;
        for (const result of chrono.casual.parse(piece, { instant, timezone: 0 })) results.push({ result, index: lineStart + from + result.index });
      }
    }
    lineStart = lineEnd + 1;
  }
  return results;
}

function chronoCandidates(text: string, reference: Date | null): Candidate[] {
  // Without a reference a fixed instant is used, and whatever depends on it is written as unknown (X).
  const results = parseWithChrono(text, reference ?? new Date(Date.UTC(2000, 5, 15, 12)));
  return results
    .filter(({ result, index }) => {
      const found = result.text;
      // chrono reads durations ("within a week", "for one minute") as dates; the duration rule reads them.
      if (CHRONO_DURATION.test(found)) return false;
      // A date needs a digit, a month or weekday name, or a day word: not "in the year", "sun", "march".
      if (!/\d|\b(today|tonight|tomorrow|yesterday|noon|midnight)\b/i.test(found) && !/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/i.test(found))
        return false;
      // "Sun", "Wed", "Mar" without a period are words or names; "may" in lower case is the verb.
      if (/^(sun|sat|wed|mar|jan|aug)\W*$/i.test(found) || /^(may|march)\W*$/.test(found)) return false;
      // "today's youth": the present in general, not a date.
      if (/^today$/i.test(found) && /^['’]s\b/.test(text.slice(index + found.length, index + found.length + 3))) return false;
      // Bare clock readings need a colon or a.m./p.m.: "625 a", "at 1", "from 20" are not times.
      if (/^(at |from |to |by )?\d+(\.\d+)?( a| p)?$/i.test(found) || /^\d{1,2}\/\d{1,2}$/.test(found)) return false;
      return true;
    })
    .map(({ result, index }): Candidate => ({
      start: index,
      // chrono sometimes takes the comma or period after a date into its text.
      end: index + result.text.replace(/[\s,.;:]+$/, '').length,
      rule: 'chrono',
      priority: 1,
      resolve: (context) => resolveChrono(result, context),
    }));
}

/** TIMEX3 codes for a part of the day named after a date: "Friday evening" is 1998-02-13TEV. */
const PART_OF_DAY = /\b(morning|afternoon|evening|night|overnight)\b/;
const PART_OF_DAY_CODES: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI' };

function timeOfDay(start: chrono.ParsedComponents, text: string): string {
  const part = PART_OF_DAY.exec(text)?.[1];
  if (part) return `T${PART_OF_DAY_CODES[part]}`;
  return start.isCertain('hour') ? `T${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}` : '';
}

function resolveChrono(result: chrono.ParsedResult, context: Context): ReturnType<Candidate['resolve']> {
  const start = result.start;
  const text = result.text.toLowerCase();
  if (/^(now|right now)$/.test(text)) return { value: 'PRESENT_REF', type: 'DATE' };
  const reference = context.reference;
  const relativeDay = /\b(today|tonight|tomorrow|yesterday)\b/.exec(text);
  if (relativeDay) {
    if (!reference) return { value: 'XXXX-XX-XX', type: 'DATE' };
    const offset = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 }[relativeDay[1] as 'today'];
    const date = shift(reference, 'day', offset);
    const time = PART_OF_DAY.test(text) ? timeOfDay(start, text) : '';
    return { value: ymd(date) + time, type: time ? 'TIME' : 'DATE', date, unit: 'day' };
  }
  const certainYear = start.isCertain('year');
  const certainMonth = start.isCertain('month');
  const certainDay = start.isCertain('day');
  const weekdayOnly = start.isCertain('weekday') && !certainDay && !certainMonth;
  const hasTime = start.isCertain('hour');
  if (weekdayOnly) {
    if (!reference) return { value: 'XXXX-WXX-' + String((((start.get('weekday') ?? 1) + 6) % 7) + 1), type: 'DATE' };
    const weekday = start.get('weekday') ?? 0;
    // Measured on TimeBank: a bare weekday is the paper's own day or one of the six before it in 95% of cases.
    // The tense is read in the weekday's own clause: "officials said Monday they will ..." is past.
    const future = tenseAround(context.text, context.start, context.end) === 'future';
    let delta = weekday - reference.getUTCDay();
    // The most recent such day, or the coming one when the clause looks ahead ("will meet Wednesday").
    // The paper's own weekday in past-tense reporting is that very day ("the awards on Sunday" in a Sunday paper).
    if (future) {
      if (delta <= 0) delta += 7;
    } else if (delta > 0) delta -= 7;
    const date = shift(reference, 'day', delta);
    return { value: ymd(date) + timeOfDay(start, text), type: hasTime || PART_OF_DAY.test(text) ? 'TIME' : 'DATE', date, unit: 'day' };
  }
  if (!certainMonth && !certainDay && !certainYear) {
    if (hasTime) {
      if (!reference) return { value: `XXXX-XX-XXT${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}`, type: 'TIME' };
      return { value: `${ymd(reference)}T${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}`, type: 'TIME' };
    }
    return null;
  }
  const month = start.get('month') ?? 1;
  const day = start.get('day') ?? 1;
  let year: number | null = certainYear ? (start.get('year') ?? null) : null;
  if (year === null && reference) {
    year = yearOfMention(reference, month - 1, certainDay ? day : 1, context);
  }
  const yearText = year === null ? 'XXXX' : pad(year, 4);
  if (certainDay && certainMonth) {
    const date = year === null ? null : new Date(Date.UTC(year, month - 1, day));
    const time = timeOfDay(start, text);
    return { value: `${yearText}-${pad(month)}-${pad(day)}${time}`, type: time ? 'TIME' : 'DATE', ...(date ? { date, unit: 'day' as Unit } : {}) };
  }
  if (certainMonth) {
    const date = year === null ? null : new Date(Date.UTC(year, month - 1, 1));
    return { value: `${yearText}-${pad(month)}`, type: 'DATE', ...(date ? { date, unit: 'month' as Unit } : {}) };
  }
  if (certainYear && year !== null) return { value: pad(year, 4), type: 'DATE', date: new Date(Date.UTC(year, 0, 1)), unit: 'year' };
  return null;
}

/** Words that set a deadline or a start ahead: "payable Jan. 2", "effective Feb. 1", "by May", "through January". */
const DEADLINE = /\b(by|through|until|till|effective|payable|expires?|expiring|extended to|to|starting|beginning)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?$/i;

/**
 * The year of a month or day named without one. News refers to the past ("July" in a March article
 * is last July) unless the clause looks ahead ("will join in April", "payable Jan. 2"); a date a few
 * days ahead stays in this year whatever the tense ("had been set to expire Nov. 6" in a Nov. 2 paper).
 */
function yearOfMention(reference: Date, month: number, day: number, context: Context): number {
  const year = reference.getUTCFullYear();
  const days = (Date.UTC(year, month, day) - reference.getTime()) / 86_400_000;
  const clauseTense = tenseAround(context.text, context.start, context.end);
  const deadline = DEADLINE.test(context.text.slice(Math.max(0, context.start - 30), context.start));
  // A deadline looks ahead unless its clause is told in the past ("had purchased 481,000 shares through Sept. 29").
  const tense = clauseTense !== 'past' && deadline ? 'future' : clauseTense;
  if (tense === 'future') return days < -31 ? year + 1 : year;
  // A past act can set a date a few weeks on: "the offer was extended to Nov. 16" in an Oct. 30 paper.
  if (tense === 'past') return days > 14 && !(deadline && days <= 60) ? year - 1 : year;
  // Without a cue: an announcement a few weeks ahead ("the vote on Dec. 7" in a November paper), else the past.
  return days > 60 ? year - 1 : year;
}

/** Rules that match ordinary words, which a capital in mid-sentence turns into part of a name. */
const LEXICAL_RULES = new Set(['set', 'reference.present', 'reference.past', 'reference.future', 'relative.deictic', 'quarter.latest']);

function ruleCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const rule of TIME_RULES) {
    if (rule.needs && !rule.needs.test(text)) continue;
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index ?? 0;
      // "two years from now" counts from now: the stretch, not the present, is the expression.
      if (rule.rule === 'reference.present' && /^now$/i.test(match[0]) && /\bfrom $/i.test(text.slice(Math.max(0, start - 6), start))) continue;
      // "The Daily Star", "Current Affairs": a capital in mid-sentence makes a word part of a name.
      if (/^\p{Lu}/u.test(match[0]) && LEXICAL_RULES.has(rule.rule) && !/(^|[.!?:"“]\s*|\n\s*)$/.test(text.slice(Math.max(0, start - 3), start))) continue;
      const exec = match as unknown as RegExpExecArray;
      candidates.push({ start, end: start + match[0].length, rule: rule.rule, priority: rule.priority ?? 1, resolve: (context) => rule.resolve(exec, context) });
    }
  }
  return candidates;
}

/** Words that can follow an adverb of frequency: "meets weekly with", "published daily." (not "daily lives"). */
const AFTER_ADVERB =
  /^(?:[\s]*$|\s*[.,;:!?)"”'’—–-]|\s+(?:and|or|but|with|to|on|in|at|for|from|by|since|until|as|during|over|across|through|throughout|between|among|before|after|while|when|if|because|so|than|instead|basis|outside|inside|around|near|here|there)\b)/i;

/**
 * What looks like a date and is not one, each with the case it exists for. A candidate that one of
 * these matches is dropped before any value is given.
 */
const NOT_DATES: Array<{ name: string; example: string; test: (text: string, start: number, end: number) => boolean }> = [
  {
    name: 'title',
    example: 'the film "1917" won; the novel 1984',
    test: (text, start, end) =>
      /^\d{4}$/.test(text.slice(start, end)) &&
      ((/["“'‘«]$/.test(text.slice(start - 1, start)) && /^["”'’»]/.test(text.slice(end, end + 1))) ||
        /\b(film|movie|novel|book|album|song|play|musical|series|documentary|opera|single|titled|called|entitled)\s+$/i.test(text.slice(Math.max(0, start - 14), start))),
  },
  {
    name: 'fraction',
    example: 'a quarter of the staff; a third less; three-quarters',
    test: (text, start, end) => /^(?:an?|one|two|three)[- ]quarters?$/i.test(text.slice(start, end)) && /^\s+(of|less|more|fewer|as|the|than)\b/i.test(text.slice(end, end + 8)),
  },
  {
    name: 'habitual adjective',
    example: 'their daily lives; a weekly newspaper; the annual report',
    test: (text, start, end) => /^(daily|weekly|monthly|yearly|nightly|annual|hourly|quarterly)$/i.test(text.slice(start, end)) && !AFTER_ADVERB.test(text.slice(end, end + 14)),
  },
];

function isNotADate(text: string, candidate: Candidate): boolean {
  return NOT_DATES.some((rule) => rule.test(text, candidate.start, candidate.end));
}

/** Keeps the longest candidate where candidates overlap (ties: the higher priority). */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  // Kept candidates never overlap, so ordered by start they are ordered by end too: one binary
  // search finds the only one that could overlap a newcomer.
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (kept[middle].end <= candidate.start) low = middle + 1;
      else high = middle;
    }
    if (low < kept.length && kept[low].start < candidate.end) continue;
    kept.splice(low, 0, candidate);
  }
  return kept;
}

/** Sentences are cut at this length; a date's context never reaches further. */
const MAX_CONTEXT = 2000;

function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < MAX_CONTEXT && text[from - 1] !== '.' && text[from - 1] !== '\n') from--;
  let to = end;
  while (to < text.length && to - end < MAX_CONTEXT && text[to] !== '.' && text[to] !== '\n') to++;
  return text.slice(from, to);
}

/** A day named by the calendar ("Feb. 9", "9 February") or a bare weekday, which means one day throughout a text. */
// A bare month is left out: "by February" (the coming one) and "bought it in February" (the last) can both stand in one article.
const CALENDAR_NAME = new RegExp(String.raw`^(?:(?:on|in|by|from|until|since)\s+)?(${MONTH}\.?\s+\d{1,2}|\d{1,2}\s+${MONTH}\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(,?\s+\d{4})?$`, 'i');

/** Rules whose value counts from another date: "a year earlier" after "a year earlier" is not two years back. */
const COUNTED_FROM_ANOTHER = new Set(['relative.anchored', 'relative.ago', 'quarter.year-ago']);

/**
 * Whether a date places the story in time, so that a following "two months later" counts from it. Not a
 * date counted from another one, and not a date that names an event ("since the Oct. 7 attack", "the
 * April 22 attacks", "Oct. 7's massacre"): those refer back to what the text has already placed.
 */
function placesNarrative(text: string, candidate: Candidate): boolean {
  if (COUNTED_FROM_ANOTHER.has(candidate.rule)) return false;
  const before = text.slice(Math.max(0, candidate.start - 10), candidate.start);
  const after = text.slice(candidate.end, candidate.end + 20);
  // "the Oct. 7 attack", "Hamas's Oct. 7 assault", "since Oct. 7": the date names an event told before.
  if (
    /^(?:\s*,?\s*\d{4})?\s+(?:\p{Ll}+\s+)?(attacks?|massacre|raids?|strikes?|bombings?|killings?|war|invasion|events?|assault|offensive|election|vote|summit|accords?|agreement|deal)\b/iu.test(after)
  )
    return false;
  if (/\bsince\s+$/i.test(before)) return false;
  if (/^['’]s\b/.test(after)) return false;
  return true;
}

/**
 * Every temporal expression in `text` with a TIMEX3-style value, anchored to `reference` (the
 * publication date) when there is one; without it, only what the text itself fixes ("XXXX-04-22").
 */
export function findTimes(text: string, reference: Date | null): FoundTime[] {
  const candidates = resolveOverlaps([...ruleCandidates(text), ...chronoCandidates(text, reference)]).filter((candidate) => !isNotADate(text, candidate));
  const context: Context = { reference, anchor: null, mentioned: [], sentence: '', text, start: 0, end: 0 };
  const found: FoundTime[] = [];
  // One value per expression within a text: the second "Feb. 9" is the day the first one was.
  const valueOf = new Map<string, ReturnType<Candidate['resolve']>>();
  for (const candidate of candidates) {
    context.sentence = sentenceAround(text, candidate.start, candidate.end);
    context.start = candidate.start;
    context.end = candidate.end;
    // "Oct. 7, 2023" then "Oct. 7": the day without its year is the day the text named with it.
    const calendar = candidate.rule === 'chrono' ? CALENDAR_NAME.exec(text.slice(candidate.start, candidate.end)) : null;
    const key = calendar ? calendar[1].toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ') : null;
    const withYear = !!calendar?.[2];
    const remembered = key && !withYear ? valueOf.get(key) : undefined;
    const resolved = remembered ?? candidate.resolve(context);
    if (!resolved) continue;
    if (key && !valueOf.has(key) && /^\d{4}-\d\d-\d\d$/.test(resolved.value)) valueOf.set(key, resolved);
    found.push({ start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end), value: resolved.value, type: resolved.type, rule: candidate.rule });
    if (resolved.date && resolved.unit) {
      const mention = { date: resolved.date, unit: resolved.unit };
      context.mentioned.push(mention);
      if (placesNarrative(text, candidate)) context.anchor = mention;
    }
  }
  return found;
}
