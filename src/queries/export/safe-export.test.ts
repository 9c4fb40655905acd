import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../analyze.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { ingestBytes } from '../ingest.js';
import { codePointCounter, codePointOffset, exportFiles } from './index.js';

const HOSTILE_PAGE = `<html><head>
<title>Harbour &lt;/script&gt;&lt;script&gt;window.__xss=1&lt;/script&gt; reopens</title>
<link rel="canonical" href="javascript:alert(6)">
<meta property="og:url" content="javascript:alert(7)">
</head><body><article>
<p>Mayor Ilse Varga said on Monday that the harbour &lt;/script&gt; would reopen after the storm &amp; the flood.</p>
<p>The council agreed with her and said the repairs had cost less than the 4,000 crowns first feared.</p>
</article></body></html>`;

test('exports written to be embedded never carry a script end tag or a javascript: URL', async () => {
  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'claimgraph-safe-')), 'safe.db'));
  try {
    await ingestBytes(store, Buffer.from(HOSTILE_PAGE), { source: 'hostile.html' });
    const files = await exportFiles(store, ['jsonld', 'annotations', 'csv', 'graphml', 'gexf']);
    for (const name of ['claimgraph.jsonld', 'annotations.jsonld']) {
      const content = files[name];
      assert.ok(!/[<>&]/.test(content), `${name} has a raw <, > or &`);
      assert.ok(!/javascript:/i.test(content), `${name} has a javascript: URL`);
      // Still the same data once parsed: the escapes are JSON's own.
      assert.match(JSON.stringify(JSON.parse(content)), /<\/script>/);
    }
    for (const [name, content] of Object.entries(files)) assert.ok(!/javascript:/i.test(content), `${name} has a javascript: URL`);
  } finally {
    await store.close();
  }
});

test('a page whose canonical URL is https keeps it in JSON-LD', async () => {
  const page = HOSTILE_PAGE.replace('javascript:alert(6)', 'https://harbour.example/news/reopening');
  assert.equal(analyze(Buffer.from(page), { source: 'ok.html' }).document.meta.canonicalUrl, 'https://harbour.example/news/reopening');
});

test('code point offsets for many claims of a long text cost one pass, not one per claim', () => {
  const text = 'Emoji 🙂 before the harbour news. '.repeat(150_000); // about 5 MB
  const offsets = Array.from({ length: 20_000 }, (_, index) => Math.floor((index / 20_000) * text.length));
  const started = performance.now();
  const counter = codePointCounter(text);
  const counted = offsets.map((offset) => counter(offset));
  const elapsed = performance.now() - started;
  assert.ok(elapsed < 2000, `${elapsed.toFixed(0)} ms for 20,000 offsets into 5 MB`);
  for (const index of [0, 1, 777, 19_999]) assert.equal(counted[index], codePointOffset(text, offsets[index]));
  assert.equal(counter(10), [...text.slice(0, 10)].length, 'going back still counts right');
});
