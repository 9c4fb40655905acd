import type { AttributionKind, ClaimType, Link } from '../core/annotations.js';
import type { StoredClaim, StoredLink, TimelineEntry } from '../store/index.js';
import { printable, type Style } from './style.js';

/** The four-letter tag of a claim type, in every listing. */
export const TYPE_LABEL: Record<ClaimType, string> = { factual: 'fact', opinion: 'opin', prescriptive: 'pres', prediction: 'pred' };

/** Who asserts a stored claim, coloured by kind: never the claim as a bare fact. */
export function whoSays(kind: StoredClaim['attributionKind'], source: string | null, style: Style): string {
  if (kind === 'author') return style.dim("author's own voice");
  const colour = kind === 'anonymous' ? style.yellow : style.green;
  return `${colour(kind)} ${style.bold(printable(source ?? ''))}`;
}

export function where(document: StoredClaim['document'], style: Style): string {
  return style.dim(printable([document.outlet ?? 'unknown outlet', document.published ?? 'date unknown', document.title ?? document.source].join(' · ')));
}

export function formatClaim(claim: StoredClaim, style: Style, number?: number): string {
  const tag = `[${TYPE_LABEL[claim.type as ClaimType] ?? claim.type}]`;
  const details = [whoSays(claim.attributionKind, claim.source, style)];
  if (claim.claim.hedges.length > 0) details.push(`hedged: ${style.yellow(claim.claim.hedges.map((hedge) => printable(hedge.cue)).join(', '))}`);
  if (claim.claim.quantities.length > 0) details.push(`numbers: ${claim.claim.quantities.map((q) => printable(q.text)).join(', ')}`);
  if (claim.claim.times.length > 0) details.push(`dates: ${claim.claim.times.map((time) => `${printable(time.text)} → ${time.value}`).join(', ')}`);
  const prefix = number === undefined ? ' ' : ` ${String(number).padStart(3)}. `;
  return `${prefix}${tag} ${printable(claim.text)}\n${' '.repeat(prefix.length)}${style.dim('↳')} ${details.join(style.dim(' · '))}\n${' '.repeat(prefix.length)}  ${where(claim.document, style)}`;
}

/** "NOT recognises(Pakistan, Israel)": a relation as one line, negation first. */
export function relationTriple(relation: { negated: boolean; predicate: string }, subject: string, object: string): string {
  return `${relation.negated ? 'NOT ' : ''}${relation.predicate}(${subject}, ${object})`;
}

/** Who asserts a relation, in a few words. */
export function relationWho(kind: AttributionKind, source: string | null): string {
  return kind === 'author' ? "author's voice" : `${kind}: ${source ?? ''}`;
}

/** A link's kind (coloured), weakness and reason, as analyze and links both print it. */
export function linkHeadline(link: Pick<Link, 'kind' | 'strength' | 'reason'>, style: Style): string {
  const colour = link.kind === 'contradicts' ? style.magenta : link.kind === 'corroborates' ? style.green : style.dim;
  return `${colour(link.kind)}${link.strength === 'weak' ? style.yellow(' (weak)') : ''}: ${printable(link.reason)}`;
}

export function formatLink(link: StoredLink, claims: Map<string, StoredClaim>, style: Style): string {
  const lines = [` ${linkHeadline(link, style)}`];
  for (const id of link.claims) {
    const claim = claims.get(id);
    lines.push(claim ? `   · ${printable(claim.text.slice(0, 160))}\n     ${where(claim.document, style)}` : `   · ${id}`);
  }
  return lines.join('\n');
}

export function formatTimelineEntry(entry: TimelineEntry, style: Style): string {
  return ` ${style.bold(entry.eventDate.padEnd(10))}  ${style.dim(`reported ${entry.reportDate ?? 'date unknown'}, ${printable(entry.outlet ?? 'unknown outlet')}`)}\n   ${printable(entry.claimText)}\n   ${style.dim('↳')} ${whoSays(entry.attributionKind, entry.source, style)} ${style.dim(`· "${printable(entry.dateText)}"`)}`;
}
