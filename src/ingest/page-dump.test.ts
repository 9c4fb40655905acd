import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingest } from './ingest.js';

// An invented page dump with the shape of a real one: section labels run together, title, dek,
// a caption and credit printed twice, byline, author bio, body, disclaimer, tags footer.
const OPINION_DUMP = `OpinionWorld News

Northland rebels copy a foreign playbook

Northland and Southmark have fought over the Vell valley for decades, but last week's raid was different.

Map of the Vell valley. Credit: Survey Office via Public Maps.
Map of the Vell valley. Credit: Survey Office via Public Maps.
Aino Virtanen
Aino Virtanen is a Finnish journalist formerly based in Oulu. She is a senior researcher at the Baltic Desk.

The fight over the Vell valley has intensified this week with Southmark's strikes on Northland following the raid on hikers near Osk. It has brought the conflict to the attention of the whole region.

Sources indicate that Northland's army has sought training from the Grey Brigade for its own fighters in the valley.

The regional council must condemn this strategy, which is inflaming tensions across the region.

The opinions and facts presented in this article are those of the author, and neither TNP nor its partners assume any responsibility for them.
Topics
`;

test('a page dump: section labels run together, title, dek, byline, outlet from the disclaimer', () => {
  const document = ingest(Buffer.from(OPINION_DUMP), { source: 'dump.txt' });
  assert.deepEqual(document.meta.sections, ['Opinion', 'World News']);
  assert.equal(document.meta.section, 'World News');
  assert.equal(document.meta.genre, 'opinion');
  assert.equal(document.meta.title, 'Northland rebels copy a foreign playbook');
  assert.match(document.meta.dek ?? '', /^Northland and Southmark have fought/);
  assert.deepEqual(document.meta.authors, ['Aino Virtanen']);
  assert.equal(document.meta.outlet, 'TNP');
  assert.equal(document.meta.format, 'text');
});

test('a page dump: captions, credits, bio, disclaimer and tags go to removed, not the text', () => {
  const document = ingest(Buffer.from(OPINION_DUMP), { source: 'dump.txt' });
  const kinds = document.removed.map((item) => item.kind);
  assert.deepEqual(kinds.filter((kind) => kind === 'caption').length, 2);
  assert.deepEqual(kinds.filter((kind) => kind === 'credit').length, 2);
  assert.ok(kinds.includes('author-bio'));
  assert.ok(kinds.includes('disclaimer'));
  assert.ok(kinds.includes('tags'));
  for (const chrome of ['Credit:', 'Finnish journalist', 'assume any responsibility', 'Topics']) {
    assert.ok(!document.text.includes(chrome), `text still holds "${chrome}"`);
  }
  assert.ok(document.text.includes('Sources indicate that'));
  const body = document.regions.find((region) => region.kind === 'body')!;
  assert.ok(document.text.slice(body.start, body.end).startsWith('The fight over the Vell valley'));
  assert.ok(document.text.slice(body.start, body.end).endsWith('across the region.'));
});

test('a page dump: comment forms and share buttons are chrome', () => {
  const dump = `Harbour talks stall again

Talks between the two port authorities broke down on Monday after six hours, officials said. Neither side would say what went wrong.

A second round is planned for next month, according to the mediators, who asked not to be named.

Share
Tweet
Please enter your comment!
Please enter your name here
`;
  const document = ingest(Buffer.from(dump), { source: 'talks.txt' });
  assert.deepEqual(
    document.removed.map((item) => item.kind),
    ['navigation', 'navigation', 'comment-form', 'comment-form'],
  );
  assert.equal(document.meta.title, 'Harbour talks stall again');
  assert.equal(document.meta.dek, null);
});

test('a page dump: a dateline becomes the publication date, and --published fills only a gap', () => {
  const dump = `Storm closes the northern pass\n\nBy Jo Lindqvist\nMarch 3, 2025\n\nThe northern pass was closed on Sunday after heavy snow, the road agency said. It will reopen when the plough crews finish.\n`;
  assert.equal(ingest(Buffer.from(dump), { source: 'a.txt', published: '2020-01-01' }).meta.published, '2025-03-03');
  const undated = dump.replace('March 3, 2025\n', '');
  const document = ingest(Buffer.from(undated), { source: 'a.txt', published: '2020-01-01' });
  assert.equal(document.meta.published, '2020-01-01');
  assert.equal(document.meta.fieldSources.published, 'option:--published');
});

test('hard-wrapped Markdown paragraphs are joined, headings lose their #', () => {
  const markdown = `# A wrapped article\n\nThe first paragraph of this article is wrapped at a fixed width, as\nMarkdown files often are, and it continues on a second line that\nends the sentence here.\n\nThe second paragraph is also wrapped over more than one line so that\nthe joining rule has something to do with it.\n`;
  const document = ingest(Buffer.from(markdown), { source: 'a.md' });
  assert.equal(document.meta.title, 'A wrapped article');
  assert.ok(document.text.includes('wrapped at a fixed width, as Markdown files often are'));
});
