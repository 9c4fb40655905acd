import type { StoredClaim } from '../../store/index.js';
import type { ExportData } from './data.js';
import { safeUrl } from '../../core/safe-output.js';

export const urn = (id: string) => `urn:claimgraph:${id}`;

const SCHEMA_TYPE: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place', event: 'Event' };

/** Who asserts a claim, as schema.org sees it: the named source, "anonymous", or the article's authors. */
function claimAuthor(claim: StoredClaim, authors: string[]): object | object[] {
  if (claim.attributionKind === 'author')
    return authors.length > 0 ? authors.map((name) => ({ '@type': 'Person', name })) : { '@type': 'Organization', name: claim.document.outlet ?? 'unknown outlet' };
  return { '@type': 'Thing', name: claim.source ?? 'unnamed source', 'claimgraph:attribution': claim.attributionKind };
}

/**
 * JSON-LD with schema.org types (NewsArticle, Claim, Person, Organization, Place). The context is
 * inline, so the file expands offline. A Claim's `author` is who asserts it, never claimgraph.
 */
export function toJsonld(data: ExportData): object {
  const authorsOf = new Map(data.documents.map((document) => [document.id, document.authors]));
  const graph: object[] = [];
  for (const document of data.documents) {
    // Checked again here: a store written before URLs were checked at ingest may hold any scheme.
    const url = safeUrl(document.model.meta.canonicalUrl);
    graph.push({
      '@id': urn(document.id),
      '@type': 'NewsArticle',
      headline: document.title,
      ...(document.published ? { datePublished: document.published } : {}),
      ...(url ? { url } : {}),
      ...(document.outlet ? { publisher: { '@type': 'Organization', name: document.outlet } } : {}),
      author: document.authors.map((name) => ({ '@type': 'Person', name })),
      genre: document.genre,
      inLanguage: document.model.meta.language ?? undefined,
    });
  }
  for (const entity of data.entities) {
    graph.push({
      '@id': urn(entity.id),
      '@type': SCHEMA_TYPE[entity.type] ?? 'Thing',
      name: entity.name,
      ...(entity.aliases.length > 0 ? { alternateName: entity.aliases } : {}),
    });
  }
  for (const claim of data.claims) {
    graph.push({
      '@id': urn(claim.id),
      '@type': 'Claim',
      text: claim.text,
      appearance: { '@id': urn(claim.documentId) },
      author: claimAuthor(claim, authorsOf.get(claim.documentId) ?? []),
      about: claim.claim.entities.map((id) => ({ '@id': urn(id) })),
      'claimgraph:claimType': claim.type,
      'claimgraph:attribution': claim.attributionKind,
      'claimgraph:hedges': claim.claim.hedges.map((hedge) => hedge.cue),
      'claimgraph:start': claim.start,
      'claimgraph:end': claim.end,
    });
  }
  return {
    '@context': { '@vocab': 'https://schema.org/', claimgraph: 'urn:claimgraph:vocab:' },
    '@graph': graph,
  };
}
