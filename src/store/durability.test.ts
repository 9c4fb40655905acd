import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { fromRoot } from '../../test/helpers.js';

const bin = fromRoot('bin', 'claimgraph.js');

/** `count` distinct articles: the text examples with the title and a number changed in each. */
function articleFolder(count: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-articles-'));
  mkdirSync(folder, { recursive: true });
  const bases = readdirSync(fromRoot('examples'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(fromRoot('examples', name), 'utf8'));
  for (let index = 0; index < count; index++) {
    const base = bases[index % bases.length];
    const lines = base.split('\n');
    const title = lines.findIndex((line, at) => at > 2 && line.trim().length > 20);
    lines[title] = `${lines[title]} (edition ${index})`;
    writeFileSync(join(folder, `article-${String(index).padStart(4, '0')}.txt`), `${lines.join('\n')}\nCorrection ${index}: an earlier version misstated ${index + 2} figures.\n`);
  }
  return folder;
}

function ingest(folder: string, db: string) {
  const child = spawn(process.execPath, [bin, 'ingest', folder, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

/** Every stored document is whole: all its claims, mentions and search rows are there, and nothing is orphaned. */
function assertConsistent(db: string): number {
  const database = new BetterSqlite3(db);
  try {
    const one = (query: string) => Number(Object.values(database.prepare(query).get() as object)[0]);
    const documents = one('select count(*) from documents');
    assert.equal(one('select count(*) from documents d where d.claim_count != (select count(*) from claims c where c.document_id = d.id)'), 0, 'a document lacks claims');
    assert.equal(one('select count(*) from documents d where not exists (select 1 from mentions m where m.document_id = d.id)'), 0, 'a document lacks mentions');
    for (const table of ['claims', 'mentions', 'claim_entities', 'claim_times', 'relations']) {
      assert.equal(one(`select count(*) from ${table} t where not exists (select 1 from documents d where d.id = t.document_id)`), 0, `orphaned rows in ${table}`);
    }
    // FTS5's own check that each index holds exactly what its content table holds (throws if not).
    database.exec("insert into claims_fts (claims_fts, rank) values ('integrity-check', 1)");
    database.exec("insert into documents_fts (documents_fts, rank) values ('integrity-check', 1)");
    assert.equal(
      one('select count(*) from links l where not exists (select 1 from claims c where c.id = l.claim_a) or not exists (select 1 from claims c where c.id = l.claim_b)'),
      0,
      'a link points at a missing claim',
    );
    assert.equal(one('select count(*) from (select source_hash from documents group by source_hash having count(*) > 1)'), 0, 'a file stored twice');
    return documents;
  } finally {
    database.close();
  }
}

function countDocuments(db: string): number {
  try {
    const database = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return Number((database.prepare('select count(*) as n from documents').get() as { n: number }).n);
    } finally {
      database.close();
    }
  } catch {
    return 0;
  }
}

test('an ingest killed half-way leaves only whole articles, and the next run finishes the job', async () => {
  const total = 120;
  const folder = articleFolder(total);
  const db = join(mkdtempSync(join(tmpdir(), 'claimgraph-kill-')), 'news.db');
  const { child, done } = ingest(folder, db);
  // Kill it once a few articles are in: in the middle of the run, most likely inside a transaction.
  while (countDocuments(db) < 5) await new Promise((resolve) => setTimeout(resolve, 20));
  child.kill('SIGKILL');
  const killed = await done;
  assert.equal(killed.signal, 'SIGKILL');
  const survived = assertConsistent(db);
  assert.ok(survived >= 5 && survived < total, `${survived} of ${total} stored before the kill`);
  const resumed = await ingest(folder, db).done;
  assert.equal(resumed.code, 0, resumed.stderr);
  assert.equal(assertConsistent(db), total);
});

test('two processes ingesting the same folder at once store each article exactly once', async () => {
  const total = 40;
  const folder = articleFolder(total);
  const db = join(mkdtempSync(join(tmpdir(), 'claimgraph-two-')), 'news.db');
  const [first, second] = await Promise.all([ingest(folder, db).done, ingest(folder, db).done]);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(second.code, 0, second.stderr);
  assert.equal(assertConsistent(db), total);
});
