import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import * as annotator from '@apache-annotator/selector';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import jsonld from 'jsonld';
import { sourceHash } from '../ingest.js';
import { fixtureArticle, FIXTURES } from '../../store/store.contract.js';
import { openSqliteStore } from '../../store/sqlite.js';
import type { Store } from '../../store/index.js';
import { exportData, toAnnotations, toCsv, toGexf, toGraphml, toJsonld, type ExportData } from './index.js';

/** A store with two linked fictional articles and one full of characters exporters get wrong. */
async function exportedStore(): Promise<{ store: Store; data: ExportData }> {
  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'claimgraph-export-')), 'export.db'));
  const awkward = fixtureArticle(
    'The "Quoted" & <Angled> Gazette',
    '2025-03-16',
    'Emoji 🙂 and formulas in the news',
    '🙂 Officials in Karsk said on Sunday that =HYPERLINK("x") and "quotes", commas, and <tags> & ampersands appear in 3 claims. Veloria armed the Black Ridge militia, Governor Tomas Rein said; Karsk condemned Veloria.',
  );
  for (const analysis of [FIXTURES.arden(), FIXTURES.karsk(), awkward]) {
    await store.save(analysis, { sourceHash: sourceHash(Buffer.from(analysis.document.text)) });
  }
  return { store, data: await exportData(store) };
}

test('GraphML reads back in graphology with every entity, relation and attribute', async () => {
  const { store, data } = await exportedStore();
  await store.close();
  assert.ok(data.network.edges.length >= 3);
  const graph = parseGraphml(Graph as never, toGraphml(data.network));
  assert.equal(graph.order, data.network.nodes.length);
  assert.equal(graph.size, data.network.edges.length);
  for (const edge of data.network.edges) {
    const attributes = graph.getEdgeAttributes(edge.id);
    assert.equal(attributes.predicate, edge.predicate);
    assert.equal(attributes.weight, edge.claims);
    assert.equal(attributes.negated, edge.negated);
    assert.equal(graph.source(edge.id), edge.source);
  }
  for (const node of data.network.nodes) assert.equal(graph.getNodeAttribute(node.id, 'label'), node.name);
});

test('GEXF reads back in graphology with labels, weights and colours', async () => {
  const { store, data } = await exportedStore();
  await store.close();
  const graph = parseGexf(Graph as never, toGexf(data.network));
  assert.equal(graph.order, data.network.nodes.length);
  assert.equal(graph.size, data.network.edges.length);
  const armed = data.network.edges.find((edge) => edge.predicate === 'arms' && !edge.negated)!;
  const attributes = graph.getEdgeAttributes(armed.id);
  assert.equal(attributes.weight, armed.claims);
  assert.equal(attributes.predicate, 'arms');
  assert.equal(attributes.color, 'rgb(109,76,65)');
  for (const node of data.network.nodes) assert.equal(graph.getNodeAttribute(node.id, 'label'), node.name);
});

test('CSV reads back with csv-parse: quotes, commas and newlines intact, formulas defused', async () => {
  const { store, data } = await exportedStore();
  await store.close();
  const files = toCsv(data);
  assert.deepEqual(Object.keys(files).sort(), ['claims.csv', 'entities.csv', 'links.csv', 'relations.csv']);
  const claims = parseCsv(files['claims.csv'], { columns: true }) as Array<Record<string, string>>;
  assert.equal(claims.length, data.claims.length);
  for (const [index, row] of claims.entries()) {
    const claim = data.claims[index];
    assert.equal(row.id, claim.id);
    assert.equal(row.text, /^[=+\-@]/.test(claim.text) ? `'${claim.text}` : claim.text);
    assert.equal(Number(row.start), claim.start);
    assert.equal(row.attribution, claim.attributionKind);
  }
  assert.ok(claims.some((row) => row.text.includes('=HYPERLINK("x") and "quotes", commas')));
  const entities = parseCsv(files['entities.csv'], { columns: true }) as Array<Record<string, string>>;
  assert.equal(entities.length, data.entities.length);
  const links = parseCsv(files['links.csv'], { columns: true }) as Array<Record<string, string>>;
  assert.equal(links.length, data.links.length);
  assert.ok(links.every((row) => ['repeats', 'corroborates', 'contradicts'].includes(row.kind) && row.reason.length > 0));
  const relations = parseCsv(files['relations.csv'], { columns: true }) as Array<Record<string, string>>;
  assert.equal(relations.length, data.network.edges.length);
});

test('JSON-LD expands offline with the jsonld processor into schema.org types', async () => {
  const { store, data } = await exportedStore();
  await store.close();
  const expanded = (await jsonld.expand(toJsonld(data) as jsonld.JsonLdDocument)) as Array<Record<string, unknown>>;
  const ofType = (type: string) => expanded.filter((node) => (node['@type'] as string[] | undefined)?.includes(`https://schema.org/${type}`));
  assert.equal(ofType('NewsArticle').length, data.documents.length);
  assert.equal(ofType('Claim').length, data.claims.length);
  assert.ok(ofType('Person').length > 0 && ofType('Organization').length > 0 && ofType('Place').length > 0);
  const claim = ofType('Claim')[0];
  assert.ok(Array.isArray(claim['https://schema.org/appearance']), 'a claim points to the article it appears in');
  assert.ok(Array.isArray(claim['https://schema.org/author']), 'and to who asserts it');
});

// The package's .d.ts re-exports its text matchers without file extensions, which Node16 module
// resolution cannot follow; these are their documented shapes.
interface Chunk<T> {
  readonly data: T;
}
interface Chunker<C> {
  readonly currentChunk: C;
  nextChunk(): C | null;
  previousChunk(): C | null;
  precedesCurrentChunk(chunk: C): boolean;
}
interface ChunkRange<C> {
  startChunk: C;
  startIndex: number;
  endChunk: C;
  endIndex: number;
}
type TextMatcher = (selector: object) => (scope: Chunker<Chunk<string>>) => AsyncGenerator<ChunkRange<Chunk<string>>>;
const { textQuoteSelectorMatcher, textPositionSelectorMatcher } = annotator as unknown as { textQuoteSelectorMatcher: TextMatcher; textPositionSelectorMatcher: TextMatcher };

/** The whole text as one chunk, for Apache Annotator's text matchers. */
class TextChunker implements Chunker<Chunk<string>> {
  readonly currentChunk: Chunk<string>;
  constructor(text: string) {
    this.currentChunk = { data: text };
  }
  nextChunk() {
    return null;
  }
  previousChunk() {
    return null;
  }
  precedesCurrentChunk() {
    return false;
  }
}

async function first(matches: AsyncGenerator<ChunkRange<Chunk<string>>>): Promise<{ start: number; end: number } | null> {
  for await (const match of matches) return { start: match.startIndex, end: match.endIndex };
  return null;
}

test('Web Annotations anchor with Apache Annotator: quote and position selectors find each claim', async () => {
  const { store, data } = await exportedStore();
  await store.close();
  const collection = toAnnotations(data) as { total: number; first: { items: Array<{ target: { source: string; selector: Array<Record<string, unknown>> } }> } };
  assert.equal(collection.total, data.claims.length);
  const texts = new Map(data.documents.map((document) => [`urn:claimgraph:${document.id}`, document.model.text]));
  let afterEmoji = 0;
  for (const [index, annotation] of collection.first.items.entries()) {
    const claim = data.claims[index];
    const text = texts.get(annotation.target.source)!;
    const [quote, position] = annotation.target.selector;
    const byQuote = await first(textQuoteSelectorMatcher(quote)(new TextChunker(text)));
    const byPosition = await first(textPositionSelectorMatcher(position)(new TextChunker(text)));
    assert.deepEqual(byQuote, { start: claim.start, end: claim.end }, `quote of ${claim.id}`);
    assert.deepEqual(byPosition, { start: claim.start, end: claim.end }, `position of ${claim.id}`);
    const emojiBefore = text.slice(0, claim.start).split('🙂').length - 1;
    if (emojiBefore > 0) {
      afterEmoji++;
      assert.equal((position as { start: number }).start, claim.start - emojiBefore, 'positions count code points, not UTF-16 units');
    }
  }
  assert.ok(afterEmoji > 0, 'a claim after an emoji was checked');
});
