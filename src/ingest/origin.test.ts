import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findOrigin } from './origin.js';

const para = (text: string) => ({ text });
const body = ['The council voted on Tuesday to delay the harbour works for another season, citing costs.', 'Residents said the plan had been drawn up without asking the fishing families.'];

test('wire datelines and credits name the wire', () => {
  assert.equal(findOrigin([para(`ARDEN, May 3 (Reuters) - ${body[0]}`), para(body[1])], { authors: [], outlet: 'Keston Courier' })?.origin.outlet, 'Reuters');
  assert.equal(findOrigin([para(`KESTON (AP) — ${body[0]}`)], { authors: [], outlet: null })?.origin.outlet, 'Associated Press');
  assert.equal(findOrigin([para(body[0]), para('(Reporting by Tove Lind; Editing by Sam Ardell)')], { authors: [], outlet: null })?.origin.outlet, 'Reuters');
  assert.equal(
    findOrigin([para(body[0])], { authors: ['Tom Krisk'], outlet: 'Associated Press', authorRoles: ['By TOM KRISK, AP Auto Writer'], url: 'https://www.ctnews.example/a' })?.origin.outlet,
    'Associated Press',
  );
});

test("a wire's own page is not a reprint of it", () => {
  assert.equal(findOrigin([para(body[0])], { authors: ['Reuters'], outlet: 'Reuters', url: 'https://www.reuters.com/article/x' }), null);
});

test('a reprint note names the first outlet, its link and date; the note paragraph is marked', () => {
  const found = findOrigin(
    [para(body[0]), para(body[1]), { text: 'This post originally appeared on Fernhill Review on March 12, 2024.', links: [{ start: 34, end: 49, url: 'https://fernhill.example/a' }] }],
    { authors: [], outlet: null },
  );
  assert.deepEqual(
    { outlet: found?.origin.outlet, url: found?.origin.url, published: found?.origin.published, note: found?.noteParagraph },
    { outlet: 'Fernhill Review', url: 'https://fernhill.example/a', published: '2024-03-12', note: 2 },
  );
  assert.equal(
    findOrigin([para(body[0]), para('This article is republished from The Conversation under a Creative Commons license.')], { authors: [], outlet: null })?.origin.outlet,
    'The Conversation',
  );
});

test('prose about something that first appeared somewhere is no reprint note', () => {
  assert.equal(findOrigin([para('Cases of the fever first appeared in West Arden in the spring, health officials said.')], { authors: [], outlet: null }), null);
});
