import type { Analysis } from '../core/analysis.js';
import type { Attribution, Claim, EntityType, Link } from '../core/annotations.js';
import { linkHeadline, relationTriple, relationWho, TYPE_LABEL } from './ledger-format.js';
import { printable, type Style } from './style.js';

function attributionLine(attribution: Attribution, style: Style): string {
  if (attribution.kind === 'author') return style.dim(attribution.cue ? `author's own voice (${attribution.cue})` : "author's own voice");
  const levels = attribution.chain.length > 0 ? attribution.chain : [attribution];
  return levels
    .map((level) => {
      const colour = level.kind === 'anonymous' ? style.yellow : level.kind === 'named' ? style.green : style.dim;
      const who = level.pronoun ? `${level.pronoun} → ${level.source}` : level.source;
      return `${colour(level.kind)} ${style.bold(printable(who ?? ''))}${level.cue ? style.dim(` (${printable(level.cue)})`) : ''}`;
    })
    .join(style.dim(' › '));
}

function typeTag(claim: Claim, style: Style): string {
  const label = `[${TYPE_LABEL[claim.type]}]`;
  return claim.type === 'opinion' ? style.magenta(label) : claim.type === 'prescriptive' ? style.cyan(label) : claim.type === 'prediction' ? style.yellow(label) : style.blue(label);
}

function claimDetails(claim: Claim, style: Style): string {
  const parts = [attributionLine(claim.attribution, style)];
  if (claim.hedges.length > 0) parts.push(`hedged: ${style.yellow(claim.hedges.map((hedge) => printable(hedge.cue)).join(', '))}`);
  if (claim.quantities.length > 0) {
    const unitOf = (q: Claim['quantities'][number]) => (q.unit && !q.text.includes(q.unit) ? ` ${q.unit}` : '');
    parts.push(`numbers: ${claim.quantities.map((q) => `${printable(q.text + unitOf(q))}${q.qualifier !== 'exact' ? ` (${q.qualifier})` : ''}`).join(', ')}`);
  }
  if (claim.times.length > 0) parts.push(`dates: ${claim.times.map((time) => `${printable(time.text)} → ${time.value}`).join(', ')}`);
  parts.push(style.dim(`check-worthiness ${claim.checkworthiness.toFixed(2)}`));
  if (claim.typeCues.length > 0 && claim.type !== 'factual') parts.push(style.dim(`${claim.type}: ${claim.typeCues.map((cue) => printable(cue.cue)).join(', ')}`));
  return parts.join(style.dim(' · '));
}

const ENTITY_ORDER: EntityType[] = ['person', 'organization', 'place', 'event', 'other'];

/** The human-readable report of one analysis, as the CLI prints it. */
export function formatReport(analysis: Analysis, style: Style): string {
  const { document } = analysis;
  const { meta } = document;
  const lines: string[] = [];
  lines.push(style.bold(`━━ ${printable(meta.title ?? '(untitled)')}`));
  const facts = [
    document.source,
    meta.outlet,
    meta.sections.length > 0 ? meta.sections.join(' / ') : meta.section,
    meta.genre,
    meta.published ?? 'date unknown',
    meta.authors.length > 0 ? `by ${meta.authors.join(', ')}` : null,
  ].filter(Boolean);
  lines.push(style.dim(`   ${printable(facts.join(' · '))}`));
  if (meta.dek) lines.push(`   ${style.dim(printable(meta.dek))}`);
  if (document.removed.length > 0) {
    const counts = new Map<string, number>();
    for (const item of document.removed) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
    lines.push(style.dim(`   removed from the page: ${[...counts].map(([kind, count]) => `${count} ${kind}`).join(', ')}`));
  }
  lines.push('');
  const byKind = { named: 0, anonymous: 0, author: 0 };
  for (const claim of analysis.claims) byKind[claim.attribution.kind]++;
  lines.push(style.bold(` Claims (${analysis.claims.length}: ${byKind.named} named source, ${byKind.anonymous} anonymous source, ${byKind.author} author's voice)`));
  const width = String(analysis.claims.length).length;
  analysis.claims.forEach((claim, index) => {
    lines.push(` ${String(index + 1).padStart(width)}. ${typeTag(claim, style)} ${printable(claim.text)}`);
    lines.push(` ${' '.repeat(width)}  ${style.dim('↳')} ${claimDetails(claim, style)}`);
  });
  if (analysis.relations.length > 0) {
    const names = new Map(analysis.entities.map((entity) => [entity.id, entity.name]));
    lines.push('');
    lines.push(style.bold(` Relations (${analysis.relations.length}, each as its claim asserts it)`));
    for (const relation of analysis.relations) {
      const triple = relationTriple(relation, names.get(relation.subject) ?? relation.subject, relation.objectText);
      const who = relationWho(relation.attribution.kind, relation.attribution.source);
      lines.push(`   ${style.bold(printable(triple))} ${style.dim(printable(`· ${who}${relation.hedges.length > 0 ? ` · hedged: ${relation.hedges.join(', ')}` : ''}`))}`);
    }
  }
  if (analysis.entities.length > 0) {
    lines.push('');
    lines.push(style.bold(' Entities'));
    for (const type of ENTITY_ORDER) {
      const entities = analysis.entities.filter((entity) => entity.type === type).sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
      if (entities.length === 0) continue;
      lines.push(`   ${style.bold(type)}: ${entities.map((entity) => `${printable(entity.name)}${style.dim(`×${entity.mentions}`)}`).join(', ')}`);
    }
  }
  return lines.join('\n');
}

/** Links between claims, each with its reason, as the CLI prints them after the articles. */
export function formatLinks(links: Link[], claimText: (id: string) => string | undefined, style: Style): string {
  const lines = [style.bold(` Links between claims (${links.length})`)];
  for (const link of links) {
    lines.push(`   ${linkHeadline(link, style)}`);
    for (const id of link.claims) lines.push(style.dim(`     · ${printable((claimText(id) ?? id).slice(0, 140))}`));
  }
  return lines.join('\n');
}
