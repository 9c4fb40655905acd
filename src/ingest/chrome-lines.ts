import type { RemovedKind } from '../core/document.js';

/**
 * Rules that recognise a whole line or paragraph of page chrome by its words alone, shared by
 * HTML extraction (for what Readability leaves in) and page dumps. Each rule has a name, kept
 * with what it removes.
 */
export interface LineRule {
  name: string;
  kind: RemovedKind;
  test: (line: string) => boolean;
}

const whole = (pattern: RegExp) => (line: string) => pattern.test(line.trim());

export const LINE_RULES: LineRule[] = [
  {
    name: 'comment-form.prompt',
    kind: 'comment-form',
    test: whole(
      /^(please enter your (comment|name|email)[^\n]{0,30}|leave a (reply|comment)[^\n]{0,30}|post (a )?comment|add a comment|(save|remember) my name[^\n]{0,160}|notify me of [^\n]{0,80}|you must be logged in[^\n]{0,80}|\d+\s+comments?|comments?( \(\d+\))?|(name|email|website)\s*\*?|cancel reply|submit( comment)?|this site uses akismet[^\n]{0,120}|sign in to comment|join the (conversation|discussion)|log in to reply)$/i,
    ),
  },
  {
    name: 'advert.label',
    kind: 'advert',
    test: whole(
      /^[-–—\s]*(advertisement|advertisements|advert|adverts|sponsored( content)?|ad|promoted|continue reading (below|after advertisement)|story continues below( advertisement)?)[-–—\s]*$/i,
    ),
  },
  {
    name: 'tags.label',
    kind: 'tags',
    test: whole(/^(topics|tags|related topics|related tags|filed under|categories|keywords)\s*(:.{0,200})?$/i),
  },
  {
    name: 'navigation.share',
    kind: 'navigation',
    test: whole(
      /^(share|share this( article| story)?|share on (facebook|twitter|x|linkedin|whatsapp)|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|home|menu|search|subscribe|sign in|log in|login|register|newsletter|skip to (main )?content|back to top|read more|related( articles| stories)?|most (read|popular)|trending( now)?|you may also like|recommended( for you)?|next article|previous article|follow us( on [a-z]+)?)[.…:!]*$/i,
    ),
  },
  {
    name: 'navigation.read-more',
    kind: 'navigation',
    test: whole(
      /^(see more|read more|more|related|also read|read also|watch|listen|recommended|more on this( story)?|click here)\s*:\s*.{0,200}$|^this slideshow requires javascript\.?$|^image \d+ of \d+$/i,
    ),
  },
  {
    name: 'other.dateline',
    kind: 'other',
    test: whole(/^[|\s]*(published|updated|posted|last updated|first published)\b(\s+on)?\s*:?\s*[^.!?]{0,60}\d[^!?]{0,60}$/i),
  },
  {
    name: 'other.byline',
    kind: 'other',
    test: whole(/^by\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,4}(\s*(,|and|&)\s*[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,4})*(\s*[|,–—-]\s*.{0,60})?$/),
  },
  {
    name: 'caption.trailing-credit',
    kind: 'caption',
    test: (line) => line.length < 400 && /(credit:\s*[^.]{1,60}|\((image|photo|picture|pictured|images|photos)s?( credit)?:\s*[^)]{1,80}\))\s*$/i.test(line),
  },
  {
    name: 'disclaimer.views',
    kind: 'disclaimer',
    test: (line) =>
      line.length < 600 &&
      /\b((opinions?|views?)( and facts)? (expressed|presented|stated) (in|by) (this|the) (article|piece|column|op-ed|post|author)|do(es)? not necessarily (reflect|represent)|(assume|accept)s? no (responsibility|liability)|assumes? (any|no) responsibility|is solely responsible for|disclaimer:)/i.test(
        line,
      ),
  },
  {
    name: 'credit.photo',
    kind: 'credit',
    test: whole(/^\(?(photo|image|picture|credit|photograph|illustration|source|video)s?\s*(credit)?\s*[:©].{0,200}$|^©.{0,200}$|^\(?(photo|image) (by|courtesy of)\b.{0,200}$/i),
  },
  {
    name: 'other.copyright',
    kind: 'other',
    test: whole(/^(copyright|©)\s.{0,200}(all rights reserved)?\.?$|^all rights reserved\.?$/i),
  },
];

/** The first rule a line matches, if any. */
export function matchLineRule(line: string): LineRule | null {
  for (const rule of LINE_RULES) if (rule.test(line)) return rule;
  return null;
}

/** An outlet named by a disclaimer: "neither JNS nor its partners", "the views of The Daily Star". */
export function outletFromDisclaimer(line: string): string | null {
  const match =
    /\bneither ([A-Z][\w&.' -]{0,60}?) nor (its|their) /.exec(line) ?? /\b(?:reflect|represent) the (?:views?|opinions?|position|policy) of ([A-Z][\w&.' -]{0,60}?)(?:[.,;]|$| or )/.exec(line);
  return match ? match[1].trim() : null;
}
