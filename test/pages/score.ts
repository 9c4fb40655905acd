import { ingest } from '../../src/ingest/ingest.js';
import type { PageFixture } from './fixtures.js';

export const PAGE_FIELDS = ['body', 'authors', 'published', 'genre', 'origin', 'links', 'parts'] as const;
export type PageField = (typeof PAGE_FIELDS)[number];

/** Checks one fixture field by field; each field is right or carries what went wrong. */
export function scoreFixture(fixture: PageFixture): Record<PageField, string | null> {
  const document = ingest(Buffer.from(fixture.input), { source: fixture.source });
  const { meta, text } = document;
  const { expect } = fixture;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const body = [
    ...expect.present.filter((sentence) => !text.includes(sentence)).map((sentence) => `missing “${sentence.slice(0, 60)}”`),
    ...expect.absent.filter((sentence) => text.includes(sentence)).map((sentence) => `kept “${sentence.slice(0, 60)}”`),
  ];
  const links = (expect.links ?? []).filter((link) => !document.links.some((found) => found.url === link.url && found.text === link.text && text.slice(found.start, found.end) === link.text));
  const badLink = document.links.find((link) => !/^https?:\/\//.test(link.url) || text.slice(link.start, link.end) !== link.text);
  const parts = document.parts.map((part) => part.authors.join(', '));
  const originOk = (meta.origin?.outlet ?? null) === expect.origin && (expect.originUrl === undefined || (meta.origin?.url ?? null) === expect.originUrl);
  return {
    body: body.length > 0 ? body.join('; ') : null,
    authors: same(meta.authors, expect.authors) ? null : `authors ${JSON.stringify(meta.authors)}, expected ${JSON.stringify(expect.authors)}`,
    published: meta.published === expect.published ? null : `published ${meta.published}, expected ${expect.published}`,
    genre: meta.genre === expect.genre ? null : `genre ${meta.genre} (${meta.fieldSources.genre}), expected ${expect.genre}`,
    origin: originOk ? null : `origin ${JSON.stringify(meta.origin)}, expected ${expect.origin} ${expect.originUrl ?? ''}`,
    links: links.length > 0 || badLink ? `links ${JSON.stringify(document.links)}, expected ${JSON.stringify(expect.links)}` : null,
    parts: same(parts, expect.parts ?? []) ? null : `parts ${JSON.stringify(parts)}, expected ${JSON.stringify(expect.parts ?? [])}`,
  };
}

/** Per-field accuracy over the fixtures, and every failure with its fixture's name. */
export function scoreFixtures(fixtures: PageFixture[]) {
  const right: Record<string, number> = Object.fromEntries(PAGE_FIELDS.map((field) => [field, 0]));
  const failures: string[] = [];
  for (const fixture of fixtures) {
    const result = scoreFixture(fixture);
    for (const field of PAGE_FIELDS) {
      if (result[field] === null) right[field]++;
      else failures.push(`${fixture.name}: ${result[field]}`);
    }
  }
  const accuracy = Object.fromEntries(PAGE_FIELDS.map((field) => [field, right[field] / fixtures.length])) as Record<PageField, number>;
  return { fixtures: fixtures.length, accuracy, failures };
}
