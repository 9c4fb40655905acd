import { allMatches } from '../../../core/matches.js';

/**
 * Whether a date expression looks ahead or back, read from the words around it in its own clause
 * rather than from the whole sentence: in "officials said Monday they will order ...", "said" next
 * to the weekday wins over the "will" of the reported clause.
 */

/** Past forms of verbs that news puts right before or after a day: "said Friday", "a court Thursday refused". */
const IRREGULAR_PAST = new Set([
  'said',
  'told',
  'met',
  'went',
  'came',
  'began',
  'held',
  'gave',
  'made',
  'took',
  'won',
  'lost',
  'left',
  'sent',
  'saw',
  'spoke',
  'wrote',
  'rose',
  'fell',
  'struck',
  'hit',
  'put',
  'brought',
  'bought',
  'sold',
  'paid',
  'led',
  'fought',
  'found',
  'got',
  'heard',
  'kept',
  'knew',
  'meant',
  'ran',
  'shot',
  'stood',
  'swore',
  'threw',
  'thought',
  'took',
  'tore',
  'was',
  'were',
  'had',
  'did',
  'flew',
  'drew',
  'broke',
  'chose',
  'drove',
  'ate',
  'forgave',
  'froze',
  'hid',
  'rode',
  'rang',
  'sang',
  'sank',
  'shook',
  'slid',
  'stole',
  'stuck',
  'swept',
  'taught',
  'withdrew',
  'overthrew',
  'underwent',
  'became',
  'arose',
  'awoke',
]);

/** Words that make a clause look ahead: "will meet on Thursday", "set to resume Monday", "as soon as Tuesday". */
const LOOKS_AHEAD =
  /\b(expects|forecasts?|predicts|projects|anticipates|will|won['’]t|would|shall|['’]ll|plans? to|planned to|planned for|planning to|scheduled|set to|due to|is due|are due|expected to|expects to|going to|is to|are to|as soon as|as early as|until|till|upcoming|next|coming|hopes? to|intends? to|could|might|tomorrow)\b/i;

/** Words that name a fact already reported: "was", "had", "ago", "last". */
const LOOKS_BACK = /\b(was|were|had|did|ago|last|earlier|previously)\b/i;

const WORD = /[\p{L}'’]+/gu;

function words(text: string): string[] {
  return allMatches(WORD, text).map((match) => match[0].toLowerCase());
}

export function isPastVerb(word: string): boolean {
  return (
    IRREGULAR_PAST.has(word) ||
    (/^[a-z]{3,}ed$/.test(word) && !/^(need|seed|feed|bleed|breed|speed|weed|bed|red|shed|creed|deed|heed|reed|steed|tweed|hundred|kindred|sacred|wicked|naked|rugged)$/.test(word))
  );
}

/** The clause before `start`: back to a sentence end, a semicolon or an opening quote, at most `limit` characters. */
/** A period that ends an abbreviation or an initial, not a sentence: "Daniel P. Davison", "Mr. Bush", "Feb. 1". */
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Rev|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|U\.S|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/u;

export function clauseBefore(text: string, start: number, limit = 90): string {
  const from = Math.max(0, start - limit);
  const window = text.slice(from, start);
  let sentenceEnd = -1;
  for (const match of window.matchAll(/[.!?]\s/g)) {
    const at = match.index ?? 0;
    if (!ABBREVIATION.test(window.slice(Math.max(0, at - 6), at))) sentenceEnd = at;
  }
  const cut = Math.max(sentenceEnd, window.lastIndexOf(';'), window.lastIndexOf('\n'), window.lastIndexOf('“'), window.lastIndexOf('``'));
  return cut >= 0 ? window.slice(cut + 1) : window;
}

function clauseAfter(text: string, end: number, limit = 40): string {
  const window = text.slice(end, end + limit);
  const cut = window.search(/[.;\n]/);
  return cut >= 0 ? window.slice(0, cut) : window;
}

export type Tense = 'past' | 'future' | 'unknown';

/**
 * The tense of the event a date names. A past verb right next to it decides ("said Friday",
 * "Friday refused"); otherwise a look-ahead word earlier in the clause ("will", "set to", "until");
 * otherwise a look-back word; otherwise unknown.
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const before = words(clauseBefore(text, start));
  const after = words(clauseAfter(text, end));
  // Skip the day's own little words: "said on Friday", "announced late Tuesday".
  const kept = before.filter((word) => !/^(on|late|early|by|this|last|next)$/.test(word));
  const previous = kept.at(-1) ?? '';
  // "will be held on March 28", "is to be signed Friday": a participle after "be" and a future auxiliary looks ahead.
  if (isPastVerb(previous) && kept.at(-2) === 'be' && /^(will|would|shall|['’]ll|to|may|might|could|should|must)$/.test(kept.at(-3) ?? '')) return 'future';
  // "a court Thursday refused": the verb right after counts only within the clause, not past a comma.
  const verbAfter = /^\s*,/.test(text.slice(end, end + 2)) ? '' : (after[0] ?? '');
  if (isPastVerb(previous) || isPastVerb(verbAfter)) return 'past';
  const clause = `${before.slice(-10).join(' ')} ${after.slice(0, 2).join(' ')}`;
  const ahead = LOOKS_AHEAD.exec(clause);
  // "until Thursday, they had described ...", "it was not until Tuesday that": "until" in a past clause looks back.
  // ("postponed until Tuesday" still looks ahead: only a past perfect or "not until" turns it back.)
  if (ahead && /^(until|till)$/i.test(ahead[1]) && /\bhad\b|\bnot\s+until\b/.test(`${clause} ${after.join(' ')}`)) return 'past';
  if (ahead) return 'future';
  if (LOOKS_BACK.test(clause)) return 'past';
  return 'unknown';
}
