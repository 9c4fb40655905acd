import type { AttributionKind } from '../../../core/annotations.js';
import { spansOverlap as overlaps, type Span } from '../../../core/span.js';
import {
  CONTRACTED_PRONOUN,
  INSTITUTION_HEADS,
  isAdverbBeforeVerb,
  NOUNS_IN_LY,
  SHARE_OF_PEOPLE,
  ACT_OR_REPORT,
  isCommunicationVerb,
  NEEDS_COMPLEMENT,
  NEEDS_SOURCE_SUBJECT,
  TRAILING_PARTICIPLES,
  POST_MODIFIERS,
  PRONOUNS,
  REPORTING_VERB_FORMS,
  SOURCE_WORDS,
  VAGUE_HEADS,
} from './lexicon.js';
import { TITLES } from '../sentences/abbreviations.js';
import { learnedAttributionCues } from './learned.js';
import { cueFeatures, cueScore, cueWordScore, nestedFeatures, type CueContext, type CueModel } from './cue-model.js';
import { DOCUMENT_NOUNS } from '../../../lang/en/documents.js';
import { isPageLabel } from '../../../lang/en/page-labels.js';

/** One attribution found in a piece of text; spans are relative to that text. */
export interface FoundAttribution {
  kind: AttributionKind;
  source: string;
  cue: string;
  cueSpan: Span;
  sourceSpan: Span;
  /** The content the cue governs, within the same text. */
  contentSpan: Span | null;
  rule: string;
  /** Whether the cue stands inside a quotation (then it is nested in the quotation's own source). */
  quoted: boolean;
  /** An evidential phrase with no one behind it ("is expected to", "seemed to"): `sourceSpan` is the cue's own. */
  sourceless?: boolean;
  /** A report inside another level's reported clause ("Kessel said Duffy had admitted the error"): nested in it. */
  embedded?: boolean;
}

interface Token extends Span {
  text: string;
  lower: string;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*[\p{L}\p{N}]|\p{Lu}\.(?=\s)|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;

/** ' or ’, by code unit: the tokenizer checks every word for a contraction, so this stays cheap. */
const isApostrophe = (code: number) => code === 39 || code === 8217;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    let value = match[0];
    const start = match.index;
    // "Mr. Regalado", "Sen. Kessel", "the U.S.": a title or an initialism keeps its final period; "said." does not.
    if (text.charCodeAt(start + value.length) === 46 && ((value.length <= 5 && TITLES.has(value.toLowerCase())) || (value.includes('.') && /^(\p{L}\.)+\p{L}$/u.test(value)))) {
      value += '.';
      match[0] = value;
      TOKEN.lastIndex = start + value.length;
    }
    // "he’s predicting": the pronoun and its auxiliary are two words.
    const contracted = value.length <= 7 && (isApostrophe(value.charCodeAt(value.length - 2)) || isApostrophe(value.charCodeAt(value.length - 3))) ? CONTRACTED_PRONOUN.exec(value) : null;
    if (contracted) {
      const split = start + contracted[1].length;
      tokens.push({ start, end: split, text: contracted[1], lower: contracted[1].toLowerCase() });
      tokens.push({ start: split, end: start + value.length, text: contracted[2], lower: contracted[2].toLowerCase() });
      continue;
    }
    tokens.push({ start, end: start + value.length, text: value, lower: value.toLowerCase() });
    if (value.length < match[0].length) tokens.push({ start: start + value.length, end: start + match[0].length, text: '.', lower: '.' });
  }
  return tokens;
}

/** An adverb or auxiliary at token `index`. A capitalised word in "-ly" is a name ("Kelly said", "Jolly says") unless a comma follows it ("Publicly, ..."). */
function isAdverbAt(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!isAdverbBeforeVerb(token.lower)) return false;
  return token.text === token.lower || !token.lower.endsWith('ly') || tokens[index + 1]?.text === ',';
}

/** Verbs before "to" whose subject is the speaker of the verb after: "continue to insist", "refused to say", "tried to explain". */
const SPEAKER_RAISING_VERBS =
  /^(continu(e|es|ed|ing)|refus(e|es|ed|ing)|declin(e|es|ed|ing)|choos(e|es|ing)|chose|beg(in|ins|an|un)|start(s|ed)?|tr(y|ies|ied|ying)|went|go(es)?|used|appear(s|ed)?|seem(s|ed)?|promis(e|es|ed)|vow(s|ed)?|threaten(s|ed)?|decid(e|es|ed)|agree(s|d)?|rush(es|ed)?|hasten(s|ed)?|dar(e|es|ed)|moved?|took|taken?|proceed(s|ed)?|sought|seek(s)?)$/;

/** The words of tokens [from, to) joined by single spaces. */
const text = (tokens: Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .map((token) => token.text)
    .join(' ');

const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
const isPossessive = (token: Token) => token.text.length > 2 && (/['’]s$/.test(token.text) || /s['’]$/.test(token.text));
const DEMONYM = /^\p{Lu}[\p{L}-]*(ian|ean|ese|ish|i|an|ic|ch)$/u;

/** Words that stand capitalised at the start of a sentence but never name a source. */
const FUNCTION_WORDS = new Set(
  'to in on at for from with by as after before during also just however moreover furthermore then there here what which who whom whose when where why how this that these those it its if so not no but and or nor yet while since because although though until unless once now even still only adding referring facing among despite against itself himself herself themselves having being following including according'.split(
    ' ',
  ),
);

function isSourceToken(token: Token): boolean {
  if (isCapitalised(token)) return !FUNCTION_WORDS.has(token.lower);
  return SOURCE_WORDS.has(token.lower) || /^\d+$/.test(token.text) || (isPossessive(token) && token.lower.length > 2);
}

/** A lowercase word that can modify a source's head ("customs" report, "defence" ministry). */
/** Words that make "attacks" or "strikes" after them a noun: events, never someone speaking. */
const EVENT_MODIFIERS = new Set([
  'terror',
  'terrorist',
  'suicide',
  'military',
  'air',
  'drone',
  'missile',
  'rocket',
  'cyber',
  'deadly',
  'recent',
  'similar',
  'coordinated',
  'retaliatory',
  'armed',
  'militant',
  'insurgent',
  'bomb',
  'mortar',
  'artillery',
  'precision',
  'cross-border',
  'border',
]);

/** Verb forms that are never part of a noun phrase ("state", "report", "call" can be nouns). */
const PLAIN_VERBS =
  /^(say|says|said|tell|tells|told|wrote|writes|thought|thinks|knew|knows|felt|feels|found|finds|believes|believe|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|should|must|shall)$/;

function isModifier(token: Token): boolean {
  return (
    /^\p{Ll}[\p{Ll}-]+$/u.test(token.text) &&
    !FUNCTION_WORDS.has(token.lower) &&
    // "self-described", "left-leaning": a compound in -ed or -ing describes a noun.
    (!/(ed|ing|ly)$/.test(token.lower) || NOUNS_IN_LY.has(token.lower) || (token.lower.includes('-') && /^\p{Ll}+-\p{Ll}+(ed|ing)$/u.test(token.lower))) &&
    !PLAIN_VERBS.test(token.lower)
  );
}

function isHead(token: Token): boolean {
  return isCapitalised(token) || VAGUE_HEADS.has(token.lower) || SOURCE_WORDS.has(token.lower) || INSTITUTION_HEADS.has(token.lower);
}

/** Extends a noun phrase ending at `to` (exclusive) leftwards; returns its first token index. */
function extendLeft(tokens: Token[], to: number, floor = 0): number {
  let from = to;
  let modifiers = 0;
  while (from > floor && to - from < 14) {
    const token = tokens[from - 1];
    // "Rep. Gwen Moore (D-Wis.)": a parenthesis inside the name.
    if (token.text === ')') {
      let open = from - 2;
      while (open > floor && from - open < 8 && tokens[open].text !== '(') open--;
      if (tokens[open]?.text === '(') {
        from = open;
        continue;
      }
      break;
    }
    if (isSourceToken(token)) {
      from--;
      continue;
    }
    // "A review by the Tellmark Institute", "a study from the ministry": the document and who made it.
    const documentAgent = /^(by|from)$/.test(token.lower) && from - 2 >= floor && DOCUMENT_NOUNS.has(tokens[from - 2].lower);
    // "the gambling tycoon", "a retired general": a participle after a determiner describes the head.
    const participle = () => from - 2 >= floor && /^(the|a|an|his|her|its|their|our)$/.test(tokens[from - 2].lower) && /^\p{Ll}+(ing|ed)$/u.test(token.text);
    if (modifiers < 5 && (isModifier(token) || documentAgent || (token.lower === 'of' && from - 1 > floor && from < to) || participle())) {
      from--;
      modifiers++;
      continue;
    }
    break;
  }
  while (from < to && /^(of|for|and|on|in|de|del|da|from)$/.test(tokens[from].lower)) from++;
  return from;
}

/**
 * The noun phrase that ends right before token `end` (exclusive): "Interior Minister Ana Kessel",
 * "the country's defence ministry", "Sources familiar with the operation", "Colonel Rian Duffy, who
 * commands the checkpoint,". Returns token indexes [from, to) of the source's own words.
 */
function sourceBefore(tokens: Token[], end: number): { range: [number, number]; rule: string } | null {
  let to = end;
  while (to > 0 && isAdverbAt(tokens, to - 1) && to > end - 5) to--;
  // "Republicans choose not to believe", "he refused to comment": the subject of the verb before "to".
  // Only verbs that pass their subject on as the speaker: "Residents deserve to know" is the writer's opinion.
  if (to > 1 && to < end && tokens[to].lower === 'to' && SPEAKER_RAISING_VERBS.test(tokens[to - 1].lower)) {
    const verb = to - 1;
    to = verb;
    while (to > 0 && isAdverbAt(tokens, to - 1) && to > verb - 4) to--;
  }
  if (to === 0) return null;
  const last = tokens[to - 1];
  if (PRONOUNS.has(last.lower)) return { range: [to - 1, to], rule: 'source-then-verb' };
  // "Six in 10 say", "about 4 in 10 Republican voters want": a share of the people asked.
  let hasShare = false;
  for (let index = Math.max(1, to - 8); index < to - 1 && !hasShare; index++) hasShare = tokens[index].lower === 'in' && /^(\d+|ten)$/.test(tokens[index + 1].lower);
  for (let from = to - 1; hasShare && from >= Math.max(0, to - 9); from--) {
    if (from > 0 && !/^([,;:“”"—–-]|and|but|while|whereas|though|although)$/i.test(tokens[from - 1].text)) continue;
    if (SHARE_OF_PEOPLE.test(text(tokens, from, to)) && tokens.slice(from, to).every((token) => /^[\p{L}\p{N}-]+$/u.test(token.text))) return { range: [from, to], rule: 'share-then-verb' };
  }

  // "X, an appositive or relative clause, said": the subject stands before the first comma.
  if (last.text === ',') {
    let comma = to - 2;
    while (comma > 0 && to - comma < 40 && tokens[comma].text !== ',') comma--;
    if (comma > 0 && tokens[comma].text === ',') {
      const from = extendLeft(tokens, comma);
      const headWord = tokens[comma - 1];
      const determinedHead = (/^(the|a|an|his|her|its|their|our|one|each|some|two|three)$/.test(tokens[from]?.lower ?? '') || isPossessive(tokens[from])) && isModifier(headWord);
      const opensClause = from === 0 || /^([,”"“:;'’]|since|when|after|because|as|while|although|though|if|but|and)$/i.test(tokens[from - 1]?.text ?? '');
      if (from < comma && (isHead(headWord) || determinedHead) && opensClause) {
        // "Tavria's chief negotiator, Lena Sorvik, wrote": a second name for the same source joins it;
        // "Colonel Rian Duffy, who commands the checkpoint, said": a clause does not.
        return { range: [from, namedBetween(tokens, comma, to - 1) ? to - 1 : comma], rule: 'source-appositive-verb' };
      }
      // "The head of the largest harbour union, Lena Sorvik, praised the crews": a name set off after a description.
      if (namedBetween(tokens, comma, to - 1) && isCapitalised(tokens[comma + 1]) && !FUNCTION_WORDS.has(tokens[comma + 1].lower)) {
        return { range: [comma + 1, to - 1], rule: 'source-appositive-verb' };
      }
    }
    return null;
  }

  // "Sources familiar with the operation said", "Diplomats involved in the talks said".
  for (let index = to - 1; index > 0 && to - index <= 8; index--) {
    const head = tokens[index - 1];
    if (POST_MODIFIERS.test(tokens[index].lower) && (VAGUE_HEADS.has(head.lower) || INSTITUTION_HEADS.has(head.lower))) {
      const start = extendLeft(tokens, index);
      if (start < index && tokens.slice(index, to).every((token) => /^[\p{L}\p{N}'’-]+$/u.test(token.text))) {
        return { range: [start, to], rule: 'source-postmodified-verb' };
      }
    }
    if (/^[,;:“”"]$/.test(tokens[index].text)) break;
  }
  const from = extendLeft(tokens, to);
  // The head is the last word before the verb, or before a parenthesis: "Gov. Mike Pence (R-IN) said".
  let headIndex = to - 1;
  if (tokens[headIndex].text === ')') {
    while (headIndex > from && tokens[headIndex].text !== '(') headIndex--;
    headIndex--;
  }
  const head = tokens[headIndex];
  const determined =
    /^(the|a|an|his|her|its|their|our|this|that|one|each|every|some|many|several|two|three|four|five|most|all|other|another)$/.test(tokens[from]?.lower ?? '') || isPossessive(tokens[from] ?? head);
  // "Many feel", "Some chanted": a quantifier standing alone for people.
  const quantifierAlone = from === to - 1 && /^(some|many|most|several|few)$/.test(head.lower) && (from === 0 || /^([,;:“”"—–-]|and|but|while|though|although)$/i.test(tokens[from - 1].text));
  // "Chinese traders say", "Democratic economists, like their rivals, say": a demonym or party before a plural noun.
  const demonymPlural = () => from < to - 1 && isCapitalised(tokens[from]) && DEMONYM.test(tokens[from].text) && /^\p{Ll}[\p{Ll}-]*[^s]s$/u.test(head.text) && isModifier(head);
  if (
    from < to &&
    head &&
    (isHead(head) || (determined && isModifier(head)) || quantifierAlone || demonymPlural()) &&
    (quantifierAlone || !/^(the|a|an|some|many|his|her|its|their|of|and)$/.test(head.lower))
  ) {
    return { range: [from, to], rule: 'source-then-verb' };
  }
  return null;
}

/** Whether the words between two commas (token indexes, exclusive) are a name: "Lena Sorvik", "the Karsk Herald". */
function namedBetween(tokens: Token[], comma: number, nextComma: number): boolean {
  const words = tokens.slice(comma + 1, nextComma);
  return words.length > 0 && words.length <= 6 && words.every(isSourceToken) && isCapitalised(words[words.length - 1]);
}

/**
 * The subject that opens a sentence, when it names someone: "Trump", "Aid groups", "The billionaire businessman"
 * (a determiner, up to three describing words and a head, then a verb in lower case).
 */
function sentenceSubject(tokens: Token[]): [number, number] | null {
  // "But he ...", "And, later, the mayor ...": a conjunction or adverb that opens the sentence is not the subject.
  let start = 0;
  while (start < tokens.length - 1 && (/^(but|and|so|yet|then|still|however|now|later|meanwhile|instead|,)$/.test(tokens[start].lower) || isAdverbAt(tokens, start))) start++;
  // "Asked whether ..., Mrs. Kessel shook her head and said", "Speaking in Arden on Friday, Kessel insisted ...":
  // after a fronted participle or a time or place phrase, the subject follows its comma.
  if (start < tokens.length && FRONTED_PHRASE.test(tokens[start].text)) {
    let comma = start + 1;
    while (comma < tokens.length && comma - start < 25 && !/^[,.;:“”"]$/.test(tokens[comma].text)) comma++;
    if (tokens[comma]?.text === ',') start = comma + 1;
  }
  const subject = sourceAfter(tokens, start);
  if (subject) {
    const head = tokens[subject[1] - 1];
    if (isCapitalised(head) || VAGUE_HEADS.has(head.lower) || INSTITUTION_HEADS.has(head.lower) || (subject[1] - subject[0] === 1 && PRONOUNS.has(head.lower))) return subject;
  }
  if (!/^(the|a|an|his|her|their|its|our)$/.test(tokens[start]?.lower ?? '')) return null;
  let end = start + 1;
  while (end < 5 && tokens[end] && (isModifier(tokens[end]) || isCapitalised(tokens[end]))) end++;
  const next = tokens[end];
  return end >= start + 2 && next && /^\p{Ll}+$/u.test(next.text) && !FUNCTION_WORDS.has(next.lower) ? [start, end] : null;
}

/** Polls and surveys: "in the latest poll", "in New Hampshire surveys". */
const POLL_NOUNS = /^(poll|polls|survey|surveys|polling)$/;

/** Only the words of one noun phrase stand between "in" and its poll: "in five states going to the polls" is no poll's finding. */
const inPollPhrase = (item: Token) =>
  /^[\p{L}\p{N}'’/&.-]+$/u.test(item.text) &&
  !(FUNCTION_WORDS.has(item.lower) && !/^(this|that)$/.test(item.lower)) &&
  !/^\p{Ll}+ing$/u.test(item.text) &&
  !/^(of|to|by|with|going|head|heads)$/.test(item.lower);

/** The token index of the poll or survey that "in" at `index` opens ("In a Harbour Times poll"), or -1. */
function pollAfterIn(tokens: Token[], index: number): number {
  let noun = index + 1;
  while (noun < tokens.length && noun - index <= 7 && inPollPhrase(tokens[noun]) && !POLL_NOUNS.test(tokens[noun].lower)) noun++;
  return noun < tokens.length && noun - index <= 7 && POLL_NOUNS.test(tokens[noun].lower) && !/^(of|in|on|for)$/.test(tokens[noun + 1]?.lower ?? '') ? noun : -1;
}

/** Words that open a phrase set before the subject: "Asked ...", "Speaking ...", "After the vote", "On Friday". */
const FRONTED_PHRASE = /^(\p{Lu}\p{Ll}+(ed|ing)|After|Before|When|While|During|Despite|Following|In|On|At|Earlier|Later|Last|With)$/u;

/** Participles of verbs that name an act as often as a report: they report only with a proposition after them. */
const ACT_PARTICIPLES =
  /^(showing|finding|calling|wanting|planning|knowing|expecting|attacking|defending|questioning|asking|demanding|rejecting|praising|dismissing|endorsing|citing|quoting|echoing|posting|reporting|stating)$/;

const TELL_FORMS = /^(tell|tells|told)$/;

/** Do-support and modals: after them "report", "show", "note" are verbs ("CNN didn't report that", "polls may show"). */
const DO_OR_MODAL = /^(do|does|did|don['’]t|doesn['’]t|didn['’]t|will|would|could|can|may|might|should|must|to)$/;

/** Words that open a description of someone: "the", "one", "another", "two", "some", "many". */
const DESCRIPTION_DETERMINER = /^(the|a|an|his|her|their|its|our|one|another|each|some|many|several|most|both|two|three|four|five|six|seven|eight|nine|ten|these|those)$/;

/** "Ana Kessel, the harbour master, said": a name, an appositive between commas, then the cue at `index`. */
function namedAppositiveBefore(tokens: Token[], index: number): boolean {
  if (tokens[index - 1]?.text !== ',') return false;
  const before = sourceBefore(tokens, index);
  if (!before || before.rule !== 'source-appositive-verb') return false;
  const words = tokens.slice(before.range[0], before.range[1]);
  const comma = words.findIndex((word) => word.text === ',');
  const name = comma === -1 ? words : words.slice(0, comma);
  return name.length > 0 && isCapitalised(name[name.length - 1]) && !FUNCTION_WORDS.has(name[0].lower);
}

/** Nothing but a time or place adverbial and the final stop after a cue: "..., the paper states.", "..., the ministry reported on Monday." */
const CLAUSE_ENDS_AFTER_CUE = /^\s*(?:(?:on|in|at|last|this|late|early)\s+[\w.,' ]{0,30})?[.!?"”]*\s*$/;

/**
 * A reporting frame after its content: the cue ends the clause and its source stands after a comma or a
 * closing quotation mark ("The harbour needs dredging, the paper states."). A verb that is a noun or an act
 * elsewhere ("the United States", "declared a state of emergency") reports here.
 */
function frameAfterContent(text: string, tokens: Token[], index: number): boolean {
  // The clause must end within a few words: most cues have more after them, and the test then costs nothing.
  const end = tokens[index].end;
  if (text.length - end > 48 || !CLAUSE_ENDS_AFTER_CUE.test(text.slice(end))) return false;
  const source = sourceBefore(tokens, index);
  return source !== null && source.range[0] > 1 && /^[,”"’]$/.test(tokens[source.range[0] - 1].text);
}

/**
 * After "asked": an optional by-agent and time or place ("by Stephanopoulos", "on Monday", "during a debate"), then
 * the question (if, whether, a wh-word, "about") up to the clause's comma. Token indexes of the agent and the question.
 */
function askedQuestion(tokens: Token[], index: number): { agent: [number, number] | null; start: number; end: number } | null {
  let next = index + 1;
  let agent: [number, number] | null = null;
  if (tokens[next]?.lower === 'by') {
    let to = next + 1;
    while (to < tokens.length && to - next <= 6 && !/^(if|whether|what|who|whom|which|how|why|about|to|,)$/.test(tokens[to].lower)) to++;
    if (to > next + 1) agent = [next + 1, to];
    next = to;
  }
  for (let skip = next; skip < tokens.length && skip - next < 6; skip++) {
    if (/^(if|whether|what|who|whom|which|how|why|about|where|when)$/.test(tokens[skip].lower)) {
      let end = skip + 1;
      while (end < tokens.length && !/^[,.;:!?]$/.test(tokens[end].text)) end++;
      return end > skip + 1 ? { agent, start: skip, end } : null;
    }
    if (!/^[\p{L}\p{N}.-]+$/u.test(tokens[skip].text) || REPORTING_VERB_FORMS.has(tokens[skip].lower)) return null;
  }
  return null;
}

/** Verbs that end an "as" frame: "as the paper reported", "as one aide put it", "as some have speculated". */
const AS_FRAME_VERB =
  /^(said|says|reported|reports|noted|notes|observed|wrote|writes|explained|argued|put|pointed|stated|suggested|speculated|predicted|warned|acknowledged|conceded|claimed|insisted|recalled|remarked|tweeted|told|described|indicated|showed|shows|found|concluded)$/;

/**
 * "As the Harbour Times reported on Monday, the dock closed", "..., as one Arden official put it.", "As reported by the
 * Sellan Post, ...": the source (token indexes), the cue and the content of a frame opened by "as" at `index`. The verb
 * must end its clause (a short time or place phrase may follow): "as he urged members to unite" is no frame.
 */
function asFrame(text: string, tokens: Token[], index: number): { source: [number, number]; cue: [number, number]; content: Span | null } | null {
  let verb = index + 1;
  let source: [number, number] | null = null;
  if (tokens[verb] && /^(reported|noted|stated|described|quoted)$/.test(tokens[verb].lower) && tokens[verb + 1]?.lower === 'by') {
    // "As reported by the Sellan Post,": the agent follows.
    source = phraseAfter(tokens, verb + 2);
    if (!source) return null;
  } else {
    while (verb < tokens.length && verb - index <= 20 && !AS_FRAME_VERB.test(tokens[verb].lower) && !/^[.;:!?“”"]$/.test(tokens[verb].text)) verb++;
    if (verb >= tokens.length || !AS_FRAME_VERB.test(tokens[verb].lower)) return null;
    let end = verb;
    while (end > index + 1 && (isAdverbAt(tokens, end - 1) || tokens[end - 1].text === ',')) end--;
    // "as it was called": a passive names no one.
    if (end === index + 1 || /^(is|was|were|are|been|be)$/.test(tokens[verb - 1].lower)) return null;
    source = [index + 1, end];
    const words = tokens.slice(index + 1, end);
    if (!words.some((word) => isSourceToken(word) || isModifier(word))) return null;
  }
  let cueEnd = verb + 1;
  if (tokens[verb].lower === 'put') {
    if (tokens[verb + 1]?.lower !== 'it') return null;
    cueEnd = verb + 2;
  } else if (tokens[verb].lower === 'pointed') {
    if (tokens[verb + 1]?.lower !== 'out') return null;
    cueEnd = verb + 2;
  }
  const after = source[1] > cueEnd ? source[1] : cueEnd;
  // The clause ends within a few words after the verb (or its agent): a comma, a colon or the end.
  let close = after;
  while (close < tokens.length && close - after <= 5 && !/^[,;:.!?—–)]$/.test(tokens[close].text)) close++;
  if (close < tokens.length && !/^[,;:.!?—–)]$/.test(tokens[close].text)) return null;
  if (
    close > after &&
    !isAdverbBeforeVerb(tokens[after].lower) &&
    !/^(on|in|at|last|this|earlier|later|recently|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|so|well|best|before|afterwards)$/.test(tokens[after].lower)
  )
    return null;
  // "As ... reported, A", "Or, as ... put it: A": the frame opens the sentence and governs what follows it.
  const opens = /^[\s“"(]*(?:(?:or|and|but|yet|so|just|even)\b[\s,]*)*$/i.test(text.slice(0, tokens[index].start));
  const content = opens ? (close < tokens.length ? trimContent(text, tokens[close].end, text.length) : null) : trimContent(text, 0, tokens[index].start);
  return { source, cue: [verb, cueEnd], content };
}

/** Lower-case words a speaker's label before a colon may hold: "Former secretary of state Ana Kessel:". */
const LABEL_WORDS = /^(of|at|for|and|de|former|state|host|co-host|anchor|moderator|senator|rep)$/;

/**
 * The speaker before a colon that opens the sentence (token indexes), or null: "PENCE:", "Pat Caddell:", "“Tova Brandt:",
 * "Rep. Ana Kessel (D-Arden):", "Former secretary of state Ana Kessel:". A name in capitals ends it, and what follows
 * opens with a capital or a quotation mark. "The Latest:" (a title), "Photo: AP" (page furniture) name no one.
 */
function speakerBeforeColon(tokens: Token[], colon: number): [number, number] | null {
  const start = /^[“"‘]$/.test(tokens[0].text) ? 1 : 0;
  let end = colon;
  // "Rep. Trey Kessel (D-Arden):": a party and state in brackets after the name.
  if (tokens[end - 1]?.text === ')') {
    let open = end - 2;
    while (open > start && end - open <= 7 && tokens[open].text !== '(') open--;
    if (tokens[open]?.text !== '(') return null;
    end = open;
  }
  const words = tokens.slice(start, end);
  if (words.length === 0 || words.length > 8 || (start > 0 && colon - start > 4 && words.some((word) => !isCapitalised(word)))) return null;
  const plain = words.every((word) => isCapitalised(word) && !FUNCTION_WORDS.has(word.lower) && !isPossessive(word));
  const label =
    words.length >= 2 &&
    isCapitalised(words[0]) &&
    !FUNCTION_WORDS.has(words[0].lower) &&
    isCapitalised(words[words.length - 1]) &&
    !isPossessive(words[words.length - 1]) &&
    words.every((word) => /^[\p{L}.'’-]+$/u.test(word.text) && (isCapitalised(word) || SOURCE_WORDS.has(word.lower) || LABEL_WORDS.test(word.lower)));
  if (!plain && !label) return null;
  // A label with lower-case words is a speaker's when it holds a title or an office ("Former secretary of state Ana
  // Kessel:") or a quotation follows; "Little Relief for Refugees:" is a section heading.
  const titled = words.some((word) => TITLES.has(word.lower) || (!isCapitalised(word) && SOURCE_WORDS.has(word.lower) && !/^(of|for|and|at|de|the|a|an|on|in)$/.test(word.lower)));
  const quotationFollows = /^[“"‘]/.test(tokens[colon + 1]?.text ?? '');
  if (!plain && !titled && !quotationFollows) return null;
  // Five capitalised words or more before a colon are a headline ("Veto Power Impedes Peace Efforts:") unless a quotation follows.
  if (plain && words.length > 4 && !quotationFollows) return null;
  // "The Latest:", "The Ninth Circle:": a title before its subtitle.
  if (words.length > 1 && /^(the|a|an)$/.test(words[0].lower)) return null;
  if (isPageLabel(words.map((item) => item.text))) return null;
  if (!/^[“"‘'\p{Lu}]/u.test(tokens[colon + 1]?.text ?? '')) return null;
  return [start, colon];
}

/** Nouns of saying or believing (not acts or stances: "support", "plan", "decision" are no reports). */
const SAYING_NOUN =
  /^(claims?|calls?|statements?|remarks?|comments?|words|warnings?|criticism|accusations?|allegations?|assertions?|arguments?|views?|beliefs?|fears?|hopes?|concerns?|promises?|pledges?|vows?|insistence|denials?|admission|testimony|message|tweets?|suggestion|contention|assessment|prediction|complaints?|charges?|doubts?|worries|worry|assumption|conviction|rhetoric|attacks)$/;

/**
 * The token index of the noun of saying that the possessor at `index` owns ("Kessel's claim that", "his call for", "their
 * fear is that"; up to two describing words between), when what is said follows it; else -1.
 */
function possessedReport(tokens: Token[], index: number): number {
  let noun = index + 1;
  while (noun < tokens.length && noun - index <= 3 && !SAYING_NOUN.test(tokens[noun].lower) && isModifier(tokens[noun])) noun++;
  if (noun >= tokens.length || !SAYING_NOUN.test(tokens[noun].lower)) return -1;
  const next = tokens[noun + 1]?.lower ?? '';
  const said =
    /^(that|:)$/.test(next) ||
    (/^(is|was)$/.test(next) && tokens[noun + 2]?.lower === 'that') ||
    (/^(calls?)$/.test(tokens[noun].lower) && next === 'for') ||
    (/^(attacks|criticism|remarks?|comments?|views?|warnings?|doubts?|concerns?|complaints?)$/.test(tokens[noun].lower) && /^(of|on|about|against)$/.test(next)) ||
    (/^(claims?|promises?|pledges?|vows?|calls?|warnings?|hopes?)$/.test(tokens[noun].lower) && next === 'to');
  return said ? noun : -1;
}

/** Whether a finite reporting verb follows token `index` in its clause (up to a stop, a colon or a quotation). */
function finiteReportingVerbAfter(tokens: Token[], index: number): boolean {
  for (let next = index + 1; next < tokens.length && !/^[.:;“"]$/.test(tokens[next].text); next++) {
    if (REPORTING_VERB_FORMS.has(tokens[next].text) && !tokens[next].text.endsWith('ing')) return true;
  }
  return false;
}

/** The head word of a source: its last word, or the last before a parenthesis ("Sen. Bernie Sanders (I-VT)"). */
function headOf(words: Token[]): Token {
  let index = words.length - 1;
  if (words[index].text === ')') {
    while (index > 0 && words[index].text !== '(') index--;
    if (index > 0) index--;
  }
  return words[index];
}

/** Whether a person, body or document the text names stands right before token `index` as its subject. */
function namesSourceBefore(tokens: Token[], index: number): boolean {
  const before = sourceBefore(tokens, index);
  if (!before) return false;
  const head = headOf(tokens.slice(before.range[0], before.range[1]));
  return isCapitalised(head) || PRONOUNS.has(head.lower) || VAGUE_HEADS.has(head.lower) || INSTITUTION_HEADS.has(head.lower);
}

/** "engineers" in "..., engineers said": up to two lower-case words after a comma, the last a plural noun. */
function pluralSourceBefore(tokens: Token[], cue: number): [number, number] | null {
  const head = tokens[cue - 1];
  if (!head || !/^\p{Ll}[\p{Ll}-]*[^s]s$/u.test(head.text) || FUNCTION_WORDS.has(head.lower) || PLAIN_VERBS.test(head.lower) || REPORTING_VERB_FORMS.has(head.lower)) return null;
  for (let from = cue - 1; from >= Math.max(1, cue - 3); from--) {
    if (tokens[from - 1].text === ',') return [from, cue];
    if (!isModifier(tokens[from - 1]) && !/^(the|some|many|other|several)$/.test(tokens[from - 1].lower)) return null;
  }
  return null;
}

/** Everything from `start` to the next comma, colon or stop (at most 14 tokens): the source after "according to". */
function phraseAfter(tokens: Token[], start: number): [number, number] | null {
  let to = start;
  while (to < tokens.length && to - start < 14 && !/^[,.;:!?)"”]$/.test(tokens[to].text) && !/^(that|which|who|whose)$/.test(tokens[to].lower)) to++;
  return to > start ? [start, to] : null;
}

/** The noun phrase that starts at token `start`: "the US Library of Congress", "Bangladeshi newspaper The Daily Star". */
function sourceAfter(tokens: Token[], start: number): [number, number] | null {
  let to = start;
  while (to < tokens.length && to - start < 10) {
    const token = tokens[to];
    // A lower-case word joins when a word of the name follows it ("the defence ministry"), not a determiner
    // ("Kessel shook her head": "shook" is the verb).
    if (
      isSourceToken(token) ||
      token.lower === 'from' ||
      (isModifier(token) && to + 1 < tokens.length && isSourceToken(tokens[to + 1]) && !/^(the|a|an|his|her|its|their|our|my|your)$/.test(tokens[to + 1].lower))
    )
      to++;
    else break;
  }
  while (to > start && /^(of|for|and|on|in|the|a|an|from)$/.test(tokens[to - 1].lower)) to--;
  return to > start ? [start, to] : null;
}

/** Anonymous when the source is unnamed or vague; named when it names someone or something identifiable. */
export function kindOfSource(words: Token[]): AttributionKind {
  // "intelligence reports seen by the Northgate Daily": who saw the reports is not who made them.
  const participle = words.findIndex((word, index) => index > 0 && /^(seen|obtained|reviewed|cited|published|released|quoted|shown|read|leaked|acquired)$/.test(word.lower));
  if (participle > 0) return kindOfSource(words.slice(0, participle));
  // "a statement from the ministry": the statement is as identifiable as who issued it.
  const from = words.findIndex((word) => word.lower === 'from' || word.lower === 'by');
  if (from > 0 && from < words.length - 1) return kindOfSource(words.slice(from + 1));
  if (words.length === 1 && /^(we|i)$/.test(words[0].lower)) return 'author';
  if (words.length === 1 && words[0].lower === 'it') return 'anonymous';
  if (words.length === 1 && PRONOUNS.has(words[0].lower)) return 'named';
  const proper = words.filter((word, index) => {
    if (!isCapitalised(word)) return false;
    // Sentence-initial "Sources", "Officials", "Aid groups" are common nouns with a capital.
    if (index === 0 && (SOURCE_WORDS.has(word.lower) || VAGUE_HEADS.has(word.lower) || (words[1] && !isCapitalised(words[1]) && !isPossessive(word)))) {
      return false;
    }
    // "Pakistani officials", "Western diplomats": an adjective, not a name.
    const next = words[index + 1];
    if (DEMONYM.test(word.text) && next && !isCapitalised(next)) return false;
    return !/^(The|A|An|Some|Many|Several|Western|Eastern|Arab|Local|Foreign|Senior|Top)$/.test(word.text);
  });
  const head = words[words.length - 1];
  const determiner = words[0].lower;
  const indefinite = /^(some|many|several|a|an|one|other|others|few|unnamed|anonymous|two|three|four|five|local|senior|top|foreign|western)$/.test(determiner);
  if (proper.length > 0) return indefinite && VAGUE_HEADS.has(head.lower) && !isCapitalised(head) ? 'anonymous' : 'named';
  // "the defence ministry", "the country's foreign office": one identifiable institution.
  const definite = determiner === 'the' || words.some(isPossessive);
  if (definite && INSTITUTION_HEADS.has(head.lower) && !VAGUE_HEADS.has(head.lower)) return 'named';
  if (definite && /^(statement|report|study|survey)$/.test(head.lower) && words.some((word) => INSTITUTION_HEADS.has(word.lower) && word !== head)) return 'named';
  return 'anonymous';
}

const QUOTE_MARK = /[“”«»"]|''/;

/** Spans of quoted passages in `text` (curly or straight double quotes). */
export function quotedSpans(text: string, openUntil?: number): Span[] {
  const spans: Span[] = [];
  // A unit that starts inside a quotation opened before it ("... I think we can win,” she said.") is quoted up to
  // where that quotation ends; its closing mark opens nothing.
  let from = 0;
  if (openUntil !== undefined && openUntil > 0) {
    spans.push({ start: -1, end: Math.min(openUntil, text.length) });
    from = openUntil;
  }
  if (!QUOTE_MARK.test(text)) return spans;
  let open: number | null = null;
  let straightOpen: number | null = null;
  for (let index = from; index < text.length; index++) {
    const char = text[index];
    if (char === '“' || char === '«') open ??= index;
    else if ((char === '”' || char === '»') && open !== null) {
      spans.push({ start: open, end: index + 1 });
      open = null;
    } else if (char === '"' && open !== null && straightOpen === null) {
      // A curly mark closed by a straight one (“We won," she said).
      spans.push({ start: open, end: index + 1 });
      open = null;
    } else if ((char === '”' || char === '»') && straightOpen !== null) {
      // A straight mark closed by a curly one ("We won,” she said).
      spans.push({ start: straightOpen, end: index + 1 });
      straightOpen = null;
    } else if (char === '"' || (char === "'" && text[index + 1] === "'")) {
      // Two apostrophes stand for a double quotation mark in some archives ("''We won,'' she said").
      const width = char === '"' ? 1 : 2;
      // The first straight mark of the unit, right after a word's punctuation, closes a quotation opened in an earlier
      // sentence ("... so it goes,'' Mr. Oduya said."): everything before it is quoted.
      if (straightOpen === null && spans.length === 0 && open === null && index > 0 && /[,.!?;]/.test(text[index - 1]) && !/\S/.test(text[index + width] ?? ' ')) {
        spans.push({ start: -1, end: index + width });
        index += width - 1;
        continue;
      }
      if (straightOpen === null) straightOpen = index;
      else {
        spans.push({ start: straightOpen, end: index + width });
        straightOpen = null;
      }
      index += width - 1;
    }
  }
  // A quotation still open at the end runs to the end of the unit.
  if (open !== null) spans.push({ start: open, end: text.length });
  if (straightOpen !== null) spans.push({ start: straightOpen, end: text.length });
  return spans;
}

const IT_PASSIVE =
  /\b[Ii]t (?:is|was|has been|had been|is being) (?:also |widely |further |now |often |generally |commonly )?(reported|said|alleged|claimed|believed|understood|thought|learned|learnt|known|rumou?red|estimated|feared|expected)\b(?= that\b|,)/g;

/**
 * Evidential phrases with no source: "is expected to", "were widely expected to", "seems to", "appeared to",
 * "it seems that". "appeared on MSNBC" and "appears in court" are being somewhere, not seeming.
 */
const EVIDENTIAL =
  /\b((?:is|are|was|were|’s|'s)\s+(?:(?:also|widely|now|still|generally|largely|broadly)\s+)?expected)(?=\s+to\b)|\b(seem|seems|seemed|appear|appears|appeared)(?=\s+(?:to|that|like|as\s+if|as\s+though)\b)/g;

const EVIDENTIAL_WORDS = new Set(['expected', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** Where the clause holding position `at` begins: after a comma, colon, quotation mark or a word that opens a clause. */
function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  let start = 0;
  for (const match of before.matchAll(/[,;:“”"(—–]|\b(?:that|which|who|while|but|because|although|though|whereas|if|when)\b/g)) start = (match.index ?? 0) + match[0].length;
  return start;
}

/** Cue words that report in nearly every use (over 0.8 of the time in PolNeAR's train split). */
const STRONG_CUES = new Set([
  'said',
  'says',
  'told',
  'tells',
  'wrote',
  'writes',
  'added',
  'noted',
  'argued',
  'tweeted',
  'declared',
  'acknowledged',
  'explained',
  'insisted',
  'warned',
  'claimed',
  'stated',
  'announced',
  'suggested',
  'urged',
  'vowed',
  'recalled',
  'replied',
]);

/** Verbs that report in a title-case headline: "Mayor Says", "Union Chief Warns", "Senator Praises". */
const HEADLINE_CUES = new Set(
  'says said tells told warns warned claims insists insisted admits admitted denies denied urges urged vows vowed praises praised slams slammed blasts blasted endorses endorsed announces announced accuses accused rips defends defended criticizes criticized explains reveals revealed predicts predicted argues argued believes thinks wants'.split(
    ' ',
  ),
);

/** A headline written in title case: most of its longer words open with a capital. */
function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.text.length >= 4 && /^\p{L}/u.test(token.text));
  return words.length >= 3 && words.filter(isCapitalised).length >= 0.75 * words.length;
}

/** What follows a verb that reports a proposition: a that- or wh-clause, a colon or a quotation, also after a comma ("He continued, “...”"); a time may come first. */
const PROPOSITION =
  /^\s*(?:(?:on\s+|last\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|week|month|night|morning|earlier|again|publicly|repeatedly|in\s+(?:a|an|the|his|her|their|its)\s+[\w-]+(?:\s+[\w-]+)?)\s+)?(?:that\b|whether\b|if\b|how\b|why\b|what\b|:|“|"|,\s*(?:“|"|''))/i;

const COMPLEMENT =
  /^\s*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last\s+\w+|earlier|late\s+\w+)\s+)?(that|to|whether|if|what|how|why|who|where|when|:|“|"|,)/i;

/** Every attribution cue in `text`, outermost first: cues outside quotations before those inside. */
export function findAttributions(text: string, learnedCues: Map<string, number> = learnedAttributionCues(), options: CueModelOptions = {}): FoundAttribution[] {
  const tokens = tokenize(text);
  const quotes = quotedSpans(text, options.openQuote);
  const inQuote = (span: Span) => quotes.some((quote) => quote.start < span.start && span.end <= quote.end);
  const found: FoundAttribution[] = [];
  const add = (source: [number, number], cue: Span, rule: string) => {
    const sourceSpan = { start: tokens[source[0]].start, end: tokens[source[1] - 1].end };
    found.push({
      kind: kindOfSource(tokens.slice(source[0], source[1])),
      source: text.slice(sourceSpan.start, sourceSpan.end),
      cue: text.slice(cue.start, cue.end),
      cueSpan: cue,
      sourceSpan,
      contentSpan: contentOf(text, tokens, cue, sourceSpan, rule),
      rule,
      quoted: inQuote(cue),
    });
  };

  const addQuestion = (question: { agent: [number, number] | null; start: number; end: number }, index: number) => {
    const token = tokens[index];
    const cue = { start: token.start, end: token.end };
    const content = trimContent(text, tokens[question.start].start, tokens[question.end - 1].end);
    if (question.agent) {
      add(question.agent, cue, 'asked-by-source');
      found[found.length - 1].contentSpan = content;
      return;
    }
    found.push({ kind: 'author', source: '', cue: token.text, cueSpan: cue, sourceSpan: cue, contentSpan: content, rule: 'asked-question', quoted: inQuote(cue), sourceless: true });
  };

  let headline: boolean | null = null;
  let pendingSubject: [number, number] | null = null;
  // Whether the passes after the loop can match at all: "it" for "it was reported", a word of seeming or expecting.
  const seen = { it: false, evidential: false };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.lower === 'it') seen.it = true;
    else if (!seen.evidential && token.lower.length >= 4 && /^[esa]/.test(token.lower) && EVIDENTIAL_WORDS.has(token.lower)) seen.evidential = true;
    // "Asked whether he would run, the mayor said ...", "when asked by a reporter if ...": the question put to
    // someone. Who asked is the by-agent when the text names one, else no one named.
    if (token.lower === 'asked' && (index === 0 || /^(when|after|once|before)$/.test(tokens[index - 1].lower))) {
      const question = askedQuestion(tokens, index);
      if (question) {
        addQuestion(question, index);
        continue;
      }
    }
    // "In a Harbour Times poll released Monday, 52 percent of voters ...": a poll or survey that opens the sentence
    // is the source of what follows it. ("Kessel leads in the polls" mid-sentence is left alone: PolNeAR's readers
    // disagree on it.)
    if (index === 0 && token.lower === 'in') {
      const noun = pollAfterIn(tokens, index);
      if (noun !== -1) {
        add([index + 1, noun + 1], { start: token.start, end: token.end }, 'in-poll');
        const comma = tokens.findIndex((item, at) => at > noun && item.text === ',');
        found[found.length - 1].contentSpan = comma === -1 ? null : trimContent(text, tokens[comma].end, text.length);
        index = noun;
        continue;
      }
    }
    // "As the Harbour Times reported on Monday, ...", "..., as one Arden official put it.": a frame of comparison whose
    // verb reports and ends its clause; everything between "as" and the verb is the source.
    if (token.lower === 'as' && (index === 0 || /^[,;(“”"—–-]$|^(or|and|but|just|even)$/i.test(tokens[index - 1].text))) {
      const frame = asFrame(text, tokens, index);
      if (frame) {
        const cueSpan = { start: tokens[frame.cue[0]].start, end: tokens[frame.cue[1] - 1].end };
        add(frame.source, cueSpan, 'as-frame');
        found[found.length - 1].contentSpan = frame.content;
        index = frame.cue[1] - 1;
        continue;
      }
    }
    // "Kessel's claim that", "his call for a recount", "their fear is that": a noun of saying or believing after a
    // possessor, with what is said after it, reports for the possessor.
    // (Checked by the last letter first: this runs for every word.)
    const lastCode = token.text.charCodeAt(token.text.length - 1);
    // A possessive pronoun ("his claim that") is left to the cue classifier: the speakers stage resolves such sources with
    // the pronoun mentions, which a rule reading more of them shifts (GAP validation lost a passage).
    if ((lastCode === 115 || lastCode === 39 || lastCode === 8217) && index + 1 < tokens.length && isPossessive(token)) {
      const noun = possessedReport(tokens, index);
      if (noun !== -1) {
        // "Mr. Duffy's claim": the capitalised words of the name before the possessive join it.
        let from = index;
        while (isPossessive(token) && from > 0 && index - from < 4 && isCapitalised(tokens[from - 1]) && !FUNCTION_WORDS.has(tokens[from - 1].lower)) from--;
        const source: [number, number] = [from, index + 1];
        add(source, { start: tokens[noun].start, end: tokens[noun].end }, 'possessor-noun');
        index = noun;
        continue;
      }
    }
    // "According to X," -- the source follows the cue.
    if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') {
      const source = phraseAfter(tokens, index + 2);
      if (source) add(source, { start: token.start, end: tokens[index + 1].end }, 'according-to');
      continue;
    }
    // "” ― Sonya Herridge": a quotation signed with a dash.
    if (token.text.length === 1 && /^[―—–]$/.test(token.text) && /[”"]/.test(tokens[index - 1]?.text ?? '') && tokens[index + 1] && isCapitalised(tokens[index + 1])) {
      const signer = sourceAfter(tokens, index + 1);
      if (signer) add(signer, token, 'dash-signed-quote');
      continue;
    }
    // "PENCE: Well, look, ..." and "Pat Caddell: Democrat voters worried": a speaker before a colon opening the sentence.
    // "Photo: AP", "Credit: L. Moreno", "Author: ...", "Question: ..." are page furniture, never a speaker.
    if (token.text === ':' && index > 0 && index <= 14) {
      const speaker = speakerBeforeColon(tokens, index);
      if (speaker) {
        add(speaker, token, 'speaker-colon');
        // "“Lena Sorvik: Seriously, ...": a turn of a quoted exchange is the speaker's own, not nested in the quotation.
        if (speaker[0] > 0) found[found.length - 1].quoted = false;
        continue;
      }
    }
    // "Trump attacked Clinton, saying she ...": the participle reports for the clause's subject.
    // "..., denouncing ...", "... on the spot – saying ...": any reporting participle after a comma or a dash.
    // Not when a finite reporting verb follows in the clause ("The Daily Star, ..., expressing its support wrote:").
    const previousText = index > 0 ? tokens[index - 1].text : '';
    const trailingParticiple =
      // '..., insisted that he has “expanded the party,” claiming ...': the comma may stand inside the closing quotation mark.
      (previousText === ',' || previousText === '—' || previousText === '–' || previousText === '-' || ((previousText === '”' || previousText === '"') && tokens[index - 2]?.text === ',')) &&
      token.text.endsWith('ing') &&
      (TRAILING_PARTICIPLES.has(token.text) ||
        ((REPORTING_VERB_FORMS.has(token.text) || (learnedCues.has(token.text) && isCommunicationVerb(token.text))) &&
          // "..., showing Lindsey some techniques", "..., finding the keys": acts, unless a proposition follows.
          (!ACT_PARTICIPLES.test(token.text) || PROPOSITION.test(text.slice(token.end, token.end + 50))) &&
          !finiteReportingVerbAfter(tokens, index)));
    if (trailingParticiple) {
      // "..., he said, adding that ...": the participle goes with the source just named.
      // A report inside a quotation ("..., “we know what they want,” adding ...") is not the one the participle goes with.
      let lastIndex = found.length - 1;
      while (lastIndex >= 0 && found[lastIndex].quoted) lastIndex--;
      const last = found[lastIndex];
      if (last && last.cueSpan.end <= token.start && !last.sourceless) {
        const sourceStart = tokens.findIndex((item) => item.start === last.sourceSpan.start);
        const sourceEnd = tokens.findIndex((item) => item.end === last.sourceSpan.end);
        if (sourceStart >= 0 && sourceEnd >= sourceStart) {
          add([sourceStart, sourceEnd + 1], token, 'source-then-participle');
          continue;
        }
      }
      const subject = sentenceSubject(tokens);
      if (subject && subject[1] < index - 1) {
        add(subject, token, 'subject-then-participle');
        continue;
      }
    }
    // Any verb that takes a that-clause from a person or body reports it: "Trump identified that ...", "She agreed that ...".
    if (
      tokens[index + 1]?.lower === 'that' &&
      !REPORTING_VERB_FORMS.has(token.lower) &&
      /^\p{Ll}+(ed|es|s)$/u.test(token.text) &&
      !/^(is|was|has|does|means|seems|ss)$/.test(token.lower) &&
      !/ss$/.test(token.lower)
    ) {
      const subject = sourceBefore(tokens, index);
      if (subject) {
        const head = tokens[subject.range[1] - 1];
        if (isCapitalised(head) || PRONOUNS.has(head.lower) || VAGUE_HEADS.has(head.lower) || INSTITUTION_HEADS.has(head.lower)) {
          add(subject.range, token, 'source-verb-that');
          continue;
        }
      }
    }
    const base = REPORTING_VERB_FORMS.get(token.lower) ?? (learnedCues.has(token.lower) && !FUNCTION_WORDS.has(token.lower) ? `learned:${token.lower}` : undefined);
    // A reporting verb is written in lower case: "Morning Show" and "Fox News Says" are names; in a headline
    // written in title case ("Harbour Chief Warns Of Strike"), a verb that is nearly always one reports.
    if (!base || (token.text !== token.lower && !(HEADLINE_CUES.has(token.lower) && index > 0 && isCapitalised(tokens[index - 1]) && (headline ??= isTitleCase(tokens))))) continue;
    // "has been endorsed by dozens of papers", "was first reported by The Washington Post".
    const beBefore =
      /^(is|was|were|are|been|be)$/.test(tokens[index - 1]?.lower ?? '') ||
      (/^(is|was|were|are|been|be)$/.test(tokens[index - 2]?.lower ?? '') && /(ly|first|also|later|previously)$/.test(tokens[index - 1]?.lower ?? ''));
    if (beBefore && tokens[index + 1]?.lower === 'by') {
      const agent = phraseAfter(tokens, index + 2);
      if (agent) add(agent, token, 'passive-by-source');
      continue;
    }
    // A verb after a comma or closing quote may frame what came before: "..., reported Euro News".
    const framing = /^[,”"’']$/.test(tokens[index - 1]?.text ?? '') && !!tokens[index + 1] && (isCapitalised(tokens[index + 1]) || /^(the|a|an)$/.test(tokens[index + 1].lower));
    // "reported Saturday that": a time may stand between the verb and its that-clause.
    // "The Times reported.", "CNN reported six planes ...": a past or progressive form after a named source reports
    // ("planned the strikes" is an act).
    if (
      NEEDS_COMPLEMENT.has(base) &&
      !framing &&
      !COMPLEMENT.test(text.slice(token.end, token.end + 40)) &&
      !(base !== 'plan' && /(ed|ing)$/.test(token.lower) && namesSourceBefore(tokens, index)) &&
      !frameAfterContent(text, tokens, index)
    )
      continue;
    // Acts are not reports: "declared a state of emergency", "pushed the authority to reopen talks",
    // "sought to mediate". A verb that can be either, or a learned cue that is not a verb of saying,
    // reports only with a proposition after it, or as a frame after the content ("..., declared X").
    const learnedWeak = base.startsWith('learned:') && !isCommunicationVerb(token.lower) && !((learnedCues.get(token.lower) ?? 0) >= 0.85);
    if ((ACT_OR_REPORT.has(base) || learnedWeak) && !framing && !PROPOSITION.test(text.slice(token.end, token.end + 50)) && !frameAfterContent(text, tokens, index)) continue;
    // "the Chicago Police Department, which reported ...": the relative pronoun stands for its antecedent.
    // "..., who has repeatedly said": adverbs and auxiliaries may stand between.
    let relativeIndex = index - 1;
    while (relativeIndex > 0 && index - relativeIndex < 4 && isAdverbAt(tokens, relativeIndex)) relativeIndex--;
    if (/^(which|who)$/.test(tokens[relativeIndex]?.lower ?? '')) {
      add([relativeIndex, relativeIndex + 1], token, 'relative-pronoun-source');
      const relative = found[found.length - 1];
      let antecedentEnd = relativeIndex;
      if (tokens[antecedentEnd - 1]?.text === ',') antecedentEnd--;
      const antecedentStart = extendLeft(tokens, antecedentEnd);
      if (antecedentStart < antecedentEnd) {
        const words = tokens.slice(antecedentStart, antecedentEnd);
        relative.source = text.slice(words[0].start, words[words.length - 1].end);
        relative.kind = kindOfSource(words);
      }
      continue;
    }
    // A participle after "be" is a passive, not a report: "the resolution was later revoked".
    if (/^(is|was|were|are|been|be)$/.test(tokens[index - 1]?.lower ?? '') && tokens[index + 1]?.lower !== 'by' && !token.lower.endsWith('ing')) continue;
    // "..., said Mr. Smith." -- verb then source, after a comma or closing quote.
    const previous = tokens[index - 1];
    // A participle is not a frame: "..., showing Lena some chords" names no source after it.
    // "Graham, a former candidate, told CBS News": who is told is the listener, never the source; "Dean Johnson, a
    // salesman from Sumter, says Cruz will win": a name before its appositive is the subject, not the clause after.
    if (previous && /^[,”"’']$/.test(previous.text) && !token.lower.endsWith('ing') && !TELL_FORMS.test(token.lower)) {
      // After a closing quote the rest of the clause is the source ("said 9/11 widow Terry Strada").
      const afterQuote = /^[”"’']$/.test(previous.text) ? phraseAfter(tokens, index + 1) : null;
      const clauseEnds = afterQuote && /^[.!?,;]?$/.test(tokens[afterQuote[1]]?.text ?? '');
      let after = clauseEnds ? afterQuote : sourceAfter(tokens, index + 1);
      // "..., says political scientist Dossym Satpayev", "..., said former harbour master Ana Kessel": a title in lower
      // case before the name.
      if (!clauseEnds && (!after || !isCapitalised(tokens[after[0]]))) {
        let name = index + 1;
        while (name < tokens.length && name - index <= 4 && isModifier(tokens[name])) name++;
        const named = name > index + 1 && tokens[name] && isCapitalised(tokens[name]) && !FUNCTION_WORDS.has(tokens[name].lower) ? sourceAfter(tokens, name) : null;
        if (named) after = [index + 1, named[1]];
      }
      if (after && (clauseEnds || isCapitalised(tokens[after[0]]) || DESCRIPTION_DETERMINER.test(tokens[after[0]].lower) || isModifier(tokens[after[0]])) && !namedAppositiveBefore(tokens, index)) {
        add(after, token, 'verb-then-source');
        continue;
      }
    }
    // "Machado promised to support Clinton and said she would ...", "He praised the plan but later described it as ...":
    // the subject is shared.
    let joinerIndex = index - 1;
    while (joinerIndex > 0 && isAdverbAt(tokens, joinerIndex)) joinerIndex--;
    const joined = /^(and|but)$/.test(tokens[joinerIndex]?.lower ?? '');
    // A level with no one behind it ("Asked whether ...") has no subject to share.
    const sharedLevel = found.findLast((item) => !item.sourceless);
    if (joined && !sharedLevel && REPORTING_VERB_FORMS.has(token.lower)) {
      const subject = sentenceSubject(tokens);
      if (subject && subject[1] < joinerIndex - 1) {
        add(subject, token, 'shared-subject');
        continue;
      }
    }
    if (joined && sharedLevel && !sharedLevel.quoted) {
      const shared = sharedLevel;
      const sourceStart = tokens.findIndex((item) => item.start === shared.sourceSpan.start);
      const sourceEnd = tokens.findIndex((item) => item.end === shared.sourceSpan.end);
      if (sourceStart >= 0 && sourceEnd >= sourceStart) {
        add([sourceStart, sourceEnd + 1], token, 'shared-subject');
        continue;
      }
    }
    // "Oz's show", "one tweet", "Editor's note", "a reality show": after a possessive or determiner the word is a noun.
    if (previous && (isPossessive(previous) || /^(a|an|the|one|his|her|their|its|each|every)$/.test(previous.lower))) continue;
    // "the April 22 terror attacks", "Hamas-led terrorist attacks": a compound noun, not a verbal attack.
    if (/^(attacks?|strikes?)$/.test(token.lower) && previous && EVENT_MODIFIERS.has(previous.lower)) continue;
    // "the contests known as Super Tuesday", "a hacker known as Guccifer": a name, not knowledge.
    if (token.lower === 'known' && tokens[index + 1]?.lower === 'as') continue;
    // "appeared on MSNBC": being somewhere, not seeming.
    if (/^appear(s|ed|ing)?$/.test(token.lower) && /^(on|at|in|before|with|alongside)$/.test(tokens[index + 1]?.lower ?? '')) continue;
    const before = sourceBefore(tokens, index);
    // "..., engineers said.", "..., local doctors said": a plural noun between the clause's comma and the
    // cue is the source, whatever noun it is, not the subject that opens the sentence.
    if (!before && STRONG_CUES.has(token.lower)) {
      const plural = pluralSourceBefore(tokens, index);
      if (plural) {
        add(plural, token, 'plural-noun-then-verb');
        continue;
      }
    }
    // "Obama punctuated his list by saying ...": the participle reports for the sentence's subject.
    if (!before && previous?.lower === 'by' && token.lower.endsWith('ing') && isCapitalised(tokens[0]) && !FUNCTION_WORDS.has(tokens[0].lower)) {
      const subject = sourceAfter(tokens, 0);
      if (subject && subject[1] < index - 1) {
        add(subject, token, 'subject-by-participle');
        continue;
      }
    }
    if (!before && STRONG_CUES.has(token.lower) && isCapitalised(tokens[0]) && !FUNCTION_WORDS.has(tokens[0].lower)) {
      // "said", "told", "wrote" nearly always report; when the words right before are no source,
      // the subject that opens the sentence is ("Machado promised to support Clinton and later said ...").
      const subject = sourceAfter(tokens, 0);
      if (subject && subject[1] < index) {
        add(subject, token, 'sentence-subject');
        continue;
      }
    }
    if (!before) {
      // "The Daily Star, a known ... newspaper, ... wrote: “...”" -- the subject opens the sentence.
      const next = tokens[index + 1];
      if (next && next.text === ':' && tokens[0] && isCapitalised(tokens[0])) {
        const initial = sourceAfter(tokens, 0);
        if (initial && tokens[initial[1]]?.text === ',') add(initial, token, 'subject-then-colon-quote');
      }
      continue;
    }
    // "The Daily Star, a known newspaper, expressing its support ... wrote:": the participle describes;
    // the finite verb that follows reports, for the same subject.
    if (token.lower.endsWith('ing') && before.rule === 'source-appositive-verb') {
      const rest = tokens.slice(index + 1);
      const clauseEnd = rest.findIndex((item) => /^[.:“"]$/.test(item.text));
      const clause = clauseEnd === -1 ? rest : rest.slice(0, clauseEnd);
      if (clause.some((item) => REPORTING_VERB_FORMS.has(item.lower) && !item.lower.endsWith('ing'))) {
        pendingSubject = before.range;
        continue;
      }
    }
    if (pendingSubject && !token.lower.endsWith('ing')) {
      add(pendingSubject, token, 'source-appositive-verb');
      pendingSubject = null;
      continue;
    }
    const words = tokens.slice(before.range[0], before.range[1]);
    const head = headOf(words);
    // "show", "note" uninflected are verbs only after a plural subject ("polls show"); "a TV show" is a noun.
    // After "did", "didn't" or a modal ("CNN didn't report that", "nor did he report that"), or before "that" ("Audit files
    // from the registry show that"), the word is a verb whatever its subject.
    const verbForm = () => DO_OR_MODAL.test(tokens[index - 1]?.lower ?? '') || tokens[index + 1]?.lower === 'that';
    if (/^(show|note|tweet|remark|comment|post|estimate|claim|report|plan)$/.test(token.lower) && !/(s|data|media|people|police|i|we|you|they)$/i.test(head.lower) && !verbForm()) continue;
    // A learned word that is a cue most of the time needs no more than a noun phrase before it.
    const reliable = base.startsWith('learned:') && (learnedCues.get(token.lower) ?? 0) >= 0.7;
    if ((NEEDS_SOURCE_SUBJECT.has(base) || base.startsWith('learned:')) && !reliable) {
      const determiner = words[0].lower;
      // "the campaign's chief strategist", "One strategist described", "Kasich's team thinks": a determiner, a number or a
      // possessor before a describing noun.
      // A number or quantifier opens a description only before a finite verb and without "of" ("one of the things
      // worrying them" is a noun and its participle).
      const counted = !/^(the|a|an|his|her|their|its|our)$/.test(determiner) && !isPossessive(words[0]);
      const definiteDescription =
        (DESCRIPTION_DETERMINER.test(determiner) || isPossessive(words[0])) &&
        isModifier(head) &&
        words.length >= 2 &&
        !(counted && (token.lower.endsWith('ing') || words.some((word) => word.lower === 'of')));
      const sourceLike = isCapitalised(head) || VAGUE_HEADS.has(head.lower) || PRONOUNS.has(head.lower) || INSTITUTION_HEADS.has(head.lower) || definiteDescription;
      if (!sourceLike) continue;
    }
    add(before.range, token, before.rule);
  }

  for (const match of seen.it ? text.matchAll(IT_PASSIVE) : []) {
    const start = match.index ?? 0;
    const verbEnd = start + match[0].lastIndexOf(match[1]) + match[1].length;
    const cueSpan = { start: start + 3, end: verbEnd };
    found.push({
      kind: 'anonymous',
      source: 'It',
      cue: text.slice(cueSpan.start, cueSpan.end),
      cueSpan,
      sourceSpan: { start, end: start + 2 },
      contentSpan: trimContent(text, cueSpan.end, text.length),
      rule: 'it-passive',
      quoted: inQuote(cueSpan),
    });
  }
  // "The storm is expected to reach Karsk", "the mayor seemed to relent": an evidential phrase with no one
  // named behind it; the writer's own voice, with the phrase as its cue and the whole clause as content.
  for (const match of seen.evidential ? text.matchAll(EVIDENTIAL) : []) {
    const cueSpan = { start: match.index ?? 0, end: (match.index ?? 0) + match[0].length };
    if (found.some((item) => overlaps(item.cueSpan, cueSpan))) continue;
    found.push({
      kind: 'author',
      source: '',
      cue: text.slice(cueSpan.start, cueSpan.end),
      cueSpan,
      sourceSpan: cueSpan,
      contentSpan: trimContent(text, clauseStart(text, cueSpan.start), text.length),
      rule: 'evidential',
      quoted: inQuote(cueSpan),
      sourceless: true,
    });
  }
  if (options.model) addModelCues(text, tokens, found, inQuote, options);
  // Inside a quotation "I" and "we" are the quoted speaker, not a source of their own.
  const meaningful = found.filter((item) => !(item.quoted && item.kind === 'author'));
  // A frame whose content holds another cue is the outer level: in "Officials said X, Reuters reported"
  // Reuters reports what officials said, so it comes first in the chain.
  if (meaningful.length <= 1) return meaningful;
  const kept = withoutOverlaps(meaningful);
  endContentsAtCoordinateCues(text, kept);
  markEmbeddedReports(text, kept);
  if (options.model?.nested || options.collectNested) markNestedByModel(text, kept, options);
  const depth = (item: FoundAttribution) =>
    kept.filter((other) => other !== item && other.contentSpan && other.contentSpan.start <= item.cueSpan.start && item.cueSpan.end <= other.contentSpan.end).length;
  const depths = new Map(kept.map((item) => [item, depth(item)]));
  // A phrase with no one behind it ("Asked whether ...", "seemed to") does not outrank a source the sentence names.
  // A cue the classifier found ranks after the rules' cues: "closed her speech by saying" reports by "saying".
  const learned = (item: FoundAttribution) => Number(item.rule.startsWith('learned-cue'));
  return kept.sort(
    (a, b) => Number(a.quoted) - Number(b.quoted) || depths.get(a)! - depths.get(b)! || Number(!!a.sourceless) - Number(!!b.sourceless) || learned(a) - learned(b) || a.cueSpan.start - b.cueSpan.start,
  );
}

/**
 * "Kiedis said the album was done, adding that ...": a cue whose source is the same speaker, or stands outside
 * the content, is a second report beside the first, not inside it, so the first content ends before it
 * (without the comma or "and" that joins them); so does a frame after the content whose own content holds
 * this report. A cue whose source lies in the content stays nested in it.
 */
function endContentsAtCoordinateCues(text: string, found: FoundAttribution[]) {
  for (const item of found) {
    const content = item.contentSpan;
    if (!content || item.quoted) continue;
    const inside = (span: Span) => content.start <= span.start && span.end <= content.end;
    const beside = found.filter(
      (other) =>
        other !== item &&
        !other.quoted &&
        other.cueSpan.start > content.start &&
        inside(other.cueSpan) &&
        ((other.sourceSpan.start === item.sourceSpan.start && other.sourceSpan.end === item.sourceSpan.end) ||
          !inside(other.sourceSpan) ||
          // "Officials said X, Reuters reported": the frame after the content holds this report, not the reverse.
          (other.contentSpan !== null && other.contentSpan.start <= item.cueSpan.start && item.cueSpan.end <= other.contentSpan.end)),
    );
    if (beside.length === 0) continue;
    const first = Math.min(...beside.map((other) => Math.min(other.cueSpan.start, inside(other.sourceSpan) ? other.sourceSpan.start : other.cueSpan.start)));
    let end = first;
    const joint = /(?:[\s,;—–-]|\band\b|\bbut\b)*$/.exec(text.slice(content.start, end));
    if (joint) end -= joint[0].length;
    const trimmed = trimContent(text, content.start, end);
    if (trimmed) item.contentSpan = trimmed;
  }
}

/**
 * "Kessel said Duffy had admitted the error": a report whose source opens the clause another source reports
 * is part of what that source said, nested in it, not a report of the writer's own. Only for a frame that
 * names its source before the cue and its content after ("X said (that) ..."), where the reported clause
 * begins with the inner source.
 */
function markEmbeddedReports(text: string, found: FoundAttribution[]) {
  for (const item of found) {
    if (item.quoted || item.sourceless) continue;
    const host = found.find(
      (other) =>
        other !== item &&
        !other.quoted &&
        !other.sourceless &&
        other.contentSpan !== null &&
        other.sourceSpan.end <= other.cueSpan.start &&
        other.cueSpan.end <= other.contentSpan.start &&
        other.contentSpan.start === item.sourceSpan.start &&
        // "The documents indicate, he said in an interview, that ...": a frame set off by commas is no clause of the content.
        !/[,;:—–(“”"]/.test(text.slice(other.cueSpan.end, other.contentSpan.start)) &&
        item.cueSpan.end <= other.contentSpan.end,
    );
    if (host) item.embedded = true;
  }
}

/** A content span without the words that join it to its cue ("that", ",", ":") or the final stop. */
function trimContent(text: string, start: number, end: number): Span | null {
  let from = start;
  let to = end;
  for (;;) {
    const rest = text.slice(from, to);
    const lead = /^(\s+|,|:|that\b|—|–|-)/.exec(rest);
    if (!lead) break;
    from += lead[0].length;
  }
  while (to > from && /[\s.,;]/.test(text[to - 1])) to--;
  return to > from ? { start: from, end: to } : null;
}

const SAY_FORMS = /^(?:say|says|said|saying)$/;
/** A clause of its own after "said": a subject of several words, not a time ("said Tuesday") or a manner ("said as he left"). */
const CLAUSE_AFTER_SAY = /^\s*(?:(?:he|she|they|it|we|i|there|the|a|an|his|her|their|its)\b|\p{Lu}[\p{L}.'’-]*\s+(?!(?:in|on|at|during|after|before|as|while|when)\b)\p{L})(?![^.;:]{0,12}$)/u;

/**
 * Where the content of an attribution lies: after the cue when the source comes first ("X said
 * that ..."), before the source when it comes last ("..., X said."), after the source's comma for a
 * sentence-initial "According to X, ...", before it for a final "..., according to X".
 */
function contentOf(text: string, tokens: Token[], cue: Span, source: Span, rule: string): Span | null {
  const sourceFirst = source.start < cue.start;
  const tail = text.slice(Math.max(cue.end, source.end));
  // Nothing but a time or place adverbial after cue and source: the content came before them.
  const endsHere = /^\s*(?:(?:on|in|at|last|this|late|early)\s+[\w.,' ]{0,30})?[.!?"”]*\s*$/.test(tail);
  if (rule === 'according-to') {
    // "The AP reported that, according to an analysis, 85 meetings ...": set off inside a that-clause, the phrase
    // governs what follows it, like one that opens the sentence.
    if (cue.start <= 2 || /^[\s“"]*$/.test(text.slice(0, cue.start)) || /\bthat\s*,\s*$/.test(text.slice(0, cue.start))) {
      const after = text.slice(source.end).search(/[,:]/);
      return after === -1 ? null : trimContent(text, source.end + after + 1, text.length);
    }
    return trimContent(text, 0, cue.start);
  }
  // "“We won,” Kessel said, adding that ...": a participle that reports for a source named before it governs what
  // follows it, not the quotation before the source.
  if (/participle/.test(rule)) return trimContent(text, cue.end, text.length);
  // "“It was nice,” the tycoon told Reuters in Macau.": after a quotation and its comma, the quotation is the content
  // even when a listener or a place follows the cue. Not when a clause of its own follows a verb of saying
  // ("Sunday on the “Morning Show,” Rep. Ana Kessel said the port had reopened").
  const beforeSource = text.slice(Math.max(0, source.start - 8), source.start);
  const saysClause = () => SAY_FORMS.test(text.slice(cue.start, cue.end).toLowerCase()) && (PROPOSITION.test(tail) || CLAUSE_AFTER_SAY.test(tail));
  const afterQuotation = () => /[,?!](?:[”"]|'')\s*$/.test(beforeSource) || (/(?:[”"]|''),?\s*$/.test(beforeSource) && !/^[^.;:]*?(\bthat\b|[:“"])/.test(tail));
  if (rule === 'verb-then-source' || (sourceFirst && /(?:[,”"]|'')\s*$/.test(beforeSource) && (endsHere || (afterQuotation() && !saysClause())))) {
    return trimContent(text, 0, Math.min(source.start, cue.start));
  }
  // "..., new fundraising reports show.": the frame ends the sentence, its content is the clause before it.
  if (sourceFirst && endsHere) {
    const comma = text.lastIndexOf(',', source.start);
    if (comma > 0 && /^[\s\p{L}\p{N}'’-]*$/u.test(text.slice(comma + 1, source.start))) return trimContent(text, 0, comma);
  }
  if (sourceFirst) {
    // "told reporters in Arden that ...": skip the listener up to "that" when it is near.
    const after = text.slice(cue.end, cue.end + 60);
    const that = /^[^,.;:]{0,50}?\bthat\b/.exec(after);
    return trimContent(text, that && /^(told|tells|tell|informed|assured|reminded|warned)$/i.test(text.slice(cue.start, cue.end)) ? cue.end + that[0].length : cue.end, text.length);
  }
  void tokens;
  return trimContent(text, 0, source.start);
}

/**
 * One reading per stretch of text: "According to intelligence reports" must not also yield
 * "intelligence" + "reports", nor "It was reported" both the passive and "It" + "reported".
 * The according-to and it-passive readings win.
 */
function withoutOverlaps(found: FoundAttribution[]): FoundAttribution[] {
  const ranked = [...found].sort((a, b) => rank(a) - rank(b));
  const kept: FoundAttribution[] = [];
  for (const candidate of ranked) {
    const clash = kept.some((other) => overlaps(candidate.cueSpan, other.cueSpan) || overlaps(candidate.cueSpan, other.sourceSpan) || overlaps(candidate.sourceSpan, other.cueSpan));
    if (!clash) kept.push(candidate);
  }
  return kept;
}

function rank(attribution: FoundAttribution): number {
  if (attribution.rule === 'according-to' || attribution.rule === 'it-passive') return 0;
  return attribution.rule.startsWith('learned-cue') ? 2 : 1;
}

/** The learned cue classifier, and (for training) a collector that sees every word it would score. */
export interface CueModelOptions {
  model?: CueModel;
  /** The text starts inside a quotation of the document that ends at this offset (possibly past the text's end). */
  openQuote?: number;
  /** Called with the features and span of every word scored; with it, the model adds nothing. */
  collect?: (features: string[], span: Span) => void;
  /** Called with the features and cue span of every report inside another's content; with it, none is marked. */
  collectNested?: (features: string[], span: Span) => void;
}

/**
 * "Kessel said the port, which officials described as unsafe, would reopen": a report inside another
 * level's content is part of what that level reports when the nesting classifier says so (PolNeAR marks
 * the outer report only); it stays in the chain, marked nested. Reports beside each other ("X said A,
 * adding B") stay apart.
 */
function markNestedByModel(text: string, found: FoundAttribution[], options: CueModelOptions) {
  const nested = options.model?.nested;
  for (const item of found) {
    if (item.embedded || item.quoted) continue;
    const host = found.find((other) => other !== item && !other.quoted && other.contentSpan !== null && other.contentSpan.start <= item.cueSpan.start && item.cueSpan.end <= other.contentSpan.end);
    if (!host || !host.contentSpan) continue;
    const inside = (span: Span) => host.contentSpan!.start <= span.start && span.end <= host.contentSpan!.end;
    // "X rejected the offer, and Okafor told reporters ...": a clause joined by a conjunction is a report beside the host's.
    const opening = item.sourceless || !inside(item.sourceSpan) ? item.cueSpan.start : item.sourceSpan.start;
    // So is one joined by "nor" ("He declined to name anyone, nor did he report that ...").
    if (/(?:[,;]\s*|\b)(?:and|but|while|whereas|nor(?:\s+(?:did|does|do|has|have|had|would|could|will|was|is))?)\s*$/i.test(text.slice(host.contentSpan.start, opening))) continue;
    const features = nestedFeatures({
      rule: item.rule,
      hostRule: host.rule,
      cue: item.cue.toLowerCase(),
      hostCue: host.cue.toLowerCase(),
      sourceInside: inside(item.sourceSpan),
      sourceless: !!item.sourceless,
      sameSource: !item.sourceless && item.source === host.source,
      between: text.slice(host.contentSpan.start, item.cueSpan.start),
      hostContentAfter: host.contentSpan.start >= host.cueSpan.end,
      quoted: item.quoted,
      kind: item.kind,
    });
    if (options.collectNested) options.collectNested(features, item.cueSpan);
    else if (nested && cueScore(nested.weights, features) > nested.threshold) item.embedded = true;
  }
}

const POSSESSIVE_PRONOUN = /^(his|her|their|its|our|my)$/;
/** How much surer (log-odds) the classifier must be of a cue with no source: picked on the held-out fifth of PolNeAR train. */
const SOURCELESS_MARGIN = 1;
/** Verbs of holding a view, which report a belief: "Kessel sees the deal as a trap", "the union considered it unfair". */
const BELIEF_VERBS = /^(see|sees|saw|seen|view|views|viewed|consider|considers|considered|regard|regards|regarded|prefer|prefers|preferred)$/;
/** Nouns of saying or holding a view: with a determiner or possessor before them they report ("his criticism of"). */
/** Stances and acts, which PolNeAR marks but which report nothing: "his support for", "their opposition to", "the council's decision". */
const STANCE_NOUN = /^(support|supports|opposition|backing|vote|votes|signing|funding|spending|meeting|hearing|building|ruling|decision|decisions|plan|plans|proposal|proposals)$/;
const CUE_NOUN =
  /(tion|sion|ment|ance|ence|ism|ure|ity|al|ing)s?$|^(claims?|views?|words?|remarks?|comments?|warnings?|calls?|praise|interview|speech|letter|tweets?|posts?|op-ed|belief|hopes?|fears?|doubts?|concerns?)$/;

/**
 * Cues the hand rules left unread, decided word by word by the learned classifier: each word of its
 * vocabulary outside every cue and source found so far is scored with its neighbours; words above the
 * threshold form the cue (adjacent ones join), and the source and content attach by the same rules as a
 * reporting verb's: the noun phrase before it, a possessor ("his criticism of"), else the subject that
 * opens the sentence, else no one (the writer's voice with a cue). Only reporting is attribution: a word
 * that is neither a verb of saying nor a noun after a determiner needs a proposition after it.
 */
function addModelCues(text: string, tokens: Token[], found: FoundAttribution[], inQuote: (span: Span) => boolean, options: CueModelOptions) {
  const model = options.model!;
  let candidates: number[] | null = null;
  for (let index = 0; index < tokens.length; index++) {
    if (model.vocabulary.has(tokens[index].lower)) (candidates ??= []).push(index);
  }
  if (!candidates) return;
  const taken = (token: Token) => found.some((item) => overlaps(item.cueSpan, token) || (!item.sourceless && overlaps(item.sourceSpan, token)));
  const firstRuleCue = found.length > 0 ? Math.min(...found.map((item) => item.cueSpan.start)) : -1;
  // The classifier's view of who could be speaking is cheap (a word or two); the rules read the source of a cue it picks.
  const sourceHead = (token: Token | undefined) =>
    !!token && ((isCapitalised(token) && !FUNCTION_WORDS.has(token.lower)) || PRONOUNS.has(token.lower) || VAGUE_HEADS.has(token.lower) || INSTITUTION_HEADS.has(token.lower));
  let opening = 0;
  while (opening < tokens.length - 1 && (/^(but|and|so|yet|then|still|however|now|later|meanwhile|instead|,)$/.test(tokens[opening].lower) || isAdverbAt(tokens, opening))) opening++;
  const opensWithSource = sourceHead(tokens[opening]);
  let subject: [number, number] | null | undefined;
  const accepted: number[] = [];
  const scores: number[] = [];
  for (const index of candidates) {
    const token = tokens[index];
    if (taken(token)) continue;
    let headIndex = index - 1;
    while (headIndex > 0 && index - headIndex < 4 && isAdverbAt(tokens, headIndex)) headIndex--;
    const sourceLike = sourceHead(tokens[headIndex]);
    const previous = tokens[index - 1];
    const possessor = !!previous && (isPossessive(previous) || POSSESSIVE_PRONOUN.test(previous.lower));
    const context: CueContext = {
      quoted: inQuote(token),
      ruleCue: firstRuleCue === -1 ? 'none' : firstRuleCue < token.start ? 'before' : 'after',
      sourceBefore: sourceLike,
      possessor,
      subject: opensWithSource && opening < index - 1,
      inContent: found.some((item) => item.contentSpan !== null && item.contentSpan.start <= token.start && token.end <= item.contentSpan.end),
      near: found.some((item) => item.cueSpan.end <= token.start && item.cueSpan.end >= (tokens[index - 3] ?? tokens[0]).start)
        ? 'after'
        : found.some((item) => item.cueSpan.start >= token.end && item.cueSpan.start <= (tokens[index + 3] ?? tokens[tokens.length - 1]).end)
          ? 'before'
          : 'none',
    };
    if (options.collect) {
      options.collect(cueFeatures(tokens, index, context), token);
      continue;
    }
    const score = cueWordScore(model.weights, tokens, index, context);
    if (score > model.threshold) {
      accepted.push(index);
      scores.push(score);
    }
  }
  for (let at = 0; at < accepted.length; at++) {
    const first = accepted[at];
    let last = first;
    while (at + 1 < accepted.length && accepted[at + 1] === last + 1) last = accepted[++at];
    const cueSpan = { start: tokens[first].start, end: tokens[last].end };
    const previous = tokens[first - 1];
    const cueWords = tokens.slice(first, last + 1);
    // "wrote in a letter", "said in a statement to reporters": a noun after a rule's cue is part of its phrase, no report of its own.
    let before = first - 1;
    while (before >= 0 && first - before <= 4 && /^(in|a|an|the|his|her|their|its|to|on|at|during|with|,)$/.test(tokens[before].lower)) before--;
    if (before >= 0 && before < first - 1 && found.some((item) => !item.rule.startsWith('learned-cue') && item.cueSpan.end === tokens[before].end)) continue;
    // "a known newspaper", "the alleged plot": a participle after a determiner describes a noun.
    if (previous && /^(a|an|the)$/.test(previous.lower) && /(ed|en|wn)$/.test(tokens[first].lower)) continue;
    // As for the rules, a cue is written in lower case ("Call centre users ..." is a headline's noun), and a participle
    // before "by" or "with" is a passive act ("backed by the authorities", "charged with fraud").
    if (cueWords.some((item) => item.text !== item.lower)) continue;
    if (/ed$/.test(tokens[last].lower) && /^(by|with)$/.test(tokens[last + 1]?.lower ?? '')) continue;
    // Acts, stances and words that are nouns elsewhere report only with a proposition, as for the rules:
    // "declared a state of emergency", "their support for the plan", "the police report".
    const actLike = cueWords.some(
      (item) => STANCE_NOUN.test(item.lower) || ACT_OR_REPORT.has(REPORTING_VERB_FORMS.get(item.lower) ?? '') || NEEDS_COMPLEMENT.has(REPORTING_VERB_FORMS.get(item.lower) ?? ''),
    );
    const nounAfterDeterminer = !actLike && CUE_NOUN.test(tokens[last].lower) && !!previous && (/^(a|an|the|this|that|his|her|their|its|our|my)$/.test(previous.lower) || isPossessive(previous));
    const reports = !actLike && cueWords.some((item) => isCommunicationVerb(item.lower) || REPORTING_VERB_FORMS.has(item.lower));
    // "made clear", "made it clear": the cue is the phrase.
    const clear = /^(made|make|makes|making)$/.test(tokens[last].lower)
      ? tokens[last + 1]?.lower === 'clear'
        ? last + 1
        : tokens[last + 1]?.lower === 'it' && tokens[last + 2]?.lower === 'clear'
          ? last + 2
          : -1
      : -1;
    if (clear !== -1) cueSpan.end = tokens[clear].end;
    const believes = !actLike && cueWords.some((item) => BELIEF_VERBS.test(item.lower));
    if (!reports && !believes && clear === -1 && !nounAfterDeterminer && !PROPOSITION.test(text.slice(cueSpan.end, cueSpan.end + 50)) && !frameAfterContent(text, tokens, last)) continue;
    let source: [number, number] | null = null;
    let rule = 'learned-cue';
    if (previous && POSSESSIVE_PRONOUN.test(previous.lower)) {
      source = [first - 1, first];
      rule = 'learned-cue-possessor';
    } else {
      const before = sourceBefore(tokens, first);
      const head = before ? headOf(tokens.slice(before.range[0], before.range[1])) : null;
      if (before && head && (isCapitalised(head) || PRONOUNS.has(head.lower) || VAGUE_HEADS.has(head.lower) || INSTITUTION_HEADS.has(head.lower) || isPossessive(head))) {
        source = before.range;
        rule = 'learned-cue-source';
      } else if (pluralSourceBefore(tokens, first)) {
        // "..., auditors found.": a plural noun after the clause's comma, as for the rules' strong cues.
        source = pluralSourceBefore(tokens, first);
        rule = 'learned-cue-source';
      } else if (PROPOSITION.test(text.slice(cueSpan.end, cueSpan.end + 50)) && (subject ??= sentenceSubject(tokens)) && subject[1] <= first) {
        // The subject that opens the sentence speaks only when the cue governs a proposition ("The ministry issued a
        // warning that ..."; not "The timetable changed without a word of warning").
        source = subject;
        rule = 'learned-cue-subject';
      }
    }
    // A cue with no one behind it is the writer's voice with a cue; the classifier must be surer of it.
    if (!source && scores[at] <= model.threshold + SOURCELESS_MARGIN) continue;
    // "A review, published on Monday, found ...": a participle with no one before it describes a noun.
    if (!source && /(ed|en|wn)$/.test(tokens[last].lower)) continue;
    // "without a word of warning", "a note of caution": a noun after "of" with nothing reported after it.
    if (!source && previous?.lower === 'of' && !PROPOSITION.test(text.slice(cueSpan.end, cueSpan.end + 50))) continue;
    if (!source) {
      const content = tokens.length - last > 3 ? trimContent(text, cueSpan.end, text.length) : trimContent(text, clauseStart(text, cueSpan.start), cueSpan.start);
      found.push({ kind: 'author', source: '', cue: text.slice(cueSpan.start, cueSpan.end), cueSpan, sourceSpan: cueSpan, contentSpan: content, rule, quoted: inQuote(cueSpan), sourceless: true });
      continue;
    }
    const sourceSpan = { start: tokens[source[0]].start, end: tokens[source[1] - 1].end };
    found.push({
      kind: kindOfSource(tokens.slice(source[0], source[1])),
      source: text.slice(sourceSpan.start, sourceSpan.end),
      cue: text.slice(cueSpan.start, cueSpan.end),
      cueSpan,
      sourceSpan,
      contentSpan: contentOf(text, tokens, cueSpan, sourceSpan, rule),
      rule,
      quoted: inQuote(cueSpan),
    });
  }
}
