import { modelPath } from '../../model-path.js';
import { readFileSync } from 'node:fs';
import { matchLearnedCues, type LearnedCue } from './learn.js';

/**
 * Hedge cues come from two places: a lexicon learned on the Szeged uncertainty corpus
 * (`npm run train:hedges`; kinds `epistemic`, `doxastic`, `conditional`, `investigation`), and a
 * few rules for what that corpus does not annotate but news needs: `approximator`s that blur a number
 * ("nearly 8,000") and `attributive` words that mark a claim as unverified ("apparent", "so-called").
 */
export interface HedgeRule {
  kind: 'approximator' | 'attributive' | 'epistemic';
  pattern: RegExp;
}

export const HEDGE_RULES: HedgeRule[] = [
  { kind: 'attributive', pattern: /\b(apparent|apparently|purported|purportedly|unconfirmed|unverified|so-called)\b/gi },
  { kind: 'epistemic', pattern: /\b(might have been|could have been|must have been|appears? to|appeared to)\b/gi },
  {
    kind: 'approximator',
    pattern: /\b(nearly|almost|about|around|approximately|roughly|some|up to|an estimated|estimated|close to)\b(?=\s+(?:\$|£|€)?\d|\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a thousand|thousand|million|billion|half|dozen)\b)/gi,
  },
];

/** "It may be mentioned here that" and "as may be seen" are figures of speech, not hedges. */
const FIGURE_OF_SPEECH = /^\s+be\s+(?:mentioned|noted|added|recalled|said|remembered|seen)\b/i;

export const HEDGE_LEXICON_PATH = modelPath('hedge-cues.json');

export interface HedgeLexiconFile {
  trainedOn: string;
  evaluation: Record<string, number | string>;
  minPrecision: number;
  minCount: number;
  cues: LearnedCue[];
}

let lexicon: Map<string, LearnedCue> | null = null;

export function hedgeLexicon(): Map<string, LearnedCue> {
  if (!lexicon) {
    const file = JSON.parse(readFileSync(HEDGE_LEXICON_PATH, 'utf8')) as HedgeLexiconFile;
    lexicon = new Map(file.cues.map((cue) => [cue.cue, cue]));
  }
  return lexicon;
}

export interface FoundHedge {
  kind: string;
  start: number;
  end: number;
  cue: string;
  rule: string;
}

/** Every hedge cue in `text`; where cues overlap, the longer one stays ("might have been" over "might"). */
export function findHedges(text: string, learned: Map<string, LearnedCue> = hedgeLexicon()): FoundHedge[] {
  const found: FoundHedge[] = matchLearnedCues(text, learned)
    .filter((cue) => !(/^(may|might|could)$/i.test(cue.cue) && FIGURE_OF_SPEECH.test(text.slice(cue.end, cue.end + 20))))
    .map((cue) => ({ ...cue, rule: 'learned.szeged' }));
  // exec with lastIndex, not matchAll (which copies the pattern): this runs once per claim.
  for (const rule of HEDGE_RULES) {
    const { pattern } = rule;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) pattern.lastIndex++;
      found.push({ kind: rule.kind, start: match.index, end: match.index + match[0].length, cue: match[0], rule: `rule.${rule.kind}` });
    }
    pattern.lastIndex = 0;
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundHedge[] = [];
  for (const hedge of found) {
    const last = kept[kept.length - 1];
    if (last && hedge.start < last.end) {
      if (hedge.end - hedge.start > last.end - last.start) kept[kept.length - 1] = hedge;
      continue;
    }
    kept.push(hedge);
  }
  return kept;
}
