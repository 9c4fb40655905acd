/**
 * News hedge rules: what the Szeged corpus (Wikipedia) does not annotate or annotates too rarely to
 * learn, each a named row with its kind, strength, pattern, the cases it must leave alone and the
 * sentence it exists for. The engine in cues.ts reads the table.
 */
import type { HedgeStrength } from './strength.js';

export type HedgeKind = 'epistemic' | 'doxastic' | 'conditional' | 'investigation' | 'estimation' | 'doubt' | 'approximator' | 'scope' | 'attributive';

export interface HedgeRule {
  name: string;
  kind: HedgeKind;
  strength: HedgeStrength;
  /** Matched case-insensitively; the whole match is the cue. */
  pattern: RegExp;
  /** The text before and after the match; true when this occurrence is not a hedge. */
  unless?: (before: string, after: string, cue: string) => boolean;
  /**
   * The context model must not rule the first word out: it fires when the model's score is at least
   * this share of its threshold. Modals are often root ("tickets could be bought"), which rules cannot tell.
   */
  contextFloor?: number;
  /** Lower-case fragments one of which the text must hold for the pattern to be tried at all (speed). */
  needs?: string[];
  example: string;
}

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a thousand|thousand|million|billion|half|a half|a third|a quarter|a fifth|a tenth|two-thirds|three-quarters|dozen|a dozen|double|twice|triple';
/** A number follows: digits, a currency sign, or a number word. */
const NUMBER_AHEAD = `\\s+(?:(?:US)?[$£€]\\s?\\d|\\d|(?:${NUMBER_WORDS})\\b)`;
const BEFORE_NUMBER = `(?=${NUMBER_AHEAD})`;
const NUMBER_FOLLOWS = new RegExp(`^${NUMBER_AHEAD}`, 'i');

/** "could not", "may not enter": inability and refused permission, not possibility. */
const NEGATED_AFTER = /^\s+(?:not|never|n't)\b|^n't\b/i;
/** "may not be enough" is still a possibility; "may not enter" is a rule. */
const MAY_NOT_EPISTEMIC = /^\s+not\s+(?:be|have|yet|always|necessarily|even|last|survive|reflect|matter)\b/i;
/** Permission: "visitors may park", "you may apply", "members may only vote". */
const PERMISSION_SUBJECT = /\b(?:you|applicants?|visitors?|members?|anyone|students?|residents?|users?|customers?|players?|passengers?|candidates?|employees?|tenants?|voters?)\s*$/i;
/** "could see", "could afford", "could only": what someone was able to do. */
const ABILITY_AFTER = /^\s+(?:only|barely|hardly|scarcely|no longer|see|hear|feel|smell|taste|afford|remember|recall|read|speak|swim|walk|run|sleep|tell|understand|do nothing)\b/i;
/** "so that they could", "as fast as it could", "the best it could": purpose and capacity. */
const ABILITY_BEFORE = /\b(?:so that|so|as (?:much|fast|far|best|soon|well|quickly|long) as|than|wherever|whatever|how|where|all|best|everything|anything|nothing)\s+(?:\p{L}+\s+)?$/iu;
/** "May 2020", "in May": the month. */
const MONTH_USE = (before: string, after: string, cue: string) => /^M/.test(cue) && (before.trim() !== '' || /^\s+\d/.test(after));
/** "It may be mentioned that", "as might be expected": a figure of speech (the cue may already hold "be"). */
const FIGURE_OF_SPEECH = /^\s+(?:well\s+)?(?:be\s+)?(?:mentioned|expected|noted|added|recalled|said|remembered|seen|argued)\b/i;

export const HEDGE_RULES: HedgeRule[] = [
  {
    name: 'modal.might',
    needs: ['might'],
    contextFloor: 0.5,
    kind: 'epistemic',
    strength: 'strong',
    pattern: /\bmight(?:\s+(?:well|possibly|also|yet|even))?(?:\s+have\s+been|\s+have|\s+be)?\b/gi,
    unless: (_before, after) => FIGURE_OF_SPEECH.test(after) || /^\s+as\s+well\b/i.test(after),
    example: 'The new bridge might open before winter.',
  },
  {
    name: 'modal.could',
    needs: ['could'],
    contextFloor: 0.5,
    kind: 'epistemic',
    strength: 'strong',
    pattern: /\bcould(?:\s+(?:well|possibly|also|yet|even|soon|eventually))?(?:\s+have\s+been|\s+have|\s+be)?\b/gi,
    unless: (before, after) => NEGATED_AFTER.test(after) || ABILITY_AFTER.test(after) || ABILITY_BEFORE.test(before) || FIGURE_OF_SPEECH.test(after),
    example: 'The strike could delay the harvest by a month.',
  },
  {
    name: 'modal.may',
    needs: ['may'],
    contextFloor: 0.5,
    kind: 'epistemic',
    strength: 'medium',
    pattern: /\bmay(?:\s+(?:well|possibly|also|yet|even))?(?:\s+have\s+been|\s+have|\s+be)?\b/gi,
    unless: (before, after, cue) =>
      MONTH_USE(before, after, cue) || (NEGATED_AFTER.test(after) && !MAY_NOT_EPISTEMIC.test(after)) || PERMISSION_SUBJECT.test(before) || /^\s+only\b/i.test(after) || FIGURE_OF_SPEECH.test(after),
    example: 'The council may raise fares again in spring.',
  },
  {
    name: 'estimation.passive-to',
    needs: [' to '],
    kind: 'estimation',
    strength: 'medium',
    // "are estimated to have", "is believed to be", "was thought to number": the writer reports a belief, not a fact.
    pattern:
      /\b(?:estimated|believed|thought|presumed|reckoned|understood|rumou?red|suspected|feared|alleged|reported|said|expected)\s+to\s+(?:have|be|number|total|hold|own|lie|live|remain|contain)\b/gi,
    unless: (before) => !/\b(?:is|are|was|were|be|been|being|widely|generally|now|also|still|once|long)\s+$/i.test(before),
    example: 'About forty families are estimated to have left the valley.',
  },
  {
    name: 'estimation.noun',
    needs: ['estimat'],
    kind: 'estimation',
    strength: 'weak',
    pattern: /\b(?:an estimated|by (?:some|one|most|our|their|official) estimates?|(?:is|are|was|were) estimated at|estimates? (?:suggest|put|range)s?)\b/gi,
    example: 'An estimated 3,000 households lost power.',
  },
  {
    name: 'doubt.phrase',
    needs: ['doubt', 'unclear', 'uncertain', 'not clear', 'not known', 'unknown', 'questionable', 'to be seen', 'open question'],
    kind: 'doubt',
    strength: 'strong',
    pattern:
      /\b(?:(?:it is|it['’]s|it was|seems|looks|remains) (?:doubtful|unclear|uncertain|not clear|far from clear|questionable)(?: (?:whether|if|how|that|when|who|what|why))?|(?:unclear|uncertain|not clear|not known|unknown) (?:whether|if|how|when|who|what|why)|doubtful(?: (?:whether|if|that))?|(?:remains|remain) to be seen|an open question|in doubt|casts? doubt on|there is doubt)\b/gi,
    unless: (before) => /\b(?:no|little|without|beyond|any)\s+$/i.test(before),
    example: "It's doubtful the ferry will run this season.",
  },
  {
    name: 'approximator.before-number',
    kind: 'approximator',
    strength: 'weak',
    pattern: new RegExp(`\\b(?:nearly|almost|about|around|approximately|roughly|some|up to|close to|more or less|upward of|upwards of|in the region of|in excess of)\\b${BEFORE_NUMBER}`, 'gi'),
    example: 'Roughly 2,400 runners finished the race.',
  },
  {
    name: 'approximator.after-number',
    needs: ['or so', 'give or take', 'thereabouts'],
    kind: 'approximator',
    strength: 'weak',
    pattern: /\b(?:or so|give or take|or thereabouts)\b/gi,
    unless: (before) => !/\d[\d,.]*(?:\s+\p{L}+)?\s+$/u.test(before),
    example: 'The repairs will take 200 workers or so.',
  },
  {
    name: 'scope.limiting',
    needs: ['rough', 'somewhat', 'extent', 'degree', 'in some', 'in part', 'partly', 'more or less', 'arguabl'],
    kind: 'scope',
    strength: 'weak',
    pattern: /\b(?:roughly|somewhat|to some (?:extent|degree)|to a (?:certain|large) (?:extent|degree)|in some (?:cases|ways|respects|places)|in part|partly|more or less|arguably)\b/gi,
    unless: (_before, after) => NUMBER_FOLLOWS.test(after),
    example: 'The plan is roughly what the mayor promised.',
  },
  // "reportedly", "allegedly" and "apparently" always distance news from what it reports, whatever Wikipedia's annotators did.
  {
    name: 'attributive.unverified',
    needs: ['apparent', 'purport', 'unconfirmed', 'unverified', 'so-called', 'ostensibl', 'reported', 'alleged'],
    kind: 'attributive',
    strength: 'medium',
    pattern: /\b(?:apparent|purported|purportedly|unconfirmed|unverified|so-called|ostensibly|reportedly|allegedly|apparently)\b/gi,
    example: 'The so-called peace plan was never published.',
  },
  {
    name: 'epistemic.appearance',
    needs: ['appear', 'seem', 'must have', 'likely'],
    kind: 'epistemic',
    strength: 'medium',
    pattern: /\b(?:appears? to|appeared to|seems? to|seemed to|must have been|likely to|unlikely to)\b/gi,
    example: 'The fire appears to have started in the kitchen.',
  },
];
