import { modelPath } from '../../model-path.js';
import { readFileSync } from 'node:fs';
import type { LearnedCue } from './learn.js';
import { score } from '../checkworthiness/model.js';
import { contextFeatures, isHedgeInContext, tokenize, type HedgeContextModel, type Token } from './context.js';
import { HEDGE_RULES, type HedgeRule } from './rules.js';
import { strengthOf, type HedgeStrength } from './strength.js';
import { allMatches } from '../../../core/matches.js';

/**
 * Hedge cues come from two places: candidates learned on the Szeged uncertainty corpus, each kept
 * only where a context model trained on the same corpus says it is a cue here (`npm run
 * train:hedges`; kinds `epistemic`, `doxastic`, `conditional`, `investigation`), and the news rules
 * of rules.ts for what that corpus does not annotate: modal possibility, estimation, doubt,
 * approximators and scope, unverified (`attributive`) words.
 */
export { HEDGE_RULES, type HedgeRule } from './rules.js';

export const HEDGE_LEXICON_PATH = modelPath('hedge-cues.json');

export interface HedgeLexiconFile {
  trainedOn: string;
  evaluation: Record<string, number | string>;
  minPrecision: number;
  minCount: number;
  cues: LearnedCue[];
  /** Decides, from its neighbours, whether a candidate cue is a hedge where it stands. */
  context: HedgeContextModel;
}

export interface HedgeLexicon {
  cues: Map<string, LearnedCue>;
  /** First words of two-word cues, so a pair is only looked up where one can start. */
  pairStarts?: Set<string>;
  context: HedgeContextModel | null;
  version: string;
}

let loaded: HedgeLexicon | null = null;

export function hedgeLexicon(): HedgeLexicon {
  if (!loaded) {
    const file = JSON.parse(readFileSync(HEDGE_LEXICON_PATH, 'utf8')) as HedgeLexiconFile;
    loaded = { cues: new Map(file.cues.map((cue) => [cue.cue, cue])), context: file.context ?? null, version: file.context?.version ?? '0' };
  }
  return loaded;
}

export interface FoundHedge {
  kind: string;
  strength: HedgeStrength;
  start: number;
  end: number;
  cue: string;
  rule: string;
}

/** Belief verbs under negation ("didn't think", "do not believe"): the holder rejects a view; see README. */
const BELIEF = new Set(['think', 'thought', 'believe', 'believed', 'believes', 'expect', 'expected', 'expects', 'assume', 'assumed', 'suppose', 'consider', 'considered']);
const NEGATOR = /^(?:not|never|no|n't|cannot)$|n't$/;
/** "being considered by the Court", "considered the proposal": deliberation, not belief. */
const DELIBERATION_AFTER = new Set(['by', 'for', 'at', 'in', 'whether', 'how', 'what', 'the', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'options', 'proposals', 'plans']);

/** The news rules' own exceptions for a modal ("may not enter", "could see", "in May") hold for learned modals too. */
const MODAL_RULES = new Map(HEDGE_RULES.filter((rule) => rule.name.startsWith('modal.')).map((rule) => [rule.name.slice('modal.'.length), rule]));

function learnedButNotHere(text: string, tokens: Token[], first: number, last: number, cue: string): boolean {
  const modal = MODAL_RULES.get(cue);
  if (modal?.unless) {
    const { start, end } = { start: tokens[first].start, end: tokens[last].end };
    if (modal.unless(text.slice(Math.max(0, start - 40), start), text.slice(end, end + 40), text.slice(start, end))) return true;
  }
  const before = [tokens[first - 1]?.word, tokens[first - 2]?.word];
  // "with regard to", "in this regard": a preposition, not a view.
  if (cue === 'regard' && /^(?:with|in|this|that|no|high|every)$/.test(before[0] ?? '')) return true;
  if (BELIEF.has(cue) && before.some((word) => word !== undefined && NEGATOR.test(word))) return true;
  if (/^(?:consider(?:ed|s|ing)?|regard(?:ed)?|viewed|assess|evaluate)$/.test(cue)) {
    if (tokens[first - 1]?.word === 'being' || DELIBERATION_AFTER.has(tokens[last + 1]?.word ?? '')) return true;
  }
  return false;
}

function pairStartsOf(lexicon: HedgeLexicon): Set<string> {
  lexicon.pairStarts = new Set([...lexicon.cues.keys()].filter((cue) => cue.includes(' ')).map((cue) => cue.split(' ')[0]));
  return lexicon.pairStarts;
}

/** Learned candidates that the context model keeps, bigrams before single words. */
export function findLearnedHedges(text: string, lexicon: HedgeLexicon = hedgeLexicon(), tokens = tokenize(text)): FoundHedge[] {
  const found: FoundHedge[] = [];
  for (let first = 0; first < tokens.length; first++) {
    const pairStarts = lexicon.pairStarts ?? pairStartsOf(lexicon);
    const bigram = first + 1 < tokens.length && pairStarts.has(tokens[first].word) ? lexicon.cues.get(`${tokens[first].word} ${tokens[first + 1].word}`) : undefined;
    const entry = bigram ?? lexicon.cues.get(tokens[first].word);
    if (!entry) continue;
    const last = bigram ? first + 1 : first;
    const here = !learnedButNotHere(text, tokens, first, last, entry.cue) && (!lexicon.context || isHedgeInContext(lexicon.context, tokens, first, last));
    if (here) {
      const cue = text.slice(tokens[first].start, tokens[last].end);
      found.push({ kind: entry.kind, strength: strengthOf(entry.cue, entry.kind), start: tokens[first].start, end: tokens[last].end, cue, rule: 'learned.szeged' });
    }
    first = last;
  }
  return found;
}

const needsPatterns = new WeakMap<HedgeRule, RegExp>();

/** A rule's `needs` as one case-insensitive pattern, made once. */
function needsPattern(rule: HedgeRule): RegExp | null {
  if (!rule.needs) return null;
  let pattern = needsPatterns.get(rule);
  if (!pattern) {
    pattern = new RegExp(rule.needs.map((fragment) => fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
    needsPatterns.set(rule, pattern);
  }
  return pattern;
}

function ruleMatches(text: string, rule: HedgeRule, lexicon: HedgeLexicon, tokens: Token[]): FoundHedge[] {
  const found: FoundHedge[] = [];
  const needs = needsPattern(rule);
  if (needs && !needs.test(text)) return found;
  rule.pattern.lastIndex = 0;
  for (const match of allMatches(rule.pattern, text)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (rule.unless?.(text.slice(Math.max(0, start - 40), start), text.slice(end, end + 40), match[0])) continue;
    if (rule.contextFloor !== undefined && lexicon.context) {
      const at = tokens.findIndex((token) => token.start === start);
      if (at >= 0 && score(lexicon.context, contextFeatures(tokens, at, at)) < rule.contextFloor * lexicon.context.threshold) continue;
    }
    found.push({ kind: rule.kind, strength: rule.strength, start, end, cue: match[0], rule: `rule.${rule.name}` });
  }
  return found;
}

/** Every hedge cue in `text`; where cues overlap, the longer one stays ("might have been" over "might"). */
export function findHedges(text: string, lexicon: HedgeLexicon = hedgeLexicon(), rules: HedgeRule[] = HEDGE_RULES): FoundHedge[] {
  const tokens = tokenize(text);
  const found = findLearnedHedges(text, lexicon, tokens);
  for (const rule of rules) found.push(...ruleMatches(text, rule, lexicon, tokens));
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
