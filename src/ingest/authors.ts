import { decodeEntities } from './html/scan.js';

/**
 * Author names as pages give them, cleaned: character references decoded, "By"/"Written by"
 * taken off, and what is not a person's byline refused: placeholders ("No Author", "Admin"), the
 * site's own name, photo credits ("Mike Blake/Reuters files").
 */

const PLACEHOLDER =
  /^(?:\w*admin|no author|by|admin|administrator|author|authors|anonymous|unknown|guest|guest author|staff|staff writer|staff reporter|editor|editors|the editors|editorial|editorial (?:team|staff|board|desk)|web ?desk|news ?desk|online desk|digital desk|desk|team|contributor|contributors|user|webmaster|newsroom|null|undefined|none|n\/a)$/i;
/** A photo or agency credit: "Name/Agency", "… files", "Photo: …", "via Getty". */
const CREDIT =
  /\/\s*(?:reuters|ap|afp|getty|epa|shutterstock|ap photo|file|files|pool|handout|anadolu|xinhua|dpa|sipa|alamy)\b|\b(?:files?|file photo|photo|photograph|image|picture|illustration|getty images|shutterstock|handout)\s*$|^(?:photo|image|picture|credit|illustration)s?\s*[:/]/i;
const WEB = /(?:https?:|www\.|\.(?:com|org|net|de|co\.uk|info)\b|@)/i;

export function cleanAuthorName(raw: string): string | null {
  let name = decodeEntities(decodeEntities(raw)).replace(/\s+/g, ' ').trim();
  name = name.replace(/^(?:written|posted|reported|words|story|text|analysis|opinion|commentary|review|interview|publicado|publié)?\s*(?:by|por|par)\s*:?\s+/i, '').replace(/^by:\s*/i, '');
  // "Deutsche Welle (www.dw.com)": a name given with its web address is an institution's credit.
  if (/\((?:[^)]*(?:www\.|\.com|\.de|\.org|\.net)[^)]*)\)\s*$/i.test(name)) return null;
  if (CREDIT.test(name)) return null;
  name = name.replace(/^\p{L}{3,12}:\s+(?=\p{Lu})/u, ''); // a label before the name ("Text: …", "Autor: …")
  name = name
    .replace(/\s*[|•]\s*.*$/, '')
    .replace(/[,;:–—-]+$/, '')
    .trim();
  // A wire after the names ("Meg Kinn, Associated Press") is the origin, not part of a name.
  name = name.replace(/\s*,\s*(?:the\s+)?(?:associated press|reuters|afp|ap|bloomberg(?: news)?|upi|dpa|xinhua|pa media|the canadian press)\b.*$/i, '').trim();
  // Credentials after the name: "Rachel Lind, MS, RD".
  name = name.replace(/(?:\s*,\s*(?:MS|MA|MSc|BSc|RD|RDN|LD|PhD|MD|DO|MPH|RN|CPT|CSCS|JD|MBA)\b\.?)+$/i, '').trim();
  // A role after the name: "Tom Krish, AP Auto Writer", "Ana Ruiz, Staff Reporter".
  name = name.replace(/\s*,\s*(?:[\p{L}.]+\s+){0,3}(?:writer|reporter|correspondent|editor|columnist|contributor|staff|producer|journalist)s?\b.*$/iu, '').trim();
  // "Name. Outlet": the outlet after a full stop goes (an initial such as "Ana B." stays).
  name = name.replace(/(\p{Ll}{2})\.\s+\p{Lu}.*$/u, '$1').trim();
  // "TOM KRISK" is a name in capitals; "PTI" is an acronym and stays as written.
  if (name === name.toUpperCase() && /\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(name)) name = titleCase(name);
  if (!name || name.length < 2 || name.length > 70) return null;
  // An institutional byline, not a writer: "Arden Bureau", "Staff Reports", "Telegraph Sport", "News Agencies".
  if (/\b(?:bureau|desk|staff|team|newsroom|reports|sport|sports|wires?|agencies|online)$/i.test(name)) return null;
  if (PLACEHOLDER.test(name) || CREDIT.test(name) || WEB.test(name) || /\d{2,}/.test(name)) return null;
  if (!/\p{L}/u.test(name)) return null;
  return name;
}

const key = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Cleans a list of names; drops the site's own name (a page that credits "The Arden Post" as its
 * author has named no writer) and duplicates.
 */
export function cleanAuthors(raw: string[], siteNames: Array<string | null>): string[] {
  const sites = new Set(siteNames.filter((site): site is string => !!site).map((site) => key(decodeEntities(site))));
  // "India Post News Weekly" on indiapost.com: a name that begins with the site's name is the site.
  const isSite = (name: string) =>
    sites.has(key(name)) || [...sites].some((site) => site.length >= 5 && key(name).startsWith(site) && /\b(?:news|weekly|daily|times|post|magazine|online|media|staff|team)\b/i.test(name));
  const out: string[] = [];
  // One string naming several writers ("By MEG KINN and ERRIN HALE, Associated Press") is split.
  const expanded = raw.flatMap((item) => (/^\s*by\s|\s(?:and|&)\s/i.test(item) ? splitNames(item.replace(/\s*,\s*(?:the\s+)?(?:associated press|reuters|afp|ap)\b.*$/i, '')) : [item]));
  for (const item of expanded) {
    const name = cleanAuthorName(item);
    if (!name || isSite(name) || out.some((other) => key(other) === key(name))) continue;
    out.push(name);
  }
  // Parts of a byline split at its commas that are no one: credentials ("MS", "RDN"), roles ("CNN
  // Editor-at-large"), the outlet's desk ("CNN Business"), when a person is named beside them.
  if (out.length > 1 && out.some(personShaped)) {
    const people = out.filter((name) => personShaped(name) && !isCredentialOrRole(name) && !sites.has(key(name.split(/\s+/)[0])));
    if (people.length > 0) return people;
  }
  return out;
}

const CREDENTIAL = /^(?:MS|MA|MSc|BSc|RD|RDN|LD|PhD|MD|DO|MPH|RN|CPT|CSCS|JD|MBA|Esq\.?|Jr\.?|Sr\.?|II|III)$/i;
const ROLE = /\b(?:editor|writer|correspondent|reporter|producer|at-large|contributor|columnist|analyst|anchor|host|staff)\b/i;

function isCredentialOrRole(name: string): boolean {
  return CREDENTIAL.test(name) || ROLE.test(name);
}

/** A byline guessed from the page (Readability's): kept only when every name is shaped like a person's name. */
export function personShaped(name: string): boolean {
  return /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’.-]*$/u.test(name) && !/^(?:the|a|an|this|our|all|more|read|share)\s/i.test(name);
}

/** Splits a byline's names: "Ana Ruiz and Bo Chen", "Ana Ruiz, Bo Chen & Cy Dall". */
export function splitNames(byline: string): string[] {
  return byline
    .replace(/^(?:written|posted|reported|words|story|text)?\s*by\s*:?\s+/i, '')
    .split(/\s*(?:,|\band\b|&|\|)\s*/)
    .map((name) => name.trim())
    .filter((name) => name.length > 1 && name.length < 60 && !/\d/.test(name));
}

/**
 * A visible byline line: "By Ana Ruiz", "Written by: Julie Mollins", "By ANA RUIZ and BO CHEN, Staff".
 * The role or outlet after the names is dropped.
 */
const BYLINE = /^(?:written\s+by|words\s+by|posted\s+by|reported\s+by|story\s+by|analysis\s+by|opinion\s+by|publicado\s+por|publié\s+par|by)\s*:?\s+(.{2,120})$/i;

export function bylineLineNames(line: string): string[] | null {
  const match = BYLINE.exec(line.trim());
  if (!match) return null;
  let names = match[1]
    .replace(/\s*[|•]\s*.*$/, '')
    .replace(/\s*[,–—-]\s*(?:staff|senior|chief|special|associated|for|the|correspondent|reporter|contributor|editor|writer|columnist|bureau)\b.*$/i, '');
  names = names.replace(/\s+(?:on|updated|published|posted)\b.*$/i, '');
  const list = splitNames(names).map((name) => (name === name.toUpperCase() ? titleCase(name) : name));
  if (list.length === 0 || list.length > 6) return null;
  // Each name is two to five capitalised words: a sentence starting "By the time..." is not a byline.
  if (!list.every((name) => /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*$/u.test(name) && name.split(/\s+/).length >= 2)) return null;
  return list;
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
