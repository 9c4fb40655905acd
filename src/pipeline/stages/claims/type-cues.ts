import type { ClaimType } from '../../../core/annotations.js';

/**
 * Cues that make a claim an opinion or a prescription rather than a checkable assertion.
 * Each has a kind, so a reader can see why: `deontic` (must, should), `evaluative` (judgement words),
 * `stance` (the writer's first-person stance), `intent` (imputing motives).
 */
export interface TypeCueRule {
  type: Exclude<ClaimType, 'factual'>;
  kind: string;
  pattern: RegExp;
}

const EVALUATIVE_WORDS = [
  'miserabl[ey]',
  'desperate(ly)?',
  'incompeten(ce|t|tly)',
  'dangerous(ly)?',
  'notorious(ly)?',
  'brutal(ly|ity)?',
  'shameful(ly)?',
  'disgrace(ful|fully)?',
  'outrageous(ly)?',
  'absurd(ly|ity)?',
  'ridiculous(ly)?',
  'pathetic(ally)?',
  'deplorabl[ey]',
  'despicabl[ey]',
  'heinous',
  'appalling(ly)?',
  'terribl[ey]',
  'horribl[ey]',
  'awful(ly)?',
  'excellent',
  'brilliant(ly)?',
  'wonderful(ly)?',
  'admirabl[ey]',
  'laudable',
  'commendable',
  'courageous(ly)?',
  'cowardly',
  'reckless(ly|ness)?',
  'irresponsibl[ey]',
  'foolish(ly|ness)?',
  'stupid(ly|ity)?',
  'naive(ly)?',
  'hypocritical(ly)?',
  'hypocrisy',
  'cynical(ly)?',
  'sinister',
  'nefarious',
  'evil',
  'vile',
  'barbaric',
  'inhumane',
  'unacceptabl[ey]',
  'unjustifiabl[ey]',
  'inexcusabl[ey]',
  'blatant(ly)?',
  'flagrant(ly)?',
  'egregious(ly)?',
  'gravest',
  'alarming(ly)?',
  'most concerning',
  'worrying(ly)?',
  'troubling',
  'disturbing(ly)?',
  'inflammatory',
  'anarchy',
  'so-called',
  'propaganda',
  'failed miserably',
  'much-needed',
  'misguided',
  'deceitful',
  'dishonest',
  'corrupt',
  'tyrannical',
  'thuggish',
  'fanatic(al)?',
  'extremist',
  'odious',
  'abhorrent',
  'reprehensible',
  'laughable',
  'pointless',
  'useless',
  'senseless',
  'tragic(ally)?',
  'catastrophic',
  'disastrous(ly)?',
  'insidious',
  'shocking(ly)?',
  'scandalous',
  'infamous',
  'anti-semite',
  'antisemitic',
  'heroic(ally)?',
  'noble',
  'righteous',
  'unconstitutional',
  'illegitimate',
  'baseless',
  'groundless',
  'unfounded',
  'grave concern',
  'extreme cordiality',
  'extreme intimacy',
];

export const TYPE_CUE_RULES: TypeCueRule[] = [
  {
    type: 'prescriptive',
    kind: 'deontic',
    // "must have been" and "should have" are epistemic or counterfactual, not a call to act.
    // "will have to" is a forecast, and "should be noted" a figure of speech.
    // "It should not surprise anyone" and "should come as no surprise" judge, they do not direct.
    pattern:
      /(?<!\b(?:will|would|may|might|could)\s)\b(must|should|ought to|need to|needs to|have to|has to|had better)\b(?!\s+(?:not\s+)?have\b|\s+be\s+(?:noted|mentioned|said|remembered|recalled)\b|\s+(?:not\s+)?(?:surprise|come as (?:no |a )?surprise|be (?:a )?surprise|be surprising)\b)/gi,
  },
  {
    type: 'prescriptive',
    kind: 'deontic',
    pattern: /\bit is (?:high )?(?:time|imperative|essential|necessary|vital|crucial|incumbent)\b(?= (?:to|that|for|on|upon)\b)/gi,
  },
  { type: 'prescriptive', kind: 'exhortation', pattern: /\b(let us|let's|we (?:must|should|urge|call on)|i (?:urge|call on))\b/gi },
  {
    type: 'opinion',
    kind: 'stance',
    pattern:
      /\b(i think|i believe|i (?:strongly |completely |fully |firmly )?(?:disagree|agree|object|reject|doubt)|i am (?:convinced|disgusted|tired|sick)|in my (?:view|opinion)|we believe|i argue|as we know|it seems to me|to my mind|i would argue|frankly|needless to say|of course|undoubtedly|no doubt|clearly|obviously)\b/gi,
  },
  {
    type: 'prediction',
    kind: 'forecast',
    // "will still have to contend with" is a forecast, not a call to act.
    pattern:
      /\b(will|won't|shall|(?:is|are|was|were) (?:set|poised|due|expected|likely|unlikely|projected|forecast|bound|going) to|(?:predicts?|forecasts?|projects?|expects?|warns?)(?=\s+that\b)|by (?:20\d\d|the end of (?:the|next) (?:year|decade|month)))\b/gi,
  },
  { type: 'opinion', kind: 'intent', pattern: /\b(deliberately|intentionally|cynically|purposely|knowingly)\b/gi },
  { type: 'opinion', kind: 'evaluative', pattern: new RegExp(`\\b(${EVALUATIVE_WORDS.join('|')})\\b`, 'gi') },
];

export interface FoundTypeCue {
  type: Exclude<ClaimType, 'factual'>;
  kind: string;
  start: number;
  end: number;
  cue: string;
}

/** All type cues in `text`; offsets relative to `text`. */
export function findTypeCues(text: string): FoundTypeCue[] {
  const found: FoundTypeCue[] = [];
  // exec with lastIndex, not matchAll: matchAll copies the regular expression on every call, and
  // this runs once per claim.
  for (const rule of TYPE_CUE_RULES) {
    const { pattern } = rule;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) pattern.lastIndex++;
      found.push({ type: rule.type, kind: rule.kind, start: match.index, end: match.index + match[0].length, cue: match[0] });
    }
    pattern.lastIndex = 0;
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The type the cues alone point to (the model in type-model.ts decides; this is its fallback and one
 * of its features): prescriptive beats opinion beats prediction beats factual.
 */
export function decideType(cues: FoundTypeCue[]): ClaimType {
  if (cues.some((cue) => cue.type === 'prescriptive')) return 'prescriptive';
  if (cues.some((cue) => cue.type === 'opinion')) return 'opinion';
  if (cues.some((cue) => cue.type === 'prediction')) return 'prediction';
  return 'factual';
}
