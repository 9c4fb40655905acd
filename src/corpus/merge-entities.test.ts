import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../core/annotations.js';
import { mergeEntities } from './merge-entities.js';

const entity = (id: string, name: string, type: Entity['type'], documents: string[], aliases: string[] = []): Entity => ({ id, name, type, aliases, documents, mentions: 1 });

test('the same actor in two articles is one entity, spelling variants included', () => {
  const { entities, mergedInto } = mergeEntities([
    entity('e1', 'Hamas', 'organization', ['d1']),
    entity('e2', 'Hamas', 'organization', ['d2']),
    entity('e3', 'Palestine Liberation Organization', 'organization', ['d1'], ['PLO']),
    entity('e4', 'Palestinian Liberation Organization', 'organization', ['d2']),
    entity('e5', 'Lashkar-e-Tayyiba', 'organization', ['d1']),
    entity('e6', 'Lashkar-e-Taiba', 'organization', ['d2']),
  ]);
  assert.equal(entities.length, 3);
  assert.equal(mergedInto.get('e2'), 'e1');
  assert.equal(mergedInto.get('e4'), 'e3');
  assert.equal(mergedInto.get('e6'), 'e5');
  assert.deepEqual(entities.find((item) => item.id === 'e3')!.documents, ['d1', 'd2']);
});

test('two different people who share a surname are never merged, but recorded as a candidate pair', () => {
  const { entities, candidates } = mergeEntities([entity('p1', 'Imran Khan', 'person', ['d1']), entity('p2', 'Sadiq Khan', 'person', ['d2'])]);
  assert.equal(entities.length, 2);
  assert.equal(candidates.length, 1);
  assert.match(candidates[0].evidence, /kept apart/);
});
