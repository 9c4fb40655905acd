import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fromRoot } from '../../test/helpers.js';
import { analyze } from '../analyze.js';
import { DEFAULT_BUDGETS } from '../core/budgets.js';
import { getDefaultPipeline } from '../pipeline/default.js';
import { openSqliteStore } from '../store/sqlite.js';
import { entityProfile, ingestBytes, network, reanalyze, sourceHash } from './index.js';

const freshStore = () => openSqliteStore(join(mkdtempSync(join(tmpdir(), 'claimgraph-queries-')), 'q.db'));
const example = (name: string) => readFileSync(fromRoot('examples', name));

test('ingestBytes skips unchanged bytes before analysing them', async () => {
  const store = await freshStore();
  const bytes = example('veloria-border-strikes.txt');
  const first = await ingestBytes(store, bytes, { source: 'a.txt' });
  assert.equal(first.status, 'added');
  const again = await ingestBytes(store, bytes, { source: 'elsewhere/a.txt' });
  assert.deepEqual(again, { status: 'unchanged', documentId: first.documentId, claims: 0, links: 0 });
  await store.close();
});

test('reanalyze re-runs only articles analysed by other stage versions, and brings them up to date', async () => {
  const store = await freshStore();
  const bytes = example('veloria-border-strikes.txt');
  const current = analyze(bytes, { source: 'veloria.txt' });
  // As if an older relations stage had analysed it, and found nothing.
  const older = { ...current, relations: [], stages: current.stages.map((stage) => (stage.name === 'claimgraph.relations' ? { ...stage, version: '0.9.0' } : stage)) };
  await store.save(older, { sourceHash: sourceHash(bytes) });
  await ingestBytes(store, example('karsk-herald-strikes.txt'), { source: 'karsk.txt' });
  const seen: string[] = [];
  const result = await reanalyze(store, { onDocument: (saved) => seen.push(saved.documentId) });
  assert.deepEqual(result, { stale: 1, replaced: 1, failed: [] });
  assert.deepEqual(seen, [current.document.id]);
  assert.equal((await store.relations({})).filter((relation) => relation.documentId === current.document.id).length, current.relations.length);
  assert.deepEqual(await reanalyze(store), { stale: 0, replaced: 0, failed: [] });
  await store.close();
});

test('entity profile groups claims by who asserts them; the network weighs edges by claims and sources', async () => {
  const store = await freshStore();
  for (const name of ['veloria-border-strikes.txt', 'karsk-herald-strikes.txt']) await ingestBytes(store, example(name), { source: name });
  const profile = await entityProfile(store, 'KARSK');
  assert.ok(profile.types.includes('place'));
  assert.equal(profile.documents.length, 2);
  const grouped = [...profile.claims.named, ...profile.claims.anonymous, ...profile.claims.author];
  assert.ok(profile.claims.named.every((claim) => claim.attributionKind === 'named'));
  assert.ok(profile.claims.anonymous.every((claim) => claim.attributionKind === 'anonymous'));
  assert.ok(grouped.length > 3);
  await assert.rejects(entityProfile(store, 'Atlantis'), /\[E031\] no entity named "Atlantis"/);
  const graph = await network(store);
  const denial = graph.edges.find((edge) => edge.predicate === 'arms');
  assert.ok(denial && denial.negated && denial.style === 'dotted', 'a denied relation is drawn dotted, never as the relation');
  for (const edge of graph.edges) {
    assert.ok(graph.nodes.some((node) => node.id === edge.source) && graph.nodes.some((node) => node.id === edge.target));
    assert.equal(edge.claims, edge.claimIds.length);
    assert.ok(edge.sources >= 1 && edge.sources <= edge.claims);
  }
  await store.close();
});

test('reanalyze: a document over a budget keeps its old analysis and the others are re-analysed', async () => {
  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'claimgraph-reanalyze-budget-')), 'store.db'));
  const long = await ingestBytes(store, example('karsk-herald-strikes.txt'), { source: 'karsk.txt' });
  const pipeline = getDefaultPipeline();
  // A pipeline whose last stage has a new version makes every stored document stale; its run
  // under a one-claim budget fails the document that has several claims.
  const strict = {
    stages: pipeline.stages.map((stage, index) => (index === pipeline.stages.length - 1 ? { ...stage, version: `${stage.version}-next` } : stage)),
    run: (document: Parameters<typeof pipeline.run>[0]) => pipeline.run(document, { budgets: { ...DEFAULT_BUDGETS, claims: 1 } }),
  };
  const result = await reanalyze(store, { pipeline: strict });
  assert.equal(result.stale, 1);
  assert.equal(result.replaced, 0);
  assert.equal(result.failed[0].documentId, long.documentId);
  assert.equal(result.failed[0].code, 'E013');
  await store.close();
});
