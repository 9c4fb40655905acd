import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, analyzeText } from '../analyze.js';
import { safeUrl, embeddableJson } from '../core/safe-output.js';
import { cleanControlCharacters } from './decode.js';

test('terminal escape sequences are removed whole at ingest: no "[2J[H" left inside a title or a name', () => {
  assert.equal(cleanControlCharacters('\u001b[2J\u001b[HEvil Title'), 'Evil Title');
  assert.equal(cleanControlCharacters('a \u001b]0;window title\u0007b \u001b[1;31mred\u001b[0m \u009b31mc'), 'a b red c');
  const analysis = analyzeText('\u001b[2J\u001b[HEvil Title\n\nMayor \u001b[31mIlse Varga\u001b[0m said the harbour would reopen on Monday.\n');
  assert.equal(analysis.document.meta.title, 'Evil Title');
  assert.ok(!/\u001b|\[\d*[A-Za-z]/.test(analysis.document.text), JSON.stringify(analysis.document.text));
  assert.ok(
    analysis.entities.some((entity) => entity.name === 'Ilse Varga'),
    analysis.entities.map((entity) => entity.name).join(', '),
  );
});

test('escapes written as character references in HTML are removed too', () => {
  const html =
    '<html><head><title>&#27;[2J&#27;[HHarbour news</title></head><body><article><p>Mayor Ilse Varga said on Monday that the harbour &#27;[1mwould reopen&#27;[0m after the storm damage was repaired.</p><p>The council agreed with her and said the repairs had cost less than expected.</p></article></body></html>';
  const analysis = analyze(Buffer.from(html), { source: 'page.html' });
  assert.equal(analysis.document.meta.title, 'Harbour news');
  assert.ok(!analysis.document.text.includes('\u001b') && !analysis.document.text.includes('[1m'), analysis.document.text);
});

test('only http: and https: URLs are kept from a page', () => {
  for (const bad of ['javascript:alert(6)', ' JAVASCRIPT:alert(1)', 'data:text/html,<script>x</script>', 'file:///etc/passwd', '//example.org/a', 'vbscript:x', 'http//broken']) {
    assert.equal(safeUrl(bad), null, bad);
  }
  assert.equal(safeUrl('https://news.example/story?id=1'), 'https://news.example/story?id=1');
  const html =
    '<html><head><link rel="canonical" href="javascript:alert(6)"><title>Harbour</title></head><body><article><p>Mayor Ilse Varga said on Monday that the harbour would reopen after the storm damage was repaired.</p></article></body></html>';
  assert.equal(analyze(Buffer.from(html), { source: 'page.html' }).document.meta.canonicalUrl, null);
});

test('embeddable JSON never contains <, > or & and reads back to the same value', () => {
  const value = { title: '</script><script>alert(1)</script> & <!-- x -->', line: 'a\u2028b' };
  const json = embeddableJson(value);
  assert.ok(!/[<>&\u2028]/.test(json), json);
  assert.deepEqual(JSON.parse(json), value);
});
