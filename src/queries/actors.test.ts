import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeText } from '../analyze.js';
import { toContract } from '../contract/json.js';
import { openSqliteStore } from '../store/sqlite.js';
import { entityProfile, sourceHash } from './index.js';

// Two fictional articles naming one armed group in two transliterations.
const first = analyzeText('Talks stall\n\nThe Harakat-e-Zorvaniyya group said on Monday that it attacked the post.\n', { source: 'one.txt' });
const second = analyzeText('Post attacked\n\nThe Harakat-e-Zorvaniya group denied the attack on Tuesday, officials said.\n', { source: 'two.txt' });

test('analyze --json and the store agree on who is the same actor', async () => {
  const group = (analysis: typeof first) => analysis.entities.find((entity) => entity.name.startsWith('Harakat'));
  assert.ok(group(first) && group(second), 'the tagger finds the group in both articles');
  assert.notEqual(group(first)!.id, group(second)!.id);

  const output = await toContract([first, second]);
  const merged = output.entities.filter((entity) => entity.name.startsWith('Harakat'));
  assert.equal(merged.length, 1);
  assert.equal(merged[0].documents.length, 2);
  const mentionIds = new Set(output.documents.flatMap((document) => document.mentions.filter((mention) => mention.text.startsWith('Harakat')).map((mention) => mention.entity)));
  assert.deepEqual([...mentionIds], [merged[0].id]);

  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'claimgraph-actors-')), 'a.db'));
  for (const analysis of [first, second]) await store.save(analysis, { sourceHash: sourceHash(Buffer.from(analysis.document.id)) });
  const profile = await entityProfile(store, group(second)!.name);
  assert.deepEqual(profile.entities.map((entity) => entity.id).sort(), [group(first)!.id, group(second)!.id].sort());
  assert.equal(profile.documents.length, 2);
  await store.close();
});
