import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeText } from '../analyze.js';
import { FileShelf, MemoryShelf } from './claim-shelf.js';
import { MemoryCorpus } from './corpus.js';
import { findLinks, linkableClaims } from './links/index.js';

test('a file shelf gives back each claim as kept, also past its first buffer and in any order, and removes its file', () => {
  const shelf = new FileShelf();
  const long = `{"text":"${'Odra’s ministry said “nearly 3,000” — 𝐁 '.repeat(3000)}"}`;
  const kept = [
    ['doc-a', '{"id":"c1","text":"Karsk’s mayor said the dam holds."}'],
    ['doc-b', long],
    ['doc-a', '{"id":"c3","text":"ü ß 中文"}'],
  ];
  const numbers = kept.map(([document, json]) => shelf.add(document, json));
  assert.deepEqual(numbers, [0, 1, 2]);
  for (const number of [2, 0, 1, 2]) {
    assert.equal(shelf.json(number), kept[number][1]);
    assert.equal(shelf.document(number), kept[number][0]);
  }
  for (let index = 0; index < 3000; index++) shelf.add(`doc-${index % 7}`, `{"n":${index}}`);
  assert.equal(shelf.json(3002), '{"n":2999}');
  assert.equal(shelf.document(3002), 'doc-3');
  const directory = (shelf as unknown as { directory: string }).directory;
  assert.ok(existsSync(directory));
  shelf.close();
  assert.ok(!existsSync(directory), 'the temporary file is removed');
});

test('the corpus finds the same links and actors with its claims in a file as in memory', async () => {
  const texts = [
    'Odra water report\n\nThe Orlen dam holds 40 million cubic metres of water, the Odra water authority said on Monday.\n',
    'Dam figures disputed\n\nThe Orlen dam holds only 25 million cubic metres of water, engineers at Karsk University said.\n',
    'Odra water again\n\nThe Orlen dam holds 40 million cubic metres of water, the Odra water authority said on Monday.\n',
  ];
  const run = async (corpus: MemoryCorpus) => {
    for (const [index, text] of texts.entries()) await corpus.add(analyzeText(text, { source: `d${index}.txt` }));
    return { links: corpus.links.map((link) => `${link.kind} ${link.claims.join(' ')}`), entities: corpus.entities().map((entity) => `${entity.id} ${entity.mentions}`) };
  };
  const shelf = new FileShelf();
  try {
    const inMemory = await run(new MemoryCorpus(undefined, new MemoryShelf()));
    const inFile = await run(new MemoryCorpus(undefined, shelf));
    assert.ok(inMemory.links.length > 0, 'the articles link');
    assert.deepEqual(inFile, inMemory);
  } finally {
    shelf.close();
  }
});

test('copies of one text keep one key body between them; each links to the first copy only, and later claims meet the first copy only', async () => {
  const body = 'The Orlen dam holds 40 million cubic metres of water, the Odra water authority said on Monday. Karsk engineers said the spillway was repaired in 2024.';
  const texts = [
    `Odra water report\n\n${body}\n`,
    `Dam report, second outlet\n\n${body}\n`,
    `Dam report, third outlet\n\n${body}\n`,
    'Dam disputed\n\nThe Orlen dam holds only 25 million cubic metres of water, engineers at Karsk University said.\n',
  ];
  const analyses = texts.map((text, index) => analyzeText(text, { source: `d${index}.txt` }));
  let bodiesKept = 0;
  const bodies = new MemoryShelf();
  const counting = Object.assign(Object.create(bodies) as MemoryShelf, { add: (document: string, json: string) => (bodiesKept++, bodies.add(document, json)) });
  const corpus = new MemoryCorpus(undefined, new MemoryShelf(), counting);
  for (const analysis of analyses) await corpus.add(analysis);
  const claims = analyses.map((analysis) => linkableClaims(analysis));
  assert.equal(claims[0].length, 2);
  assert.equal(bodiesKept, claims.flat().length - 4, 'the two copies of the two-claim text add no body');
  const pair = (kind: string, a: string, b: string) => `${kind} ${[a, b].sort().join(' ')}`;
  const found = corpus.links.map((link) => pair(link.kind, link.claims[0], link.claims[1])).sort();
  // Links of the first copy and the disputing article, as a fresh comparison of every pair of them gives.
  const expected = findLinks([...claims[0], ...claims[3]]).map((link) => pair(link.kind, link.claims[0], link.claims[1]));
  assert.ok(
    expected.some((link) => link.startsWith('contradicts')),
    'the disputed figure contradicts the first copy',
  );
  // Each later copy of a claim repeats the first copy's claim, and nothing else.
  for (const copy of [claims[1], claims[2]]) for (const [index, claim] of copy.entries()) expected.push(pair('repeats', claims[0][index].id, claim.id));
  assert.deepEqual(found, expected.sort());
});

test('draining the actors at the end gives what entities() gives, and the corpus then takes no more articles', async () => {
  const texts = [
    'Port news\n\nThe Karsk port authority said on Monday that Veloria had closed the Osmund crossing.\n',
    'Crossing\n\nVeloria reopened the Osmund crossing, the Karsk port authority said.\n',
  ];
  const corpus = new MemoryCorpus();
  for (const [index, text] of texts.entries()) await corpus.add(analyzeText(text, { source: `d${index}.txt` }));
  const expected = corpus.entities();
  assert.ok(expected.length > 2);
  assert.deepEqual([...corpus.drainEntities()], expected);
  await assert.rejects(corpus.add(analyzeText(texts[0], { source: 'again.txt' })), /takes no more articles/);
});
