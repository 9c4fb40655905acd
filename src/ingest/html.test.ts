import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingest } from './ingest.js';

const PARAGRAPHS = Array.from(
  { length: 6 },
  (_, index) =>
    `<p>Paragraph ${index + 1} of the story says that the harbour council met on Tuesday and agreed to review the contract, which critics say was signed too quickly and without a public tender.</p>`,
).join('\n');

test('metadata from JSON-LD wins over OpenGraph and <meta>', () => {
  const html = `<!doctype html><html lang="en-GB"><head><title>Site title | Outlet</title>
<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Outlet">
<meta name="author" content="Meta Author"><meta property="article:published_time" content="2024-01-01T10:00:00Z">
<link rel="canonical" href="https://example.org/opinion/harbour">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"OpinionNewsArticle","headline":"LD headline","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Bo Chen"}],"datePublished":"2024-02-03T08:00:00+01:00","publisher":{"@type":"Organization","name":"LD Outlet"},"articleSection":"Comment"}]}</script>
</head><body><article>${PARAGRAPHS}</article></body></html>`;
  const { meta } = ingest(Buffer.from(html), { source: 'a.html' });
  assert.equal(meta.title, 'LD headline');
  assert.deepEqual(meta.authors, ['Ana Ruiz', 'Bo Chen']);
  assert.equal(meta.outlet, 'LD Outlet');
  assert.equal(meta.published, '2024-02-03');
  assert.equal(meta.section, 'Comment');
  assert.equal(meta.genre, 'opinion');
  assert.equal(meta.language, 'en-GB');
  assert.equal(meta.canonicalUrl, 'https://example.org/opinion/harbour');
  assert.equal(meta.fieldSources.title, 'json-ld:headline');
});

test('metadata from OpenGraph, <meta> and <time> when there is no JSON-LD', () => {
  const html = `<html><head><meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Outlet">
<meta name="author" content="By Meta Author"><meta property="article:section" content="Analysis"></head>
<body><article><time datetime="2023-10-07">Oct 7</time>${PARAGRAPHS}</article></body></html>`;
  const { meta } = ingest(Buffer.from(html), { source: 'a.html' });
  assert.equal(meta.title, 'OG title');
  assert.equal(meta.outlet, 'OG Outlet');
  assert.deepEqual(meta.authors, ['Meta Author']);
  assert.equal(meta.published, '2023-10-07');
  assert.equal(meta.genre, 'analysis');
});

test('broken JSON-LD is ignored, not fatal', () => {
  const html = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", headline: broken</script><title>Plain</title></head><body>${PARAGRAPHS}</body></html>`;
  assert.equal(ingest(Buffer.from(html), { source: 'a.html' }).meta.title, 'Plain');
});

test('page chrome around the article is reported in removed with its kind', () => {
  const html = `<html><head><title>T</title></head><body><nav class="menu"><a>Home</a> <a>World</a></nav>
<article><h1>T</h1>${PARAGRAPHS}<figure><img src="x.jpg"><figcaption>A harbour crane at dusk.</figcaption></figure></article>
<aside class="advert"><p>Buy a boat today and save on every mooring fee this summer season.</p></aside>
<section id="comments"><form><p>Leave a Reply</p></form></section></body></html>`;
  const document = ingest(Buffer.from(html), { source: 'a.html' });
  const kinds = new Set(document.removed.map((item) => item.kind));
  assert.ok(kinds.has('navigation'), JSON.stringify(document.removed));
  assert.ok(kinds.has('caption'));
  assert.ok(kinds.has('advert'));
  assert.ok(kinds.has('comment-form'));
  assert.ok(!document.text.includes('harbour crane at dusk'));
  assert.ok(!document.text.includes('Buy a boat'));
});

test('script, event handlers and javascript: URLs are kept as inert text, never markup', () => {
  const html = `<html><head><title>&lt;script&gt;window.__xss=1&lt;/script&gt; Title</title>
<meta property="og:title" content="<img src=x onerror=alert(1)>"></head><body><article>
<p>Before <script>window.__xss = 1</script> after, and <a href="javascript:alert(1)" onclick="alert(2)">a link</a> in a sentence that is long enough to be kept by the extractor as article text.</p>
<svg onload="alert(3)"><text>svg text</text></svg>${PARAGRAPHS}</article></body></html>`;
  const document = ingest(Buffer.from(html), { source: 'x.html' });
  assert.ok(!document.text.includes('window.__xss'));
  assert.ok(!document.text.includes('onclick'));
  assert.ok(!document.text.includes('javascript:'));
  // The title is text: the angle brackets are characters to show, not tags to run.
  assert.equal(document.meta.title, '<img src=x onerror=alert(1)>');
});

test('links inside the article keep their anchor span and an absolute http(s) URL', () => {
  const html = `<html><head><title>T</title><link rel="canonical" href="https://www.example.org/news/2024/story"></head><body><article>
<p>The delay was first <a href="https://other.example/delay">reported by Eurowave News</a> on Monday, and <a href="/reports/study.pdf">a 2014 study</a> warned of it; <a href="mailto:x@example.org">write</a> or <a href="javascript:void(0)">share</a> if you like, as the harbour council asked.</p>
${PARAGRAPHS}</article></body></html>`;
  const document = ingest(Buffer.from(html), { source: 'a.html' });
  assert.deepEqual(
    document.links.map(({ text, url }) => ({ text, url })),
    [
      { text: 'reported by Eurowave News', url: 'https://other.example/delay' },
      { text: 'a 2014 study', url: 'https://www.example.org/reports/study.pdf' },
    ],
  );
  for (const link of document.links) assert.equal(document.text.slice(link.start, link.end), link.text);
});
