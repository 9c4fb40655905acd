import type { ExportData } from './data.js';

/**
 * One CSV cell (RFC 4180). Text from articles is untrusted: a cell that a spreadsheet would run as a
 * formula (=, +, -, @ first) gets a leading apostrophe, the OWASP advice for CSV injection.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function table(header: string[], rows: Array<Array<string | number | boolean | null>>): string {
  return `${[header, ...rows].map((row) => row.map((cell) => csvCell(cell as string)).join(',')).join('\r\n')}\r\n`;
}

/** entities.csv, claims.csv, relations.csv and links.csv. */
export function toCsv(data: ExportData): Record<string, string> {
  const names = new Map(data.entities.map((entity) => [entity.id, entity.name]));
  return {
    'entities.csv': table(
      ['id', 'name', 'type', 'aliases', 'mentions', 'documents'],
      data.entities.map((entity) => [entity.id, entity.name, entity.type, entity.aliases.join('; '), entity.mentions, entity.documents]),
    ),
    'claims.csv': table(
      ['id', 'document', 'outlet', 'published', 'start', 'end', 'text', 'type', 'attribution', 'source', 'hedges', 'numbers', 'dates', 'entities', 'checkworthiness'],
      data.claims.map((claim) => [
        claim.id,
        claim.documentId,
        claim.document.outlet,
        claim.document.published,
        claim.start,
        claim.end,
        claim.text,
        claim.type,
        claim.attributionKind,
        claim.source,
        claim.claim.hedges.map((hedge) => hedge.cue).join('; '),
        claim.claim.quantities.map((quantity) => `${quantity.text} [${quantity.qualifier}]`).join('; '),
        claim.claim.times.map((time) => `${time.text} = ${time.value}`).join('; '),
        claim.claim.entities.map((id) => names.get(id) ?? id).join('; '),
        claim.checkworthiness,
      ]),
    ),
    'relations.csv': table(
      ['source', 'source_name', 'predicate', 'target', 'target_name', 'negated', 'claims', 'sources', 'hedged', 'anonymous', 'claim_ids'],
      data.network.edges.map((edge) => [
        edge.source,
        names.get(edge.source) ?? edge.source,
        edge.predicate,
        edge.target,
        names.get(edge.target) ?? edge.target,
        edge.negated,
        edge.claims,
        edge.sources,
        edge.hedged,
        edge.anonymous,
        edge.claimIds.join('; '),
      ]),
    ),
    'links.csv': table(
      ['kind', 'strength', 'claim_a', 'claim_b', 'reason'],
      data.links.map((link) => [link.kind, link.strength, link.claims[0], link.claims[1], link.reason]),
    ),
  };
}
