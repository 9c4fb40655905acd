/**
 * What a number in a claim counts, whose it is and when: "36.2 percent of the world's intact forest
 * landscape area" counts the `percent|world intact forest landscape area`, "Microsoft's 2020 emissions"
 * belong to Microsoft in 2020. Two numbers can only disagree when all of these agree.
 */
import type { Actor } from './aliases.js';
import { lemma } from './lemma.js';
import type { LinkableClaim } from './linkable.js';
import { intervalOf, unitKey, type Interval } from './numbers.js';

export interface Count {
  quantity: LinkableClaim['quantities'][number];
  unit: string;
  /** The unit and the words of what it is of, lemmatised: what is counted. */
  thing: string;
  /** The keys of the actor the count belongs to (the nearest, most specific one), or null when the claim does not say. */
  owner: Set<string> | null;
  /** The keys of every actor in the count's clause: an owner named on one side must be among them on the other. */
  clause: Set<string>;
  /** The keys of the owner and of the clause's actors before the count: who it is said of. */
  before: Set<string>;
  ownerName: string | null;
  interval: Interval | null;
}

const STOP = new Set('a an the of and or in on at by for from with to as its their his her this that these those our your'.split(' '));
/** Where the noun phrase after a number ends: a verb, a clause, a preposition that starts something else. */
const PHRASE_END =
  /^(?:is|are|was|were|has|have|had|will|would|could|may|might|can|said|says|in|on|at|since|for|by|during|after|before|than|and|but|which|that|who|while|when|because|last|this|next|according)$/;

const PAST_VERBS = new Set(
  'struck hit shot took made gave left lost won fell rose sold bought held led sent met saw brought caught built cut drew drove fought found kept paid put ran set sought spent stood told threw wrote'.split(
    ' ',
  ),
);
const OBJECT_START = /^\s+(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d|\p{Lu})/u;

function followingPhrase(text: string, from: number): { words: string[]; end: number } {
  const words: string[] = [];
  const pattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[,.;:!?()“”"]/gu;
  pattern.lastIndex = from;
  let end = from;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) && words.length < 8) {
    const word = match[0];
    if (/^[,.;:!?()“”"]$/.test(word) || PHRASE_END.test(word.toLowerCase())) break;
    // A verb with its object ends the phrase: "four strikes destroyed two positions", "three strikes hit a unit";
    // what the verb acts on is not what the number counts, nor its owner.
    if (words.length > 0 && (/ed$/.test(word) || PAST_VERBS.has(word.toLowerCase())) && OBJECT_START.test(text.slice(match.index + word.length, match.index + word.length + 12))) break;
    words.push(word);
    end = match.index + word.length;
  }
  return { words, end };
}

/** Every count in the claim with what it counts and whose it is. */
export function countsOf(claim: LinkableClaim, allActors: Actor[]): Count[] {
  // An actor named as the source ("the Karsk health office said") owns nothing it says.
  const lower = claim.text.toLowerCase();
  const sourceSpans = claim.sources
    .filter((level) => level.source)
    .map((level) => {
      const at = lower.indexOf(level.source!.toLowerCase());
      return [at, at + level.source!.length] as const;
    })
    .filter(([at]) => at >= 0);
  const actors = allActors.filter((actor) => !sourceSpans.some(([from, to]) => actor.start >= from && actor.start < to));
  const counts: Count[] = [];
  let searchFrom = 0;
  for (const quantity of claim.quantities) {
    const unit = unitKey(quantity.unit);
    if (!unit) continue;
    let at = claim.text.indexOf(quantity.text, searchFrom);
    if (at < 0) at = claim.text.indexOf(quantity.text);
    if (at >= 0) searchFrom = at + quantity.text.length;
    const after = at >= 0 ? followingPhrase(claim.text, at + quantity.text.length) : { words: [], end: 0 };
    // What it is of: "percent of the world's intact forest area"; an actor named there is the owner, not the thing.
    const unitLemma = lemma(unit);
    const lemmas = after.words.map(lemma);
    const unitAt = lemmas.indexOf(unitLemma);
    const ofAt = lemmas.indexOf('of', unitAt + 1);
    const actorWords = new Set(actors.flatMap((actor) => [...actor.keys].flatMap((key) => key.split(/\s+/))));
    const ofWords = ofAt >= 0 && ofAt <= unitAt + 1 ? lemmas.slice(ofAt + 1).filter((word) => !STOP.has(word) && !actorWords.has(word) && !/^\d/.test(word)) : [];
    const thing = [unitLemma, ...ofWords].join(' ');
    // The owner: an actor inside the counted phrase ("Bangladeshi fighters", "emissions of Microsoft"), else the nearest before.
    // Every actor named inside the phrase owns it together ("Palestine-repatriated Bangladeshi fighters").
    const inside = at >= 0 ? actors.filter((actor) => actor.start >= at && actor.start < after.end) : [];
    // Before the number, every actor of its clause owns it together ("Dalvik Mining's Sarn pit employed 2,400").
    const clauseStart = at >= 0 ? Math.max(0, ...[...claim.text.slice(0, at).matchAll(/[;:]|,\s+(?:and|but|while|whereas)\b/g)].map((match) => (match.index ?? 0) + 1)) : 0;
    const before = at >= 0 ? actors.filter((actor) => actor.start >= clauseStart && actor.start < at) : [];
    const breakAfter = at >= 0 ? /[;:]|,\s+(?:and|but|while|whereas)\b/.exec(claim.text.slice(at)) : null;
    const clauseEnd = at >= 0 && breakAfter ? at + breakAfter.index : claim.text.length;
    const clause = new Set(actors.filter((actor) => actor.start >= clauseStart && actor.start < clauseEnd).flatMap((actor) => [...actor.keys]));
    // "300 homes in Holm", "tickets for the Sarn concert": a place or owner named just after the phrase.
    const tail = at >= 0 ? /^\s+(?:in|of|at|from|for|on)\s+(?:the\s+)?/i.exec(claim.text.slice(after.end)) : null;
    // Only when the name ends the phrase: in "the Karsk offensive" Karsk qualifies the offensive, it owns nothing.
    const named = tail ? actors.find((actor) => actor.start === after.end + tail[0].length) : undefined;
    const afterName = named ? /^\s*([\p{L}]+)?/u.exec(claim.text.slice(named.start + named.name.length))?.[1] : undefined;
    const next = named && (!afterName || PHRASE_END.test(afterName.toLowerCase()) || /^\p{Lu}/u.test(afterName)) ? named : undefined;
    const owners = inside.length > 0 ? inside : next ? [next] : before.slice(-1);
    counts.push({
      quantity,
      unit,
      thing,
      owner: owners.length > 0 ? new Set(owners.flatMap((actor) => [...actor.keys])) : null,
      clause,
      before: new Set([...owners, ...before].flatMap((actor) => [...actor.keys])),
      ownerName: owners.length > 0 ? owners[owners.length - 1].name : null,
      interval: intervalOf(quantity),
    });
  }
  return counts;
}

/** The years a claim speaks of: from its dates and from bare years in its text. */
export function yearsOf(claim: LinkableClaim): Set<string> {
  const years = new Set<string>();
  for (const time of claim.times) {
    if ((time.type ?? 'DATE') !== 'DATE') continue;
    const year = /^(\d{4})/.exec(time.value)?.[1];
    // A year, or a month or day whose year is unknown ("XXXX-03"): both name when.
    if (year) years.add(year);
    else if (/^XXXX-[\dQWH]/.test(time.value)) years.add(time.value);
  }
  for (const match of claim.text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) years.add(match[1]);
  return years;
}

/** Two time frames are compatible unless both claims name times and none is shared ("in March" and "in 1998" are not). */
export function yearsCompatible(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const value of a) if (b.has(value)) return true;
  return false;
}
