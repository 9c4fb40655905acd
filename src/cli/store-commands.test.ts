import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fromRoot } from '../../test/helpers.js';
import { runCli } from '../../test/cli-harness.js';

const run = (...args: string[]) => runCli(args);

const examples = fromRoot('examples');
const freshDb = () => join(mkdtempSync(join(tmpdir(), 'claimgraph-cli-')), 'news.db');

test('ingest is idempotent: the second run over unchanged files adds nothing', async () => {
  const db = freshDb();
  const first = await run('ingest', examples, '--db', db, '--json');
  assert.equal(first.status, 0, first.stderr);
  const added = JSON.parse(first.stdout);
  assert.ok(added.added >= 5 && added.unchanged === 0 && added.failed === 0);
  const second = JSON.parse((await run('ingest', examples, '--db', db, '--json')).stdout);
  assert.equal(second.added, 0);
  assert.equal(second.unchanged, added.added);
  assert.equal(second.claims, 0);
  const human = await run('ingest', examples, '--db', db);
  assert.match(human.stdout, /ingested 0 new, \d+ unchanged/);
});

test('every store command answers with --json, on the examples', async () => {
  const db = freshDb();
  await run('ingest', examples, '--db', db);
  const json = async (...args: string[]) => {
    const result = await run(...args, '--db', db, '--json');
    assert.equal(result.status, 0, `${args.join(' ')}: ${result.stderr}`);
    return JSON.parse(result.stdout);
  };
  const profile = await json('entity', 'veloria');
  assert.equal(profile.entities[0].name, 'Veloria');
  assert.ok(profile.documents.length >= 2);
  assert.ok(profile.claims.named.length + profile.claims.anonymous.length + profile.claims.author.length > 0);

  const anonymous = await json('claims', '--about', 'Karsk', '--attribution', 'anonymous');
  assert.ok(anonymous.claims.length > 0 && anonymous.claims.every((claim: { attributionKind: string }) => claim.attributionKind === 'anonymous'));
  const hedged = await json('claims', '--hedged', '--limit', '3');
  assert.ok(hedged.claims.length === 3 && hedged.claims.every((claim: { hedged: boolean }) => claim.hedged));

  const predictions = await json('claims', '--type', 'prediction');
  assert.ok(predictions.claims.length > 0, 'the examples hold forecasts');
  assert.ok(predictions.claims.every((claim: { type: string; claim: { type: string } }) => claim.type === 'prediction' && claim.claim.type === 'prediction'));

  const contradictions = await json('links', '--kind', 'contradicts');
  assert.ok(contradictions.links.some((link: { reason: string }) => /rifles/.test(link.reason)));
  const corroborations = await json('links', '--kind', 'corroborates');
  assert.ok(corroborations.links.length > 0);
  assert.ok(corroborations.links.every((link: { claimTexts: string[] }) => link.claimTexts.every((text) => typeof text === 'string')));

  const search = await json('search', 'O\'Brien\'s multi-agent "safe haven"');
  assert.deepEqual(search.claims, []);
  assert.ok((await json('search', 'rifles')).claims.length >= 2);

  const timeline = await json('timeline', '--about', 'Karsk');
  assert.ok(timeline.timeline.length > 0);
  const dates = timeline.timeline.map((entry: { eventDate: string }) => entry.eventDate);
  assert.deepEqual(dates, [...dates].sort());

  const out = join(mkdtempSync(join(tmpdir(), 'claimgraph-out-')), 'export');
  const exported = await json('export', '-o', out);
  assert.equal(exported.files.length, 8);
  for (const file of exported.files) assert.ok(readFileSync(file.path, 'utf8').length > 0);
  const reanalyzed = await json('reanalyze');
  assert.deepEqual(reanalyzed, { stale: 0, replaced: 0, failed: [] });
});

test('store commands refuse bad input with a clear message and the right exit status', async () => {
  const missing = freshDb();
  const noStore = await run('entity', 'Hamas', '--db', missing);
  assert.equal(noStore.status, 1);
  assert.match(noStore.stderr, /\[E030\] no store at .*news\.db: run "claimgraph ingest/);
  assert.equal(existsSync(missing), false, 'a read command does not create a store');

  const db = freshDb();
  await run('ingest', join(examples, 'veloria-border-strikes.txt'), '--db', db);
  const cases: Array<[string[], number, RegExp]> = [
    [['entity', 'Nobody Atall', '--db', db], 1, /\[E031\] no entity named "Nobody Atall"/],
    [['entity', '--db', db], 2, /entity needs a name/],
    [['claims', '--attribution', 'rumour', '--db', db], 2, /--attribution takes named, anonymous, author, not "rumour"/],
    [['claims', '--from', '14/03/2025', '--db', db], 2, /--from takes a date as YYYY-MM-DD/],
    [['claims', '--hedged', '--not-hedged', '--db', db], 2, /exclude each other/],
    [['links', '--kind', 'agrees', '--db', db], 2, /--kind takes repeats, corroborates, contradicts/],
    [['search', '"*()', '--db', db], 2, /search needs at least one word/],
    [['export', '--format', 'pdf', '--db', db], 2, /--format takes graphml, gexf, csv, jsonld, annotations or all/],
    [['timeline', '--limit', '0', '--db', db], 2, /--limit takes a positive whole number/],
    [['ingest', '--db', db], 2, /ingest needs at least one file/],
  ];
  for (const [args, status, message] of cases) {
    const result = await run(...args);
    assert.equal(result.status, status, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, message);
  }
  const notAStore = join(mkdtempSync(join(tmpdir(), 'claimgraph-bad-')), 'garbage.db');
  (await import('node:fs')).writeFileSync(notAStore, 'this is not a database, just text that happens to be long enough '.repeat(100));
  const garbage = await run('claims', '--db', notAStore);
  assert.equal(garbage.status, 1);
  assert.match(garbage.stderr, /\[E033\] .*garbage\.db: not a SQLite database/);
});
