import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClaimgraphError } from '../core/errors.js';
import { ingest } from './ingest.js';

const ARTICLE = 'Harbour fire\n\nA fire broke out at the harbour on Monday night, the fire service said. Nobody was hurt, and the cause is not yet known.\n';

function failsWith(kind: string, run: () => unknown) {
  assert.throws(run, (error: unknown) => error instanceof ClaimgraphError && error.kind === kind && error.message.includes('bad.html'));
}

test('a PDF, PNG or ZIP renamed .html is refused as unsupported, naming the file', () => {
  failsWith('unsupported_format', () => ingest(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), { source: 'bad.html' }));
  failsWith('unsupported_format', () => ingest(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), { source: 'bad.html' }));
  failsWith('unsupported_format', () => ingest(Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), { source: 'bad.html' }));
  failsWith('unsupported_format', () => ingest(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), { source: 'bad.html' }));
});

test('input over the byte cap is refused before parsing', () => {
  const big = Buffer.from('<p>x</p>'.repeat(200_000));
  failsWith('too_large', () => ingest(big, { source: 'bad.html', maxBytes: 1_000_000 }));
});

test('a page with no article text is an error, not an empty analysis', () => {
  failsWith('empty_document', () => ingest(Buffer.from('<html><body><nav>Home</nav></body></html>'), { source: 'bad.html' }));
  failsWith('empty_document', () => ingest(Buffer.from('   \n\n  '), { source: 'bad.html', format: 'text' }));
});

test('invalid UTF-8 becomes U+FFFD and never throws', () => {
  const bytes = Buffer.concat([
    Buffer.from('Harbour fire\n\nA fire broke out '),
    Buffer.from([0xc3]),
    Buffer.from(' at the harbour '),
    Buffer.from([0xc0, 0xaf]),
    Buffer.from(' on Monday night, the fire service said.\n'),
  ]);
  const document = ingest(bytes, { source: 'a.txt' });
  assert.ok(document.text.includes('\uFFFD'));
  assert.ok(document.text.includes('on Monday night'));
});

test('UTF-16 with a byte-order mark is decoded, and the BOM beats a contradicting <meta charset>', () => {
  const text = ARTICLE.replace('Harbour', 'Hárbour');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  assert.equal(ingest(le, { source: 'a.txt' }).meta.title, 'Hárbour fire');
  const be = Buffer.from(le);
  be.swap16();
  be[0] = 0xfe;
  be[1] = 0xff;
  assert.equal(ingest(be, { source: 'a.txt' }).meta.title, 'Hárbour fire');
  const html = `<html><head><meta charset="windows-1252"><title>Café crème</title></head><body><p>${'Le café a fermé ses portes lundi soir, a déclaré le propriétaire. '.repeat(4)}</p></body></html>`;
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]);
  assert.equal(ingest(bom, { source: 'a.html' }).meta.title, 'Café crème');
});

test('a declared legacy charset is honoured when there is no BOM', () => {
  const html = `<html><head><meta charset="windows-1252"><title>Caf\u00e9 cr\u00e8me</title></head><body><p>${'The caf\u00e9 closed on Monday night, its owner said to the press. '.repeat(4)}</p></body></html>`;
  const bytes = Buffer.from(html, 'latin1');
  assert.equal(ingest(bytes, { source: 'a.html' }).meta.title, 'Café crème');
});

test('NUL and C0 control characters are stripped at ingest', () => {
  const dirty = 'Harbour\u0000 fire\n\nA fire\u0007 broke out at the harbour\u001b on Monday night, the fire service said.\r\nNobody was hurt.\n';
  const document = ingest(Buffer.from(dirty), { source: 'a.txt' });
  assert.ok(!/[\u0000-\u0008\u000b-\u001f]/.test(document.text));
  assert.equal(document.meta.title, 'Harbour fire');
});

test('an emoji before a name keeps offsets in UTF-16 code units', () => {
  const document = ingest(Buffer.from('Harbour fire\n\n🔥🔥 Mayor Ilse Brandt said the fire was out by midnight. Nobody was hurt.\n'), { source: 'a.txt' });
  const index = document.text.indexOf('Ilse Brandt');
  assert.equal(document.text.slice(index, index + 'Ilse Brandt'.length), 'Ilse Brandt');
  assert.ok(index > document.text.indexOf('🔥') + 3);
});

test('100,000 nested <div>s neither overflow the stack nor hang', () => {
  const html = `<html><body>${'<div>'.repeat(100_000)}<p>${'A deeply nested paragraph that still says something about the harbour. '.repeat(3)}</p>${'</div>'.repeat(100_000)}</body></html>`;
  const started = Date.now();
  const document = ingest(Buffer.from(html), { source: 'deep.html' });
  assert.match(document.meta.extractor, /stripped-tags$/);
  assert.ok(document.text.includes('A deeply nested paragraph'));
  assert.ok(Date.now() - started < 5_000, `took ${Date.now() - started} ms`);
});

test('a page with a million sibling elements is read by stripping tags, in bounded time', () => {
  const html = `<html><body><p>${'The harbour council met on Tuesday and agreed to review the contract with the operator. '.repeat(3)}</p>${'<b>x</b>'.repeat(1_000_000)}</body></html>`;
  const started = Date.now();
  const document = ingest(Buffer.from(html), { source: 'wide.html' });
  assert.match(document.meta.extractor, /stripped-tags$/);
  assert.ok(document.text.includes('The harbour council met on Tuesday'));
  assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
});

test('a page with very many sibling elements falls back to plain page text', () => {
  const html = `<html><body><p>${'The harbour council met on Tuesday and agreed to review the contract with the operator. '.repeat(3)}</p>${'<span>x</span>'.repeat(120_000)}</body></html>`;
  const document = ingest(Buffer.from(html), { source: 'wide.html' });
  assert.match(document.meta.extractor, /page-text$/);
  assert.ok(document.text.includes('The harbour council met on Tuesday'));
});
