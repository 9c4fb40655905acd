import type { Origin } from '../core/document.js';
import { findCalendarDate } from './dates.js';

/**
 * Where a text first appeared: wire copy ("ARDEN (Reuters) -", "AP —") and reprints ("This article
 * originally appeared on Grist", "Republished from The Conversation"), plus what structured data
 * says (JSON-LD `isBasedOn`). Each rule is a named row; the first that matches wins.
 */

/** Wire services by the names they sign with, and the outlet name kept for each. */
const WIRES: Array<[RegExp, string]> = [
  [/^reuters$/i, 'Reuters'],
  [/^(?:ap|the associated press|associated press)$/i, 'Associated Press'],
  [/^(?:afp|agence france-presse|agence france presse)$/i, 'AFP'],
  [/^(?:bloomberg|bloomberg news)$/i, 'Bloomberg'],
  [/^upi$/i, 'UPI'],
  [/^(?:dpa|deutsche presse-agentur)$/i, 'dpa'],
  [/^xinhua$/i, 'Xinhua'],
  [/^(?:pa|pa media|press association)$/i, 'PA Media'],
  [/^(?:cp|the canadian press|canadian press)$/i, 'The Canadian Press'],
  [/^(?:ani|pti|ians|efe|ansa|kyodo|yonhap|anadolu|anadolu agency|tass|aap)$/i, ''],
];

/** The wires' own sites, by the outlet name kept for each. */
const WIRE_HOSTS: Record<string, RegExp> = {
  Reuters: /(^|\.)reuters\.com$/,
  'Associated Press': /(^|\.)apnews\.com$|^(www\.)?ap\.org$/, // hosted.ap.org serves member papers
  AFP: /(^|\.)afp\.com$/,
  Bloomberg: /(^|\.)bloomberg\.com$/,
  UPI: /(^|\.)upi\.com$/,
  Xinhua: /(^|\.)(xinhuanet\.com|news\.cn)$/,
};

export function wireName(name: string): string | null {
  const trimmed = name.trim();
  for (const [pattern, outlet] of WIRES) if (pattern.test(trimmed)) return outlet || trimmed.toUpperCase();
  return null;
}

const WIRE_NAMES = 'Reuters|AP|Associated Press|AFP|Bloomberg|UPI|dpa|Xinhua|PA|CP|ANI|PTI|IANS|EFE|ANSA|Kyodo|Yonhap|Anadolu|TASS|AAP';
/** "ARDEN, May 3 (Reuters) -", "KESTON (AP) —", "(AFP) -" at the head of the first paragraph. */
const WIRE_DATELINE = new RegExp(`^(?:[\\p{Lu}][\\p{L}.' -]{0,40}(?:,\\s*[\\p{L}. ]{2,30})?(?:,\\s*\\p{L}+\\.?\\s+\\d{1,2})?\\s+)?\\((${WIRE_NAMES})\\)\\s*[-–—:]`, 'u');
/** "AP —" / "Reuters -" opening a story without a place. */
const WIRE_BARE = new RegExp(`^(${WIRE_NAMES})\\s+[–—]\\s`, 'u');
/** Credits at the foot: "— Reuters", "Copyright 2024 The Associated Press. All rights reserved.", "(Reporting by ...; Editing by ...)" */
const WIRE_FOOT = new RegExp(
  `^(?:[-–—]\\s*(${WIRE_NAMES})\\.?$|(?:copyright|©)\\s*(?:\\d{4}\\s+)?(?:the\\s+)?(${WIRE_NAMES})\\b.{0,60}$|\\(?(?:reporting|additional reporting) by [^;)]{2,80}(?:;|\\)).{0,200}editing by .{2,120}$)`,
  'iu',
);

const OUTLET = "((?:the\\s+)?[\\p{Lu}\\d][\\p{L}\\d&'’.-]*(?:\\s+(?:[\\p{Lu}\\d&][\\p{L}\\d&'’.-]*|of|and|for|the|de|du|des)){0,6})";
/** Reprint notes, in the words outlets use for them. */
const REPRINT_NOTES: Array<{ name: string; pattern: RegExp }> = [
  {
    name: 'originally-appeared',
    pattern: new RegExp(
      `\\b(?:article|story|post|piece|essay|column|op-ed|commentary|report|interview|version|it|this)\\s+(?:was\\s+|has\\s+been\\s+|is\\s+)?(?:originally|first)\\s+(?:appeared|published|ran|posted)\\s+(?:in|on|at|by|with)\\s+${OUTLET}`,
      'u',
    ),
  },
  {
    name: 'republished-from',
    pattern: new RegExp(`\\b(?:re-?published|reprinted|republished with permission|reproduced|syndicated|adapted)\\s+(?:with permission\\s+)?(?:from|by courtesy of|courtesy of)\\s+${OUTLET}`, 'u'),
  },
  { name: 'published-in-partnership', pattern: new RegExp(`\\b(?:is|was)\\s+(?:published|produced)\\s+in\\s+partnership\\s+with\\s+${OUTLET}`, 'u') },
  { name: 'distributed-by', pattern: new RegExp(`^(?:©|copyright)?\\s*(?:\\d{4}\\s+)?${OUTLET}\\.?\\s+(?:distributed|syndicated)\\s+by\\b`, 'iu') },
];

/** A short note paragraph (the whole paragraph is the credit), as opposed to prose that mentions a reprint. */
const MAX_NOTE = 400;

export interface OriginFinding {
  origin: Origin;
  /** Index of the paragraph that is only the note (to be taken out of the text), or -1. */
  noteParagraph: number;
}

function trimOutlet(outlet: string): string {
  return outlet
    .replace(/\.\s.*$/, '')
    .replace(/\s+(?:on|in|at)$/i, '')
    .replace(/[.,;:]+$/, '')
    .replace(/^the\s+(?=[A-Z])/, (the) => (/^the\s+(?:conversation|guardian|atlantic|economist|hill|nation|independent)\b/i.test(the) ? the : ''))
    .trim();
}

export function findOrigin(
  paragraphs: Array<{ text: string; links?: Array<{ start: number; end: number; url: string }> }>,
  evidence: {
    authors: string[];
    outlet: string | null;
    basedOn?: { outlet: string | null; url: string | null; published: string | null; via: string } | null;
    /** Short lines taken off the foot of the article as chrome: wire credits often stand there. */
    footLines?: string[];
    /** The bylines as written, before roles were taken off ("Tom Krish, AP Auto Writer"). */
    authorRoles?: string[];
    /** The page's canonical URL: a wire's own site is not a reprint of it. */
    url?: string | null;
    /** Lines above the body (bylines and their credits). */
    headerLines?: string[];
  },
): OriginFinding | null {
  // Reprint notes stand at the foot (sometimes the head) of the article.
  const candidates = [...paragraphs.keys()].filter((index) => index < 3 || index >= paragraphs.length - 6);
  for (const index of candidates.reverse()) {
    const paragraph = paragraphs[index];
    if (paragraph.text.length > MAX_NOTE * 2) continue;
    for (const note of REPRINT_NOTES) {
      const match = note.pattern.exec(paragraph.text);
      if (!match) continue;
      const outlet = trimOutlet(match[1]);
      if (!outlet || /^(?:this|our|the|a|an)$/i.test(outlet)) continue;
      const date = findCalendarDate(paragraph.text.slice(match.index));
      const url = paragraph.links?.find((link) => link.end > match.index)?.url ?? null;
      return {
        origin: { outlet, url, published: date?.date ?? null, rule: `origin.reprint.${note.name}`, cue: match[0] },
        noteParagraph: paragraph.text.length <= MAX_NOTE ? index : -1,
      };
    }
  }
  if (evidence.basedOn) {
    const { outlet, url, published, via } = evidence.basedOn;
    return { origin: { outlet: outlet ?? hostOutlet(url), url, published, rule: `origin.${via}`, cue: url ?? outlet ?? '' }, noteParagraph: -1 };
  }
  // The page's own site decides whose page it is: a wire's story on the wire's own site is no copy,
  // and a regional paper's JSON-LD may name the wire as publisher.
  const host = hostOutlet(evidence.url ?? null);
  const hostWire = host ? (Object.entries(WIRE_HOSTS).find(([, pattern]) => pattern.test(host))?.[0] ?? null) : null;
  const isOwn = (outlet: string | null) => outlet !== null && outlet === hostWire;
  // The dateline opens the story; a stray first line (a URL, a kicker) may stand before it.
  for (const paragraph of paragraphs.slice(0, 2)) {
    const dateline = WIRE_DATELINE.exec(paragraph.text) ?? WIRE_BARE.exec(paragraph.text);
    if (!dateline) continue;
    const outlet = wireName(dateline[1]);
    if (isOwn(outlet)) return null;
    return { origin: { outlet, url: null, published: null, rule: 'origin.wire-dateline', cue: dateline[0] }, noteParagraph: -1 };
  }
  // A credit line naming only the wire beside the byline ("Associated Press").
  for (const line of evidence.headerLines ?? []) {
    // "Associated Press", "By Tom Davies, Associated Press", "Tom Davies Associated Press".
    const credit = line.length <= 80 ? new RegExp(`^(?:by\\s+)?(?:[\\p{Lu}][\\p{L}.'’-]+\\s+){0,4}?,?\\s*(?:the\\s+)?(${WIRE_NAMES})[.,]?$`, 'u').exec(line.replace(/^[-–—]\s*/, '').trim()) : null;
    const outlet = credit ? wireName(credit[1]) : null;
    if (outlet && !isOwn(outlet)) return { origin: { outlet, url: null, published: null, rule: 'origin.wire-credit-line', cue: line }, noteParagraph: -1 };
  }
  const foot = [...paragraphs.slice(-3).map((paragraph) => paragraph.text), ...(evidence.footLines ?? [])];
  for (let index = foot.length - 1; index >= 0; index--) {
    const credit = WIRE_FOOT.exec(foot[index].trim());
    if (!credit) continue;
    const name = credit[1] ?? credit[2];
    // "(Reporting by …; Editing by …)" is how Reuters signs its copy.
    const outlet = name ? wireName(name) : 'Reuters';
    if (isOwn(outlet)) return null;
    return { origin: { outlet, url: null, published: null, rule: 'origin.wire-credit', cue: credit[0].slice(0, 80) }, noteParagraph: -1 };
  }
  // A wire service credited as the author on another outlet's page.
  const ownOutlet = host ? hostWire : evidence.outlet ? wireName(evidence.outlet) : null;
  for (const role of evidence.authorRoles ?? []) {
    // "Tom Krish, AP Auto Writer": a wire's staff byline.
    const wire = new RegExp(`,\\s*(?:the\\s+)?(${WIRE_NAMES})\\b`, 'i').exec(role);
    if (wire && wireName(wire[1]) !== ownOutlet) return { origin: { outlet: wireName(wire[1]), url: null, published: null, rule: 'origin.wire-byline', cue: role }, noteParagraph: -1 };
  }
  // Structured data naming a wire as publisher on another site's page ("publisher": "Associated Press").
  const publisherWire = evidence.outlet ? wireName(evidence.outlet) : null;
  if (publisherWire && host && !hostWire) {
    return { origin: { outlet: publisherWire, url: null, published: null, rule: 'origin.wire-publisher', cue: evidence.outlet! }, noteParagraph: -1 };
  }
  for (const author of evidence.authors) {
    const wire = wireName(author.replace(/^(?:the\s+)?/i, '').replace(/\s+(?:staff|news|wire)$/i, ''));
    if (wire && wire !== ownOutlet) return { origin: { outlet: wire, url: null, published: null, rule: 'origin.wire-author', cue: author }, noteParagraph: -1 };
  }
  return null;
}

/** "https://grist.org/..." -> "grist.org": the best outlet name a bare URL gives. */
function hostOutlet(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
