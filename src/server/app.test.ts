import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fromRoot } from '../../test/helpers.js';
import { ingestBytes } from '../queries/index.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import { openApiPath } from './openapi.js';
import { ROUTES } from './routes.js';

let store: Store;
let app: ReturnType<typeof createApp>;
const json = async (path: string, init?: RequestInit) => {
  const response = await app.request(path, init);
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
};

before(async () => {
  store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'claimgraph-app-')), 'app.db'));
  for (const name of ['analysis-water-talks.html', 'karsk-herald-strikes.txt', 'veloria-border-strikes.txt'])
    await ingestBytes(store, readFileSync(fromRoot('examples', name)), { source: `examples/${name}` });
  app = createApp({ store, maxUploadBytes: 20_000 });
});
after(() => store.close());

test('/openapi.json describes exactly the routes the app serves, with their parameters', async () => {
  const { status, body } = await json('/openapi.json');
  assert.equal(status, 200);
  assert.equal(body.openapi, '3.1.0');
  const described = Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
  assert.deepEqual(described.sort(), ROUTES.map((route) => `${route.method} ${openApiPath(route.path)}`).sort());
  const claims = body.paths['/api/claims'].get;
  const names = claims.parameters.map((parameter: { name: string }) => parameter.name);
  for (const name of ['entity', 'attribution', 'type', 'hedged', 'minCheckworthiness', 'outlet', 'from', 'to', 'offset', 'limit']) assert.ok(names.includes(name), name);
  const attribution = claims.parameters.find((parameter: { name: string }) => parameter.name === 'attribution');
  assert.deepEqual(attribution.schema.enum, ['named', 'anonymous', 'author']);
  assert.ok(body.paths['/api/documents/{id}'].get.parameters.some((parameter: { name: string; in: string }) => parameter.name === 'id' && parameter.in === 'path'));
});

test('every answer carries the CSP and nosniff, and none allows another origin', async () => {
  for (const path of ['/api/overview', '/api/nowhere', '/openapi.json']) {
    const response = await app.request(path, { headers: { Origin: 'http://evil.example' } });
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.doesNotMatch(response.headers.get('content-security-policy') ?? '', /unsafe-inline|unsafe-eval/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  }
  const preflight = await app.request('/api/ingest', { method: 'OPTIONS', headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' } });
  assert.equal(preflight.headers.get('access-control-allow-origin'), null);
});

test('bad input is a 400 with a code and a message naming the field; unknown things are 404s', async () => {
  const bad = await json('/api/claims?limit=5000&attribution=rumour');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.code, 'E020');
  assert.match(bad.body.error.message, /limit/);
  assert.match(bad.body.error.message, /attribution/);
  const missing = await json('/api/entities/ent_0000000000000000');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.code, 'E031');
  assert.equal((await json('/api/documents/doc_nothing')).status, 404);
  assert.equal((await json('/api/claims/clm_nothing')).status, 404);
  const route = await json('/api/nothing-here');
  assert.deepEqual(Object.keys(route.body.error).sort(), ['code', 'message']);
});

test('the claims route filters on the server and says how many of how many it returns', async () => {
  const all = await json('/api/claims?limit=500');
  const page = await json('/api/claims?limit=3&offset=2');
  assert.equal(page.body.total, all.body.total);
  assert.deepEqual(
    page.body.items.map((claim: { id: string }) => claim.id),
    all.body.items.slice(2, 5).map((claim: { id: string }) => claim.id),
  );
  const anonymous = await json('/api/claims?attribution=anonymous&hedged=false&limit=500');
  assert.ok(anonymous.body.items.length > 0);
  assert.equal(anonymous.body.total, anonymous.body.items.length);
  assert.ok(anonymous.body.items.every((claim: { attributionKind: string; hedged: boolean }) => claim.attributionKind === 'anonymous' && !claim.hedged));
  const herald = await json('/api/claims?outlet=Karsk%20Herald&limit=500');
  assert.ok(herald.body.total > 0 && herald.body.items.every((claim: { document: { outlet: string } }) => claim.document.outlet === 'Karsk Herald'));
});

test('the library pages and sorts articles with their share of anonymous, hedged and opinion claims', async () => {
  const { body } = await json('/api/documents?sort=claims&desc=true&limit=2');
  assert.equal(body.total, 3);
  assert.equal(body.items.length, 2);
  assert.ok(body.items[0].claimCount >= body.items[1].claimCount);
  for (const row of body.items) {
    assert.equal(row.stats.claims, row.claimCount);
    const claims = (await json(`/api/claims?document=${row.id}&limit=500`)).body.items;
    assert.equal(row.stats.anonymous, claims.filter((claim: { attributionKind: string }) => claim.attributionKind === 'anonymous').length);
    assert.equal(row.stats.hedged, claims.filter((claim: { hedged: boolean }) => claim.hedged).length);
  }
  assert.deepEqual(
    (await json('/api/documents?genre=analysis')).body.items.map((row: { genre: string }) => row.genre),
    ['analysis'],
  );
});

test('the reader gets the text with every claim, mention and link on it; a claim gets its chain and links', async () => {
  const { body: library } = await json('/api/documents?q=karsk%20herald');
  const id = library.items[0].id;
  const { body } = await json(`/api/documents/${id}`);
  for (const claim of body.claims) assert.equal(body.document.text.slice(claim.start, claim.end), claim.text);
  for (const mention of body.mentions) assert.equal(body.document.text.slice(mention.start, mention.end), mention.text);
  assert.ok(body.links.length > 0, 'the Karsk Herald article is linked to the Veloria one');
  const link = body.links.find((each: { kind: string }) => each.kind === 'contradicts');
  assert.ok(link && link.other.documentId !== id);
  const { body: detail } = await json(`/api/claims/${link.from}`);
  assert.equal(detail.claim.id, link.from);
  assert.ok(detail.links.some((each: { other: { id: string } }) => each.other.id === link.other.id));
});

test('an entity, the network, the timeline, links and search answer from the store', async () => {
  const network = (await json('/api/network')).body;
  assert.ok(network.edges.length > 0 && network.totalEdges >= network.edges.length);
  const edge = network.edges[0];
  const entity = (await json(`/api/entities/${edge.source}`)).body;
  assert.ok(entity.relations.length > 0);
  assert.equal(entity.claimTotal, (await json(`/api/claims?entity=${entity.entities.map((each: { id: string }) => each.id).join(',')}`)).body.total);
  const neighbourhood = (await json(`/api/network?entity=${edge.source}`)).body;
  assert.ok(neighbourhood.edges.every((each: { source: string; target: string }) => each.source === edge.source || each.target === edge.source));
  assert.equal(
    (await json('/api/network?attribution=anonymous')).body.edges.every((each: { anonymous: number; claims: number }) => each.anonymous === each.claims),
    true,
  );
  const timeline = (await json('/api/timeline?limit=2')).body;
  assert.ok(timeline.total >= timeline.items.length && timeline.items.length <= 2);
  const links = (await json('/api/links?kind=contradicts')).body;
  assert.ok(links.total > 0 && links.items.every((pair: { kind: string; left: unknown; right: unknown }) => pair.kind === 'contradicts' && pair.left && pair.right));
  const search = (await json('/api/search?q=depots')).body;
  assert.ok(search.claims.length > 0);
  assert.equal((await json('/api/search?q=')).status, 400);
});

test('pasted text and uploaded files are analysed and stored; oversized uploads are refused with 413', async () => {
  const text =
    'Quarry dust reaches Lindholm school\n\nThe Lindholm school board said on Monday that dust from the Ostra quarry had closed two classrooms. Parents said the quarry may have ignored its permit.\n';
  const pasted = await json('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, name: 'lindholm.txt' }) });
  assert.equal(pasted.status, 200);
  assert.equal(pasted.body.results[0].status, 'added');
  const again = await json('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, name: 'lindholm.txt' }) });
  assert.equal(again.body.results[0].status, 'unchanged');
  const form = new FormData();
  form.append('file', new Blob(['Harbour pilots strike\n\nHarbour pilots in Tessel walked out on Friday, their union said.\n']), 'tessel.txt');
  form.append('file', new Blob([Buffer.from('%PDF-1.7\n')]), 'fake.html');
  const uploaded = await json('/api/ingest', { method: 'POST', body: form });
  assert.equal(uploaded.body.results[0].status, 'added');
  assert.equal(uploaded.body.results[1].ok, false, 'a PDF renamed .html is refused, and the other file still stored');
  assert.match(uploaded.body.results[1].error.code, /^E00/);
  const documents = (await json('/api/documents?q=upload')).body.items.map((row: { source: string }) => row.source);
  assert.deepEqual(documents.sort(), ['upload/lindholm.txt', 'upload/tessel.txt']);
  const big = await json('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(200_000) }) });
  assert.equal(big.status, 413);
  assert.equal(big.body.error.code, 'E002');
  assert.equal((await json('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text": ' })).status, 400);
});

test('with a token, nothing is served without it; ?token= sets a cookie once and redirects without it', async () => {
  const guarded = createApp({ store, token: 's3cret-token' });
  assert.equal((await guarded.request('/api/overview')).status, 401);
  assert.equal((await guarded.request('/openapi.json')).status, 401);
  assert.equal((await guarded.request('/api/overview', { headers: { Authorization: 'Bearer wrong' } })).status, 401);
  assert.equal((await guarded.request('/api/overview', { headers: { Authorization: 'Bearer s3cret-token' } })).status, 200);
  const opened = await guarded.request('/?token=s3cret-token');
  assert.equal(opened.status, 303);
  assert.equal(opened.headers.get('location'), '/');
  const cookie = opened.headers.get('set-cookie') ?? '';
  assert.match(cookie, /claimgraph_token=s3cret-token/);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  assert.equal((await guarded.request('/api/overview', { headers: { Cookie: 'claimgraph_token=s3cret-token' } })).status, 200);
  assert.equal((await guarded.request('/?token=guess')).status, 401);
});

test('static files never come from outside the web root', async () => {
  const root = mkdtempSync(join(tmpdir(), 'claimgraph-web-'));
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ui</title>');
  const web = createApp({ store, webRoot: root });
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/deep/link']) {
    const response = await web.request(path);
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '<!doctype html><title>ui</title>', path);
  }
});

test('another site cannot write through the browser, nor read through a re-pointed domain', async () => {
  const post = (headers: Record<string, string>) =>
    app.request('/api/ingest', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ text: 'Ferry strike in Tessel\n\nThe ferry crews of Tessel struck on Friday, their union said.\n' }),
    });
  assert.equal((await post({ Origin: 'http://evil.example' })).status, 403);
  assert.equal((await post({ 'Sec-Fetch-Site': 'cross-site' })).status, 403);
  assert.equal((await post({ Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' })).status, 200);
  const rebound = await app.request('http://attacker.example/api/overview');
  assert.equal(rebound.status, 403);
  assert.equal((await app.request('http://127.0.0.1:4173/api/overview')).status, 200);
});
