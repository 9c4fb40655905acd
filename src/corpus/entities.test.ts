import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../core/annotations.js';
import { blocksOf, nameBlocks, planMerges, similarNames, type IndexedName } from './entities.js';

const entity = (id: string, name: string, type: Entity['type'], aliases: string[] = []): Entity => ({ id, name, type, aliases, documents: ['d'], mentions: 1 });

/** Merges articles one at a time through an in-memory filing of names, as analyze and the store do. */
function mergeArticles(articles: Entity[][]) {
  const filed: IndexedName[] = [];
  const canonical = new Map<string, string>();
  const candidates = [];
  for (const entities of articles) {
    const blocks = new Set(blocksOf(entities));
    const plan = planMerges(
      entities,
      (id) => canonical.get(id),
      filed.filter((entry) => blocks.has(entry.block)),
    );
    filed.push(...plan.names);
    for (const [id, actor] of plan.canonical) canonical.set(id, actor);
    candidates.push(...plan.candidates);
  }
  return { canonical, candidates };
}

test('the same actor in two articles is one entity, spelling variants included', () => {
  const { canonical } = mergeArticles([
    [entity('e1', 'Marovian Front', 'organization'), entity('e3', 'Tessaline Liberation Council', 'organization', ['TLC']), entity('e5', 'Harakat-e-Zorvaniyya', 'organization')],
    [entity('e2', 'Marovian Front', 'organization'), entity('e4', 'Tessalinian Liberation Council', 'organization'), entity('e6', 'Harakat-e-Zorvaniya', 'organization')],
  ]);
  assert.equal(canonical.get('e2'), 'e1');
  assert.equal(canonical.get('e4'), 'e3');
  assert.equal(canonical.get('e6'), 'e5');
});

test('different names of one type stay apart, and a place never merges into an organisation', () => {
  const { canonical } = mergeArticles([
    [entity('o1', 'Karsk Harbour Authority', 'organization')],
    [entity('o2', 'Karsk Harbour Union', 'organization'), entity('p1', 'Karsk Harbour Authority', 'place')],
  ]);
  assert.equal(canonical.get('o2'), 'o2');
  assert.equal(canonical.get('p1'), 'p1');
});

test('two different people who share a surname are never merged, but recorded as a candidate pair', () => {
  const { canonical, candidates } = mergeArticles([[entity('p1', 'Ilsa Marrow', 'person')], [entity('p2', 'Tobin Marrow', 'person')]]);
  assert.equal(canonical.get('p2'), 'p2');
  assert.equal(candidates.length, 1);
  assert.match(candidates[0].evidence, /kept apart/);
});

test('blocks find every spelling variant that similarNames accepts', () => {
  const pairs: Array<[string, string]> = [
    ['Harakat-e-Zorvaniyya', 'Harakat e Zorvaniya'],
    ['Tessaline Liberation Council', 'Tessalinian Liberation Council'],
    ['Brevanian National Guard', 'Brevanian Natonal Guard'],
  ];
  for (const [a, b] of pairs) {
    assert.ok(similarNames(a, b), `${a} ~ ${b}`);
    const shared = nameBlocks('organization', a).filter((block) => nameBlocks('organization', b).includes(block));
    assert.ok(shared.length > 0, `${a} and ${b} share a block`);
  }
});
