/**
 * What a number counts, read from the noun phrase around it: the unit ("rifles", "tonnes"), the
 * counted thing as a phrase (`of`: "intact forest area") and whose it is (`subject`: "Microsoft" in
 * "Microsoft's emissions fell by a third", "the world" in "40% of the world's intact forest area").
 */
import { MEASURE_WORDS } from './lexicon.js';
import { isNumberWord } from './number-words.js';

export interface Counted {
  unit: string | null;
  of: string | null;
  subject: string | null;
}

export const FUNCTION_WORDS =
  /^(?:of|and|or|in|on|at|to|for|from|with|by|the|a|an|who|which|that|were|was|are|is|be|been|had|have|has|will|would|could|should|may|might|can|than|as|into|over|under|per|each|every|this|these|those|it|they|he|she|we|you|i|but|not|no|so|if|when|while|since|more|less|fewer|most|its|their|his|her|our|your|my|said|says|say|told|according|about|around|after|before|during|across|between|among|including|last|next|this|ago|later|earlier|also|still|already|just|only|even|all|both|some|any|out|up|down|off|there|here|what|how|why|where|whose|whom|then|now|do|does|did|being|having|against|toward|towards|through|within|without|upon|onto|via|amid|once|again|yet|too|very|much)$/i;

/** Nouns counted without a plural -s. */
const INVARIABLE_PLURALS =
  /^(people|children|men|women|police|staff|personnel|cattle|sheep|aircraft|fish|deer|youth|militia|troops|livestock|offspring|crew|clergy|faculty|swine|poultry|data|media|military)$/i;

const WORD = /^[\s,]*([\p{L}][\p{L}'’-]*)/u;
/** A measure right after the number, longest first: "metric tons" before "tons". */
const MEASURE = new RegExp(
  String.raw`^[\s-]*(${Object.keys(MEASURE_WORDS)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')})(?![\p{L}])`,
  'iu',
);

function nextWords(text: string, from: number, count: number): Array<{ word: string; end: number }> {
  const words: Array<{ word: string; end: number }> = [];
  let at = from;
  while (words.length < count) {
    const match = WORD.exec(text.slice(at));
    if (!match) break;
    at += match[0].length;
    words.push({ word: match[1], end: at });
  }
  return words;
}

/** Verbs in -s that end a noun phrase: "two-thirds of the budget goes on salaries". */
const VERB_IN_S =
  /^(goes|says|does|has|is|was|remains|stands|lies|comes|makes|takes|gets|needs|seems|means|shows|lacks|works|runs|falls|rises|grows|sits|uses|faces|holds|keeps|gives|puts|sells|costs|pays|covers|flows|carries|crosses|passes|serves|leaves|depends)$/i;

const isPluralNoun = (word: string) => (!VERB_IN_S.test(word) && /^\p{Ll}[\p{Ll}-]*s$/u.test(word) && !/(ss|us|is|ous)$/.test(word)) || INVARIABLE_PLURALS.test(word);
const isDemonymPlural = (word: string) => /^\p{Lu}[\p{L}-]*(ans|is|ers|ists|ites|ese)$/u.test(word);

/**
 * The noun phrase from `from` on: adjectives up to a plural noun (a count) or, for a fraction or a
 * percentage, up to the head noun of "of the X". Possessives on the way are the owner.
 */
function phraseAfter(text: string, from: number, massAllowed: boolean, singularAllowed = false): Counted | null {
  const words = nextWords(text, from, 7);
  let index = 0;
  let sawOf = false;
  if (words[0]?.word.toLowerCase() === 'of') {
    sawOf = true;
    index++;
  }
  let determined = false;
  if (/^(the|its|their|his|her|our|this|that|these|those|all|a|an)$/i.test(words[index]?.word ?? '')) {
    index++;
    determined = true;
  }
  // A fraction counts a mass only when a noun phrase follows it: "half the electorate", "a third of its volume", not "half once".
  massAllowed &&= sawOf || determined;
  let subject: string | null = null;
  // "of Microsoft's emissions", "of the world's intact forest area"
  const phraseStart = index;
  for (let look = index; look < Math.min(words.length, index + 3); look++) {
    // An owner is a name or "the ..." : "Microsoft's", "the world's", not "showed Ms Simonetti's".
    if (FUNCTION_WORDS.test(words[look].word) && !/^the$/i.test(words[look].word)) break;
    if (!/^\p{Lu}/u.test(words[look].word) && !/^the$/i.test(words[look].word) && !/['’]/.test(words[look].word)) break;
    if (/['’]s?$/.test(words[look].word) && /['’]/.test(words[look].word)) {
      subject = [
        ...words.slice(phraseStart > 0 && /^the$/i.test(words[phraseStart - 1].word) ? phraseStart - 1 : phraseStart, look).map((item) => item.word),
        words[look].word.replace(/['’]s?$/, ''),
      ].join(' ');
      index = look + 1;
      break;
    }
  }
  const head: string[] = [];
  for (let step = 0; index < words.length && step < 4; index++, step++) {
    const word = words[index].word;
    // A verb ends the phrase: "goes", "sold", "filtered by".
    if (FUNCTION_WORDS.test(word) || VERB_IN_S.test(word) || isNumberWord(word) || ((step > 0 || !sawOf) && /^\p{Ll}+ed$/u.test(word))) break;
    head.push(word);
    // "one ferry", "a single reporter": a count of one names a singular noun.
    if (singularAllowed && /^\p{Ll}+$/u.test(word) && (FUNCTION_WORDS.test(words[index + 1]?.word ?? 'of') || /^\s*[,.;:]/.test(text.slice(words[index].end, words[index].end + 2))))
      return { unit: word, of: head.join(' '), subject };
    if (isPluralNoun(word) || (step === 0 && isDemonymPlural(word))) return { unit: /^\p{Lu}/u.test(word) && step === 0 ? word : word.toLowerCase(), of: head.join(' '), subject };
    // A fraction or a percentage counts a mass: "a third of its volume", "40% of the forest area".
    if ((massAllowed || sawOf) && /^\p{Ll}/u.test(word)) {
      const next = words[index + 1]?.word ?? '';
      if (!next || FUNCTION_WORDS.test(next) || /[,.;:]/.test(text.slice(words[index].end, words[index].end + 1))) return { unit: word.toLowerCase(), of: head.join(' '), subject };
    }
  }
  if ((massAllowed || sawOf) && head.length > 0) return { unit: head.at(-1)!.toLowerCase(), of: head.join(' '), subject };
  return null;
}

/** Verbs that put a number on the thing before them: "emissions rose 6%", "the toll stood at 40". */
const CHANGE_VERB = String.raw`(?:rose|fell|grew|dropped|declined|increased|decreased|jumped|climbed|slipped|shrank|surged|soared|plunged|tumbled|doubled|reached|hit|topped|totall?ed|exceeded|amounted\s+to|came\s+to|stood\s+at|(?:was|were|is|are)\s+(?:at|up|down)|rise|fall|grow|drop|increase|decrease|cut|reduced?|raised?|lowered?)`;
const BEFORE_NUMBER = new RegExp(
  String.raw`(?:(?<owner>(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*|\p{Ll}+))['’]s?\s+)?(?<thing>(?<![\p{L}])(?:[\p{L}][\p{Ll}-]*\s+){0,2}[\p{Ll}-]+)\s+(?:(?:has|have|had|was|were|is|are|will|would|could|may|might)\s+(?:been\s+|be\s+)?)?${CHANGE_VERB}\s+(?:by\s+|to\s+|at\s+|from\s+)?$`,
  'u',
);

/** "the number of volunteer fighters at nearly 8,000", "Microsoft's emissions fell by a third". */
function phraseBefore(text: string, start: number): Counted | null {
  const window = text.slice(Math.max(0, start - 120), start);
  const tally = /(?:number|total|count|toll|tally)\s+of\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:at|to|was|were|is|are|stood\s+at|reached|rose\s+to|fell\s+to)\s+$/u.exec(window);
  if (tally) {
    const words = tally[1].split(/\s+/);
    return { unit: words.at(-1)!.toLowerCase(), of: tally[1], subject: null };
  }
  const change = BEFORE_NUMBER.exec(window);
  if (!change?.groups) return null;
  // The noun phrase right before the verb: the trailing words that are not function words ("its emissions" is "emissions").
  const words = change.groups.thing.split(/\s+/);
  let first = words.length;
  while (first > 0 && !FUNCTION_WORDS.test(words[first - 1])) first--;
  const thing = words.slice(first);
  // "when she was 14": a pronoun or a clause word right before the verb is no counted thing.
  if (thing.length === 0) return null;
  const owner = first === 0 && change.groups.owner && /['’]/.test(change[0]) ? change.groups.owner : null;
  return { unit: thing.at(-1)!.toLowerCase(), of: thing.join(' '), subject: owner };
}

/**
 * The unit, counted thing and owner of the number at [start, end). A measure right after it wins
 * ("500 tonnes"); then the noun phrase after it ("26 Hindu tourists", "two-thirds of the budget");
 * then the thing a verb puts the number on before it ("emissions rose 6%").
 */
export function countedThing(text: string, start: number, end: number, known: string | null, massAllowed: boolean, singularAllowed = false): Counted {
  const measure = MEASURE.exec(text.slice(end, end + 30));
  if (!known && measure) {
    const unit = MEASURE_WORDS[measure[1].toLowerCase().replace(/\s+/g, ' ')];
    const rest = phraseAfter(text, end + measure[0].length, true);
    return { unit, of: rest && /^\s+of\b/.test(text.slice(end + measure[0].length, end + measure[0].length + 4)) ? rest.of : null, subject: rest?.subject ?? null };
  }
  const afterPhrase = phraseAfter(text, end, massAllowed, singularAllowed);
  if (afterPhrase) return { unit: known ?? afterPhrase.unit, of: afterPhrase.of, subject: afterPhrase.subject };
  const beforePhrase = phraseBefore(text, start);
  if (beforePhrase) return { unit: known ?? (massAllowed ? null : beforePhrase.unit), of: beforePhrase.of, subject: beforePhrase.subject };
  return { unit: known, of: null, subject: null };
}
