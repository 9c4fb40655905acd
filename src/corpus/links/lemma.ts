/**
 * A small English lemmatiser for comparing claims: "supporter", "supporting" and "supported" are all
 * "support"; "agencies" is "agency"; "fighters" is "fighter". Suffix rules with a few irregular forms,
 * enough for word overlap, not a dictionary. Demonyms become their country ("Pakistani" → "pakistan"),
 * so "Pakistani officials" and "Pakistan's officials" share a word.
 */
import { memoized } from '../../core/memo.js';
import { gazetteer } from '../../pipeline/stages/entities/gazetteer.js';

const IRREGULAR: Record<string, string> = {
  was: 'be',
  were: 'be',
  is: 'be',
  are: 'be',
  been: 'be',
  being: 'be',
  am: 'be',
  has: 'have',
  had: 'have',
  having: 'have',
  did: 'do',
  does: 'do',
  done: 'do',
  said: 'say',
  says: 'say',
  told: 'tell',
  found: 'find',
  shown: 'show',
  showed: 'show',
  made: 'make',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  went: 'go',
  gone: 'go',
  came: 'come',
  saw: 'see',
  seen: 'see',
  knew: 'know',
  known: 'know',
  thought: 'think',
  brought: 'bring',
  bought: 'buy',
  sold: 'sell',
  held: 'hold',
  led: 'lead',
  left: 'leave',
  met: 'meet',
  paid: 'pay',
  sent: 'send',
  spent: 'spend',
  built: 'build',
  began: 'begin',
  begun: 'begin',
  fell: 'fall',
  fallen: 'fall',
  rose: 'rise',
  risen: 'rise',
  won: 'win',
  lost: 'lose',
  fought: 'fight',
  struck: 'strike',
  killed: 'kill',
  men: 'man',
  women: 'woman',
  children: 'child',
  people: 'people',
  feet: 'foot',
  lives: 'life',
  wives: 'wife',
  supporter: 'support',
  supporters: 'support',
  backer: 'back',
  backers: 'back',
  funder: 'fund',
  sponsor: 'sponsor',
  attacker: 'attack',
  attackers: 'attack',
  killer: 'kill',
  killers: 'kill',
  ally: 'ally',
  allies: 'ally',
  allied: 'ally',
  arms: 'arm',
  armed: 'arm',
  shelter: 'shelter',
  haven: 'shelter',
  protection: 'protect',
  assistance: 'assist',
  funding: 'fund',
  financing: 'fund',
  finance: 'fund',
  financed: 'fund',
  finances: 'fund',
  backing: 'back',
  loss: 'lose',
  losses: 'lose',
  cooperation: 'cooperate',
  collaboration: 'cooperate',
  ties: 'tie',
  links: 'link',
};

const VOWEL = /[aeiou]/;

/** Lemmas already made: every claim compared is lemmatised word by word, and news repeats its words. */
export const lemma: (word: string) => string = memoized(lemmaOf, 100_000);

function lemmaOf(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  const country = gazetteer().demonyms.get(lower.charAt(0).toUpperCase() + lower.slice(1)) ?? gazetteer().demonyms.get(word.replace(/s$/, ''));
  if (country) return country.toLowerCase();
  if (lower.length <= 4) return lower;
  if (/ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(lower)) return lower;
  if (/(?:ches|shes|sses|xes|zes)$/.test(lower)) return lower.slice(0, -2);
  if (/s$/.test(lower)) return lower.slice(0, -1);
  const stem = (cut: number) => {
    let base = lower.slice(0, -cut);
    if (/([bdgklmnprt])\1$/.test(base)) base = base.slice(0, -1);
    else if (/[^aeiou][aeiou][bcdgkmnptvz]$/.test(base) && base.length <= 5) base = `${base}e`;
    return base;
  };
  if (/ing$/.test(lower) && VOWEL.test(lower.slice(0, -3))) return stem(3);
  if (/ied$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/ed$/.test(lower) && VOWEL.test(lower.slice(0, -2))) return stem(2);
  if (
    /ers?$/.test(lower) &&
    lower.length > 6 &&
    !/(?:over|under|after|other|former|number|member|order|border|minister|power|water|paper|officer|leader|quarter|letter|chapter|center|centre|computer|matter|never|ever|however|whether|together|neither|either|rather|later|further|summer|winter|river|danger|murder|partner|worker|soldier|farmer|teacher|player|owner|fighter|user|reporter|manager)s?$/.test(
      lower,
    )
  ) {
    return lower.replace(/ers?$/, '');
  }
  return lower;
}
