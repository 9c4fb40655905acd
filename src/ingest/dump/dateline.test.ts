import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingest } from '../ingest.js';
import { inlineDateline, placeDateline } from './dateline.js';

test('a dateline line: a place (with its region) and a date in the forms wires write', () => {
  assert.deepEqual(placeDateline('KARSK 2025-03-04'), { place: 'KARSK', date: '2025-03-04', dateText: '2025-03-04' });
  assert.deepEqual(placeDateline('ODRA, Veloria 2025-03-04'), { place: 'ODRA, Veloria', date: '2025-03-04', dateText: '2025-03-04' });
  assert.deepEqual(placeDateline('ST. MARTEN, Aug. 30, 2024'), { place: 'ST. MARTEN', date: '2024-08-30', dateText: 'Aug. 30, 2024' });
  assert.deepEqual(placeDateline("N'GARA 4 March 2025"), { place: "N'GARA", date: '2025-03-04', dateText: '4 March 2025' });
  assert.equal(placeDateline('KARSK, March 4 (Northwire) -')?.date, null);
});

test('not a dateline: a bare date, a "Published" line, section labels, a sentence that ends in a date', () => {
  assert.equal(placeDateline('May 9, 2025'), null);
  assert.equal(placeDateline('Tuesday, 1 March'), null);
  assert.equal(placeDateline('Published May 9, 2025'), null);
  assert.equal(placeDateline('World News 2025-01-01'), null);
  assert.equal(placeDateline('The army said on May 9, 2025'), null);
});

// A wire brief in the shape of a 1990s agency story: headline, dateline, short paragraphs.
const WIRE_BRIEF = `VELORIAN CENTRAL BANK HOLDS RATE.

ODRA, Veloria 2025-03-04

The Bank of Veloria left its main rate unchanged on Tuesday, the bank said.

Governor Ilse Marrow gave no reason.`;

test('a dateline is kept as a region of its own, in the text and in the metadata; short lead lines stay', () => {
  const document = ingest(Buffer.from(WIRE_BRIEF), { source: 'brief.txt' });
  assert.equal(document.meta.title, 'VELORIAN CENTRAL BANK HOLDS RATE.');
  const dateline = document.meta.dateline!;
  assert.equal(document.text.slice(dateline.start, dateline.end), 'ODRA, Veloria 2025-03-04');
  assert.equal(dateline.place, 'ODRA, Veloria');
  assert.equal(dateline.date, '2025-03-04');
  assert.equal(document.meta.published, '2025-03-04');
  assert.deepEqual(
    document.regions.map((region) => region.kind),
    ['title', 'dateline', 'body'],
  );
  assert.match(document.text, /Governor Ilse Marrow gave no reason\.$/);
});

test('a one-sentence statement is analysed as a story, not refused as empty', () => {
  const document = ingest(Buffer.from('The Veloria Defence Ministry said its aircraft struck a depot near Karsk.\n'), { source: 'statement.txt' });
  assert.equal(document.meta.title, null);
  assert.deepEqual(
    document.regions.map((region) => region.kind),
    ['body'],
  );
  assert.equal(document.text, 'The Veloria Defence Ministry said its aircraft struck a depot near Karsk.');
});

test('a statement without its closing stop, alone or under a heading, is a story too', () => {
  const alone = ingest(Buffer.from('Two drones were shot down over Karsk overnight, the ministry said\n'), { source: 'statement.txt' });
  assert.equal(alone.text, 'Two drones were shot down over Karsk overnight, the ministry said');
  const headed = ingest(Buffer.from('STATEMENT BY THE VELORIA DEFENCE MINISTRY\n\nTwo drones were shot down over Karsk overnight\n'), { source: 'statement.txt' });
  assert.deepEqual(
    headed.regions.map((region) => region.kind),
    ['title', 'body'],
  );
  assert.match(headed.text, /overnight$/);
  const short = ingest(Buffer.from('Talks failed.\n'), { source: 'statement.txt' });
  assert.equal(short.text, 'Talks failed.');
  // A menu is still no story.
  assert.throws(() => ingest(Buffer.from('Home\nNews Sport Weather\nSign in\n'), { source: 'menu.txt' }), /no article text/);
});

test('a short sentence closing a story stays with it', () => {
  const document = ingest(
    Buffer.from('Harbour strike ends\n\nDockworkers in Odra returned to work on Monday after the union signed the deal with the port owners.\n\nTalks lasted a week.\n\nPorts reopen.\n'),
    { source: 'brief.txt' },
  );
  assert.match(document.text, /Talks lasted a week\.\n\nPorts reopen\.$/);
});

test('a dateline opening the first paragraph gives the story its place and date', () => {
  const document = ingest(Buffer.from('Harbour strike ends\n\nODRA, March 2, 2025 (Northwire) - Dockworkers in Odra returned to work on Monday after the union signed the deal.\n'), {
    source: 'wire.txt',
  });
  const dateline = document.meta.dateline!;
  assert.deepEqual({ place: dateline.place, date: dateline.date }, { place: 'ODRA', date: '2025-03-02' });
  assert.equal(document.text.slice(dateline.start, dateline.end), 'ODRA, March 2, 2025');
  assert.equal(document.meta.published, '2025-03-02');
  assert.equal(inlineDateline('NATO - the alliance said it would meet.'), null);
  assert.equal(inlineDateline('UPDATE 2 (Northwire) - Karsk says'), null);
});
