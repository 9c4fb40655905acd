import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import pg from 'pg';
import { analyze } from '../analyze.js';
import type { Analysis } from '../core/analysis.js';
import { attributionLevels } from '../core/annotations.js';
import { isClaimgraphError } from '../core/errors.js';
import { openPostgresStore } from '../store/postgres.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { exportFiles } from './export/index.js';
import { ingestBytes } from './ingest.js';

// Random input must never crash claimgraph: every input is analysed, or refused with a coded error,
// and every span of what it finds lies inside the document's text.

/** Any UTF-16 string, lone surrogates included. */
const anyText = fc.string({ unit: 'binary', maxLength: 300 });
const WORDS = [
  'The',
  'council',
  'said',
  'Mayor',
  'Ilse',
  'Varga',
  'on',
  'Monday',
  '5 January 2024',
  '3,000',
  'rifles',
  'according to',
  'sources',
  '"',
  '.',
  ',',
  '\n\n',
  "O'Brien",
  'multi-agent',
  'NEAR(',
  '*',
  'AND',
];
/** Text that looks enough like an article to reach every stage, with random characters mixed in. */
const articleText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS),
      anyText.map((text) => text.slice(0, 12)),
    ),
    { maxLength: 80 },
  )
  .map((parts) => `Headline ${parts[0] ?? ''}\n\n${parts.join(' ')}`);
const TAGS = [
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<article>',
  '</article>',
  '<script>',
  '</script>',
  '<!--',
  '-->',
  '<a href="javascript:alert(1)">',
  '</a>',
  '<br>',
  '&amp;',
  '&#27;[2J',
  '&lt;',
  '&#xD800;',
  '<title>',
  '</title>',
  '<meta charset="utf-16">',
  '<link rel="canonical" href="javascript:x">',
  '<h1>',
  '</h1>',
  '<svg onload=x>',
];
const html = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS),
      fc.constantFrom(...WORDS),
      anyText.map((text) => text.slice(0, 20)),
    ),
    { maxLength: 120 },
  )
  .map((parts) => `<html><body>${parts.join(' ')}</body></html>`);

function assertWithinText(analysis: Analysis): void {
  const { text } = analysis.document;
  const inside = (span: { start: number; end: number } | null | undefined, what: string) => {
    if (!span) return;
    assert.ok(
      Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= text.length,
      `${what} [${span.start}, ${span.end}) outside a text of ${text.length}`,
    );
  };
  for (const sentence of analysis.sentences) inside(sentence, 'sentence');
  for (const mention of analysis.mentions) {
    inside(mention, 'mention');
    assert.equal(text.slice(mention.start, mention.end), mention.text);
  }
  for (const claim of analysis.claims) {
    inside(claim, 'claim');
    assert.equal(text.slice(claim.start, claim.end), claim.text);
    for (const item of [...claim.hedges, ...claim.quantities, ...claim.times, ...claim.typeCues]) inside(item, 'claim annotation');
    for (const level of attributionLevels(claim.attribution)) for (const span of [level.cueSpan, level.sourceSpan, level.contentSpan]) inside(span, 'attribution');
  }
  for (const relation of analysis.relations) for (const span of [relation, relation.subjectSpan, relation.objectSpan]) inside(span, 'relation');
}

/** Analyses, or accepts a coded refusal (an empty page, a budget); anything else fails the property. */
function analysedOrRefused(bytes: Buffer, source: string, format?: 'html' | 'text'): Analysis | null {
  try {
    const analysis = analyze(bytes, { source, format });
    assertWithinText(analysis);
    return analysis;
  } catch (error) {
    if (isClaimgraphError(error)) return null;
    throw error;
  }
}

test('random Unicode text never crashes analysis, and every span lies inside the text', () => {
  fc.assert(
    fc.property(fc.oneof(anyText, articleText), (text) => {
      analysedOrRefused(Buffer.from(text, 'utf8'), 'random.txt', 'text');
    }),
    { numRuns: 150, seed: 13 },
  );
});

test('random bytes and random HTML never crash ingest and analysis', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      analysedOrRefused(Buffer.from(bytes), 'random.html');
    }),
    { numRuns: 100, seed: 13 },
  );
  fc.assert(
    fc.property(html, (page) => {
      analysedOrRefused(Buffer.from(page, 'utf8'), 'random.html', 'html');
    }),
    { numRuns: 150, seed: 13 },
  );
});

const url = process.env.CLAIMGRAPH_PG_URL;
const schema = `cg_prop_${process.pid}`;
const engines: Array<[string, () => Promise<Store>, string | false]> = [
  ['sqlite', () => openSqliteStore(join(mkdtempSync(join(tmpdir(), 'claimgraph-property-')), 'property.db')), false],
  ['postgres', () => openPostgresStore(url!, { schema }), url ? false : 'CLAIMGRAPH_PG_URL is not set'],
];

for (const [engine, open, skip] of engines) {
  test(`${engine}: random articles ingest, random search strings search, and every export format writes`, { skip }, async () => {
    const store = await open();
    try {
      await fc.assert(
        fc.asyncProperty(articleText, async (text) => {
          try {
            await ingestBytes(store, Buffer.from(text, 'utf8'), { source: 'random.txt', format: 'text' });
          } catch (error) {
            if (!isClaimgraphError(error) || error.kind.startsWith('store')) throw error;
          }
        }),
        { numRuns: 25, seed: 13 },
      );
      await fc.assert(
        fc.asyncProperty(fc.oneof(anyText, fc.constantFrom(...WORDS)), async (query) => {
          const result = await store.search(query, { limit: 5 });
          assert.ok(Array.isArray(result.claims));
        }),
        { numRuns: 100, seed: 13 },
      );
      const files = await exportFiles(store, ['graphml', 'gexf', 'csv', 'jsonld', 'annotations']);
      for (const name of ['claimgraph.jsonld', 'annotations.jsonld']) JSON.parse(files[name]);
    } finally {
      await store.close();
    }
  });
}

test.after(async () => {
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
});
