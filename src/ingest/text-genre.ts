/**
 * The text's own signals of genre, used only when the page says nothing about itself: reporting
 * ("…, officials said", "according to") in the third person reads as news; a writer speaking in
 * the first person outside quotations reads as opinion (a column, a blog post, a letter).
 */

const REPORTING = /\b(?:said|says|saying|told|according to|announced|reported|confirmed|stated|added|argued|warned|claimed|insisted|denied|estimated|noted|pointed out|explained)\b/gi;
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|mine|myself)\b/g;
/** Quotations are other people's words: "I" inside them is not the writer. */
const QUOTED = /[“"][^”"]{0,600}[”"]/g;

/** A fact check states its verdict in words of its own. */
const VERDICT =
  /\b(?:we rate (?:this|the|that) (?:claim|statement)|our ruling\b|rated (?:it |this )?(?:true|false|mostly (?:true|false)|half true)|pants on fire|(?:two|three|four) pinocchios|this claim is (?:false|misleading|unproven))/i;

export function textGenre(body: string): { genre: 'news' | 'opinion' | 'analysis'; because: string } | null {
  const verdict = VERDICT.exec(body);
  if (verdict) return { genre: 'analysis', because: `text: a fact check's verdict ("${verdict[0]}")` };
  const prose = body.replace(QUOTED, ' ');
  const words = prose.split(/\s+/).filter(Boolean).length;
  if (words < 120) return null;
  const reporting = (body.match(REPORTING) ?? []).length;
  const firstPerson = (prose.match(FIRST_PERSON) ?? []).length;
  const perThousand = (count: number) => (1000 * count) / words;
  if (perThousand(firstPerson) >= 8 && firstPerson >= 6 && firstPerson >= 3 * reporting) {
    return { genre: 'opinion', because: `text: the writer in the first person (${firstPerson} times, ${reporting} reporting verbs)` };
  }
  if (perThousand(reporting) >= 4 && reporting >= 3 && reporting >= 2 * firstPerson) {
    return { genre: 'news', because: `text: reporting verbs (${reporting}, ${firstPerson} first-person words outside quotations)` };
  }
  return null;
}
