import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../analyze.js';
import type { Analysis } from '../core/analysis.js';
import { sourceHash } from '../queries/ingest.js';
import { MemoryCorpus } from '../corpus/corpus.js';
import type { Store } from './store.js';

/** A small fictional article as a given outlet published it on a given day. */
export function fixtureArticle(outlet: string, published: string, title: string, body: string, authors: string[] = []): Analysis {
  const analysis = analyzeText(`${title}\n\n${body}\n`, { published });
  analysis.document.meta.outlet = outlet;
  analysis.document.meta.authors = authors;
  analysis.document.meta.published = published;
  return analysis;
}

export const FIXTURES = {
  arden: () =>
    fixtureArticle(
      'Arden Post',
      '2025-03-14',
      'Velorian drones strike depots near Karsk',
      'Velorian drones struck three depots near Karsk on March 13, 2025, the defence ministry said. At least 14 people were killed in the strikes on Karsk, the Velorian defence ministry said. Sources said Veloria had planned the strikes on Karsk since February. Veloria armed the Black Ridge militia last year, Interior Minister Ana Kessel said. Mr. O’Brien, a multi-agent systems expert, called the strikes a safe haven for escalation.',
    ),
  karsk: () =>
    fixtureArticle(
      'Karsk Herald',
      '2025-03-15',
      'Karsk counts its dead after Velorian strikes',
      'The Karsk health office said at least 14 people were killed in the strikes on Karsk. According to intelligence reports, Veloria had planned the strikes on Karsk for weeks, since February. Veloria never armed the Black Ridge militia, officials in Karsk said. The Bangladesh government put the number of volunteer fighters at nearly 8,000. There are over eight thousand Bangladeshi fighters in the hills, the governor said.',
    ),
};

const save = (store: Store, analysis: Analysis) => store.save(analysis, { sourceHash: sourceHash(Buffer.from(analysis.document.text)) });

/** Engine-level access to named stores, for the cases that must shape a store as an older claimgraph wrote it. */
export interface RawStores {
  /** Opens the store called `name`, empty the first time. */
  open(name: string): Promise<Store>;
  /** Runs one SQL statement on that store's database, outside the store, and returns its rows. */
  query(name: string, statement: string): Promise<Array<Record<string, unknown>>>;
}

/**
 * The conformance suite every Store implementation must pass (as Hono's routers share one suite):
 * `open` gives a fresh, empty store each time.
 */
export function runStoreConformance(name: string, open: () => Promise<Store>, options: { skip?: string | false; raw?: RawStores } = {}): void {
  if (options.raw) keyBodyCases(name, options.raw, options.skip ?? false);
  const it = (title: string, body: (store: Store) => Promise<void>) =>
    test(`${name} store: ${title}`, { skip: options.skip ?? false }, async () => {
      const store = await open();
      try {
        await body(store);
      } finally {
        await store.close();
      }
    });

  it('saves a document with all its annotations and reads the document model back', async (store) => {
    const analysis = FIXTURES.arden();
    const result = await save(store, analysis);
    assert.equal(result.status, 'added');
    assert.equal(result.claims, analysis.claims.length);
    const counts = await store.counts();
    assert.equal(counts.documents, 1);
    assert.equal(counts.claims, analysis.claims.length);
    assert.equal(counts.mentions, analysis.mentions.length);
    assert.equal(counts.relations, analysis.relations.length);
    const document = await store.loadDocument(analysis.document.id);
    assert.deepEqual(document, analysis.document);
    assert.equal(await store.documentForSource(sourceHash(Buffer.from(analysis.document.text))), analysis.document.id);
    const [stored] = await store.documents();
    assert.equal(stored.outlet, 'Arden Post');
    assert.equal(stored.claimCount, analysis.claims.length);
  });

  it('saving the same document again changes nothing', async (store) => {
    await save(store, FIXTURES.arden());
    const before = await store.counts();
    const again = await save(store, FIXTURES.arden());
    assert.equal(again.status, 'unchanged');
    assert.deepEqual(await store.counts(), before);
  });

  it('a document whose save fails half-way leaves nothing behind', async (store) => {
    const analysis = FIXTURES.arden();
    // The same claim twice breaks the claims table's primary key after the document row is written.
    analysis.claims.push(analysis.claims[0]);
    await assert.rejects(save(store, analysis));
    assert.deepEqual(await store.counts(), { documents: 0, claims: 0, entities: 0, mentions: 0, relations: 0, links: 0 });
    assert.deepEqual((await store.search('Karsk')).claims, []);
    assert.equal((await save(store, FIXTURES.arden())).status, 'added', 'the store is still usable');
  });

  it('a batch saves each article whole: one that fails is rolled back alone, the rest as if saved one by one', async (store) => {
    const broken = FIXTURES.arden();
    broken.document.id = `${broken.document.id}-broken`;
    broken.document.text = `${broken.document.text} `;
    // The same claim twice breaks the claims table's primary key after the document row is written.
    broken.claims.push(broken.claims[0]);
    const entry = (analysis: Analysis) => ({ analysis, options: { sourceHash: sourceHash(Buffer.from(analysis.document.text)) } });
    const outcomes = await store.saveBatch([entry(FIXTURES.arden()), entry(broken), entry(FIXTURES.karsk()), entry(FIXTURES.karsk())]);
    assert.deepEqual(
      outcomes.map((outcome) => outcome.result?.status ?? 'failed'),
      ['added', 'failed', 'added', 'unchanged'],
    );
    assert.ok(outcomes[1].error instanceof Error);
    const single = await open();
    try {
      const results = [await save(single, FIXTURES.arden()), await save(single, FIXTURES.karsk())];
      assert.deepEqual(await store.counts(), await single.counts());
      assert.deepEqual(
        outcomes.filter((outcome) => outcome.result?.status === 'added').map((outcome) => outcome.result!.links),
        results.map((result) => result.links),
      );
      assert.ok(results[1].links > 0, 'the second article links to the first, saved earlier in the same transaction');
      assert.deepEqual(await store.links({}), await single.links({}));
    } finally {
      await single.close();
    }
    assert.equal((await store.search('Karsk')).documents.length, 2);
  });

  it('filters claims by entity, attribution, source, type, hedging, date and document', async (store) => {
    const arden = FIXTURES.arden();
    const karsk = FIXTURES.karsk();
    await save(store, arden);
    await save(store, karsk);
    const veloria = (await store.findEntities('veloria')).map((entity) => entity.id);
    assert.ok(veloria.length > 0, 'entities are found by name in any case');
    const aboutVeloria = await store.claims({ entityIds: veloria });
    assert.ok(aboutVeloria.length >= 3);
    assert.ok(aboutVeloria.every((claim) => claim.claim.entities.some((id) => veloria.includes(id))));
    const anonymous = await store.claims({ attribution: 'anonymous' });
    assert.ok(anonymous.length >= 2 && anonymous.every((claim) => claim.attributionKind === 'anonymous'));
    const ministry = await store.claims({ source: 'MINISTRY' });
    assert.ok(ministry.length >= 1 && ministry.every((claim) => /ministry/i.test(claim.source ?? '')));
    assert.deepEqual(await store.claims({ source: '100%_' }), [], 'LIKE wildcards in the input are literal');
    assert.deepEqual(await store.claims({ source: "o'brien\\" }), []);
    const hedged = await store.claims({ hedged: true });
    assert.ok(hedged.every((claim) => claim.claim.hedges.length > 0));
    assert.equal((await store.claims({ hedged: false })).length + hedged.length, arden.claims.length + karsk.claims.length);
    const onFifteenth = await store.claims({ from: '2025-03-15', to: '2025-03-15' });
    assert.ok(onFifteenth.length > 0 && onFifteenth.every((claim) => claim.document.outlet === 'Karsk Herald'));
    assert.equal((await store.claims({ documentId: arden.document.id })).length, arden.claims.length);
    assert.equal((await store.claims({ type: 'factual', documentId: arden.document.id })).length, arden.claims.filter((claim) => claim.type === 'factual').length);
    const firstTwo = await store.claims({ limit: 2 });
    assert.deepEqual(
      firstTwo.map((claim) => claim.id),
      arden.claims.slice(0, 2).map((claim) => claim.id),
      'in ingestion and text order',
    );
  });

  it('profiles an entity: aliases, documents and relations', async (store) => {
    await save(store, FIXTURES.arden());
    await save(store, FIXTURES.karsk());
    const karsk = await store.findEntities('KARSK');
    assert.ok(karsk.length > 0);
    const documents = await store.entityDocuments(karsk.map((entity) => entity.id));
    assert.equal(documents.length, 2);
    assert.ok(documents.every((document) => document.mentions > 0));
    const veloria = (await store.findEntities('Veloria')).map((entity) => entity.id);
    const relations = await store.relations({ entityIds: veloria });
    assert.ok(relations.some((relation) => relation.predicate === 'arms' && relation.negated));
    assert.ok(relations.some((relation) => relation.predicate === 'arms' && !relation.negated));
    assert.deepEqual(await store.findEntities('nobody at all'), []);
  });

  it('links claims across documents: corroborates (weak when anonymous), contradicts', async (store) => {
    await save(store, FIXTURES.arden());
    const second = await save(store, FIXTURES.karsk());
    assert.ok(second.links >= 3);
    const kinds = (await store.links({})).map((link) => `${link.kind}:${link.strength}`).sort();
    assert.ok(kinds.includes('corroborates:normal'), kinds.join(', '));
    assert.ok(kinds.includes('corroborates:weak'), kinds.join(', '));
    assert.ok(kinds.includes('contradicts:normal'), kinds.join(', '));
    const contradictions = await store.links({ kind: 'contradicts' });
    assert.ok(contradictions.some((link) => /denies it/.test(link.reason)));
    assert.ok(contradictions.some((link) => /incompatible numbers for fighters/.test(link.reason)));
    // Each stored link keeps what matched.
    const numbers = contradictions.find((link) => /incompatible numbers/.test(link.reason));
    assert.equal(numbers?.evidence?.numbers.length, 2);
    assert.ok((await store.links({})).every((link) => link.evidence && Array.isArray(link.evidence.entities)));
  });

  it('a copy of a stored article repeats the first copy claim by claim; later articles link to the first copy only, as analyze --json links them', async (store) => {
    const original = FIXTURES.arden();
    const copy = fixtureArticle('Copy Wire', '2025-03-14', 'Drones strike depots near Karsk, a wire story', original.document.text.split('\n\n').slice(1).join('\n\n'));
    const later = FIXTURES.karsk();
    for (const analysis of [original, copy, later]) await save(store, analysis);
    const copyClaims = new Set(copy.claims.map((claim) => claim.id));
    const stored = await store.links({});
    const laterClaims = new Set(later.claims.map((claim) => claim.id));
    const repeatsOfOriginal = stored.filter(
      (link) => link.kind === 'repeats' && link.claims.some((id) => copyClaims.has(id)) && link.claims.some((id) => original.claims.some((claim) => claim.id === id)),
    );
    assert.ok(repeatsOfOriginal.length >= copy.claims.length - 1, `each copied claim repeats its first copy: ${repeatsOfOriginal.length} of ${copy.claims.length}`);
    assert.ok(
      stored.some((link) => link.claims.some((id) => laterClaims.has(id))),
      'the later article links to the story',
    );
    assert.ok(!stored.some((link) => link.claims.some((id) => laterClaims.has(id)) && link.claims.some((id) => copyClaims.has(id))), 'but never to the copy');
    const corpus = new MemoryCorpus();
    for (const analysis of [original, copy, later]) await corpus.add(analysis);
    const pair = (link: { kind: string; claims: string[] }) => `${link.kind} ${link.claims.join(' ')}`;
    assert.deepEqual(stored.map(pair).sort(), corpus.links.map(pair).sort());
  });

  it('full-text search takes any input as words, never as query syntax', async (store) => {
    await save(store, FIXTURES.arden());
    for (const input of ["O'Brien", 'multi-agent', '"unbalanced', 'NEAR(safe', 'safe AND OR NOT', '*', 'col:umn', '', '   ', "'; drop table claims; --"]) {
      await store.search(input);
    }
    assert.equal((await store.search("O'Brien")).claims.length, 1);
    assert.equal((await store.search('multi-agent')).claims.length, 1);
    const phrase = await store.search('safe haven');
    assert.equal(phrase.claims.length, 1);
    assert.equal(phrase.documents.length, 1);
    assert.deepEqual((await store.search('haven safe')).claims, [], 'words are a phrase, in order');
    assert.equal((await store.counts()).claims > 0, true);
  });

  it('puts dated claims on a timeline, keeping event date and report date apart', async (store) => {
    await save(store, FIXTURES.arden());
    const timeline = await store.timeline({});
    const strike = timeline.find((entry) => entry.eventDate === '2025-03-13');
    assert.ok(strike, timeline.map((entry) => entry.eventDate).join(', '));
    assert.equal(strike.reportDate, '2025-03-14');
    const dates = timeline.map((entry) => entry.eventDate);
    assert.deepEqual(dates, [...dates].sort());
  });

  it('knows which documents an older pipeline analysed, and replaces their analysis', async (store) => {
    const analysis = FIXTURES.arden();
    await save(store, analysis);
    assert.deepEqual(await store.staleDocuments(analysis.stages), []);
    const newer = analysis.stages.map((stage) => (stage.name === 'claimgraph.relations' ? { ...stage, version: '99.0.0' } : stage));
    assert.deepEqual(await store.staleDocuments(newer), [analysis.document.id]);
    const fewer = { ...analysis, claims: analysis.claims.slice(0, 2), relations: [], stages: newer };
    const replaced = await store.replace(fewer);
    assert.equal(replaced.status, 'replaced');
    assert.equal((await store.counts()).claims, 2);
    assert.equal((await store.search('Karsk')).claims.length <= 2, true);
    assert.deepEqual(await store.staleDocuments(newer), []);
  });

  it("counts what a claim filter selects, lists a document's mentions and its share of anonymous, hedged and opinion claims", async (store) => {
    const arden = FIXTURES.arden();
    const karsk = FIXTURES.karsk();
    await save(store, arden);
    await save(store, karsk);
    const all = await store.claims({ limit: 1000 });
    assert.equal(await store.countClaims({}), all.length);
    assert.equal(await store.countClaims({ limit: 1, offset: 1 }), all.length, 'paging does not change the count');
    const anonymous = all.filter((claim) => claim.attributionKind === 'anonymous');
    assert.equal(await store.countClaims({ attribution: 'anonymous' }), anonymous.length);
    const herald = await store.claims({ outlet: 'Karsk Herald', limit: 1000 });
    assert.equal(herald.length, karsk.claims.length);
    assert.equal(await store.countClaims({ outlet: 'Karsk Herald' }), karsk.claims.length);
    const worthy = await store.claims({ minCheckworthiness: 0.5, sort: 'checkworthiness', limit: 1000 });
    assert.ok(worthy.every((claim) => claim.checkworthiness >= 0.5));
    assert.deepEqual(
      worthy.map((claim) => claim.checkworthiness),
      worthy.map((claim) => claim.checkworthiness).sort((a, b) => b - a),
    );
    const mentions = await store.documentMentions(arden.document.id);
    assert.equal(mentions.length, arden.mentions.length);
    for (const mention of mentions) assert.equal(arden.document.text.slice(mention.start, mention.end), mention.text);
    const [stats] = await store.documentStats([arden.document.id]);
    assert.deepEqual(stats, {
      documentId: arden.document.id,
      claims: arden.claims.length,
      anonymous: arden.claims.filter((claim) => claim.attribution.kind === 'anonymous').length,
      hedged: arden.claims.filter((claim) => claim.hedges.length > 0).length,
      opinion: arden.claims.filter((claim) => claim.type === 'opinion').length,
    });
  });
}

const linkSummary = async (store: Store) => (await store.links({})).map((link) => `${link.kind}:${link.strength}:${link.reason}`).sort();

/**
 * Claims keep their comparison key's body, so a later article's link-finding reads it rather than
 * making it again. A store written before that lacks the column: opening it adds the column, and
 * its old claims (no body) still link as they would with one.
 */
function keyBodyCases(name: string, raw: RawStores, skip: string | false): void {
  test(`${name} store: a store saved before claims kept their key bodies gains the column when opened, and its claims link as before`, { skip }, async () => {
    const withBodies = await raw.open('bodies_fresh');
    let expected: string[];
    try {
      await save(withBodies, FIXTURES.arden());
      await save(withBodies, FIXTURES.karsk());
      expected = await linkSummary(withBodies);
    } finally {
      await withBodies.close();
    }
    assert.ok(expected.length >= 3);
    const stored = await raw.query('bodies_fresh', 'select count(*) as n from claims where key_body is null');
    assert.equal(Number(stored[0].n), 0, 'every claim saved now keeps its key body');

    const older = await raw.open('bodies_older');
    await save(older, FIXTURES.arden());
    await older.close();
    await raw.query('bodies_older', 'alter table claims drop column key_body');
    const reopened = await raw.open('bodies_older');
    try {
      await save(reopened, FIXTURES.karsk());
      assert.deepEqual(await linkSummary(reopened), expected);
    } finally {
      await reopened.close();
    }
    const rows = await raw.query('bodies_older', 'select key_body is null as missing, count(*) as n from claims group by key_body is null order by 1');
    assert.deepEqual(
      rows.map((row) => [Boolean(Number(row.missing)), Number(row.n) > 0]),
      [
        [false, true],
        [true, true],
      ],
      "the new article's claims keep bodies, the older ones stay without",
    );
  });
}
