import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideAuthors, decidePublished, urlPathDate } from './page-decisions.js';

test('a fuller visible byline wins over structured data naming only its first writer', () => {
  const decided = decideAuthors({ structured: ['Stef Beck'], visibleLines: ['By Stef Beck, Kath Wale, Greta Sorn'], guessed: null, siteNames: [] });
  assert.deepEqual(decided.authors, ['Stef Beck', 'Kath Wale', 'Greta Sorn']);
  // A department in the metadata yields to a person on the page.
  assert.deepEqual(decideAuthors({ structured: ['IT - Coordination office'], visibleLines: ['Publicado por: Clara Borb'], guessed: null, siteNames: [] }).authors, ['Clara Borb']);
  // Readability's guess is kept only when it looks like a name.
  assert.deepEqual(decideAuthors({ structured: [], visibleLines: [], guessed: 'The Russian and Syrian defense ministries', siteNames: [] }).authors, []);
});

test('the local day stands against a UTC timestamp one day off; the URL dates a page with no date', () => {
  assert.equal(decidePublished({ metadata: '2023-11-09', metadataInUtc: true, lines: ['PUBLISHED: November 8, 2023 at 11:30 p.m.'], monthFirst: true, url: null }).published, '2023-11-08');
  assert.equal(decidePublished({ metadata: '2023-11-09', metadataInUtc: false, lines: ['PUBLISHED: November 8, 2023 at 11:30 p.m.'], monthFirst: true, url: null }).published, '2023-11-09');
  assert.equal(decidePublished({ metadata: null, metadataInUtc: false, lines: [], monthFirst: true, url: 'https://x.example/letters/2024/05/10/a' }).published, '2024-05-10');
  assert.equal(urlPathDate('https://x.example/west/statements/2019/nov/18/a/'), '2019-11-18');
});
