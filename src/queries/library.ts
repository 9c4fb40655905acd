import type { DocumentStats, Store, StoredDocument } from '../store/store.js';

export interface LibraryFilter {
  outlet?: string;
  genre?: string;
  /** Words that must all appear in the title, source, outlet or an author's name (any case). */
  text?: string;
  sort?: 'ingested' | 'published' | 'title' | 'outlet' | 'claims';
  descending?: boolean;
  offset?: number;
  limit?: number;
}

export interface LibraryRow extends StoredDocument {
  stats: DocumentStats;
}

export interface Library {
  total: number;
  offset: number;
  items: LibraryRow[];
  /** Every outlet and genre in the store, for the filter menus. */
  outlets: string[];
  genres: string[];
}

const COMPARE: Record<NonNullable<LibraryFilter['sort']>, (a: StoredDocument, b: StoredDocument) => number> = {
  ingested: () => 0,
  published: (a, b) => (a.published ?? '').localeCompare(b.published ?? ''),
  title: (a, b) => (a.title ?? a.source).localeCompare(b.title ?? b.source),
  outlet: (a, b) => (a.outlet ?? '').localeCompare(b.outlet ?? ''),
  claims: (a, b) => a.claimCount - b.claimCount,
};

/**
 * The articles in the store, filtered, sorted and paged, each with the share of its claims that are
 * anonymously sourced, hedged or opinion. Listings carry no article text, so the whole list is
 * filtered here; the per-claim statistics are counted for the page shown only.
 */
export async function library(store: Store, filter: LibraryFilter = {}): Promise<Library> {
  const all = await store.documents();
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const kept = all.filter(
    (document) =>
      (!filter.outlet || document.outlet === filter.outlet) &&
      (!filter.genre || document.genre === filter.genre) &&
      words.every((word) => [document.title, document.source, document.outlet, ...document.authors].some((field) => field?.toLowerCase().includes(word))),
  );
  const compare = COMPARE[filter.sort ?? 'ingested'];
  // Array.prototype.sort is stable: ties keep ingestion order.
  const sorted = kept.sort(compare);
  if (filter.descending) sorted.reverse();
  const offset = filter.offset ?? 0;
  const page = sorted.slice(offset, offset + (filter.limit ?? 50));
  const stats = new Map((await store.documentStats(page.map((document) => document.id))).map((row) => [row.documentId, row]));
  const none = (documentId: string): DocumentStats => ({ documentId, claims: 0, anonymous: 0, hedged: 0, opinion: 0 });
  return {
    total: kept.length,
    offset,
    items: page.map((document) => ({ ...document, stats: stats.get(document.id) ?? none(document.id) })),
    outlets: [...new Set(all.map((document) => document.outlet).filter((outlet): outlet is string => outlet !== null))].sort(),
    genres: [...new Set(all.map((document) => document.genre))].sort(),
  };
}
