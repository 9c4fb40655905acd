import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../analyze.js';
import type { Mention } from '../../../core/index.js';
import { compileTriggers, findRelations } from './find.js';
import { relationVocabulary } from './vocabulary.js';

const triggers = compileTriggers(relationVocabulary());

/** Mentions for the given names, as the entity stage would give them (entity id = name). */
function mentionsOf(text: string, names: string[]): Mention[] {
  const mentions: Mention[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      mentions.push({ entity: name, start: at, end: at + name.length, text: name, type: 'organization', provenance: { stage: 't', version: '0', rule: 't' } });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const triples = (text: string, names: string[]) =>
  findRelations(text, { start: 0, end: text.length }, mentionsOf(text, names), triggers).map((found) => `${found.negated ? '!' : ''}${found.predicate}(${found.subject.entity}, ${found.objectText})`);

test('subject, predicate and object in an active clause, with the role noun kept on the object', () => {
  assert.deepEqual(triples('Pakistan may provide state protection to some senior Hamas leaders.', ['Pakistan', 'Hamas']), ['shelters(Pakistan, Hamas leaders)']);
  assert.deepEqual(triples('Pakistan has been a key supporter of Hamas.', ['Pakistan', 'Hamas']), ['supports(Pakistan, Hamas)']);
});

test('a passive with "by" makes the agent the subject; a passive without an agent gives nothing', () => {
  assert.deepEqual(triples('The depot was attacked by Veloria near Karsk.', ['Veloria', 'Karsk']), []);
  assert.deepEqual(triples('Karsk was attacked by Veloria.', ['Veloria', 'Karsk']), ['attacks(Veloria, Karsk)']);
  assert.deepEqual(triples('Karsk was attacked on Monday.', ['Karsk']), []);
});

test('negation before the predicate is kept, never dropped', () => {
  assert.deepEqual(triples('Pakistan will never recognize Israel.', ['Pakistan', 'Israel']), ['!recognises(Pakistan, Israel)']);
  assert.deepEqual(triples("Veloria didn't arm the Black Ridge militia.", ['Veloria', 'Black Ridge']), ['!arms(Veloria, Black Ridge)']);
});

test('"ties between A and B" relates the two mentions after it', () => {
  assert.deepEqual(triples('Ties between Hamas and Pakistan have grown.', ['Hamas', 'Pakistan']), ['allies-with(Hamas, Pakistan)']);
});

test('a subject in another clause or behind a relative pronoun is not taken', () => {
  assert.deepEqual(triples('ISI is keen on fighters who had joined Hamas.', ['ISI', 'Hamas']), []);
  assert.deepEqual(triples('Arden said so; Veloria attacked Karsk.', ['Arden', 'Veloria', 'Karsk']), ['attacks(Veloria, Karsk)']);
});

test('the relations stage keeps the claim, its attribution and its hedges on each relation', () => {
  const analysis = analyzeText('Pakistan and Hamas\n\nSome reports suggest that Pakistan may provide state protection to some senior Hamas leaders in exchange for financial assistance.\n');
  const [relation] = analysis.relations;
  assert.ok(relation, 'one relation');
  const name = (id: string) => analysis.entities.find((entity) => entity.id === id)?.name;
  assert.equal(relation.predicate, 'shelters');
  assert.equal(name(relation.subject), 'Pakistan');
  assert.equal(name(relation.object), 'Hamas');
  assert.equal(relation.objectText, 'Hamas leaders');
  assert.equal(relation.attribution.kind, 'anonymous');
  assert.equal(relation.attribution.source, 'Some reports');
  assert.deepEqual(relation.hedges, ['suggest', 'may']);
  assert.equal(analysis.document.text.slice(relation.start, relation.end), 'Pakistan may provide state protection to some senior Hamas');
  assert.ok(analysis.claims.some((claim) => claim.id === relation.claim));
});

test('every relation type in the schema has forms and an edge style', () => {
  for (const type of relationVocabulary().relations) {
    assert.ok(type.forms.length > 0, type.id);
    assert.match(type.edge.color, /^#[0-9a-f]{6}$/);
    assert.ok(['solid', 'dashed', 'dotted'].includes(type.edge.style));
    for (const form of type.passive) assert.ok(type.forms.includes(form), `${type.id}: passive form ${form} is also a form`);
  }
});

test('each side must be a type the relation allows, and an event noun has no subject of its own', () => {
  const typed = (text: string, types: Record<string, Mention['type']>) =>
    findRelations(
      text,
      { start: 0, end: text.length },
      mentionsOf(text, Object.keys(types)).map((mention) => ({ ...mention, type: types[mention.entity] })),
      triggers,
    ).map((found) => `${found.predicate}(${found.subject.entity}, ${found.object.entity})`);
  assert.deepEqual(typed('Helguera headed past keeper Doblas.', { Helguera: 'person', Doblas: 'person' }), []);
  assert.deepEqual(typed('The government, led by Megawati, fell.', { government: 'organization', Megawati: 'person' }), ['leads(Megawati, government)']);
  assert.deepEqual(typed('Heroes raised money for victims of the suicide attacks on the Pentagon.', { Heroes: 'organization', Pentagon: 'organization' }), []);
  assert.deepEqual(typed("India's military strikes on Pakistan", { India: 'place', Pakistan: 'place' }), ['attacks(India, Pakistan)']);
});

test('a pronoun between subject and verb, or a preposition inside the object gap, breaks the triple', () => {
  assert.deepEqual(triples('Arden prepared the campaign as he visits Karsk.', ['Arden', 'Karsk']), []);
  assert.deepEqual(triples('Arden has attacked the decision by Karsk.', ['Arden', 'Karsk']), []);
  assert.deepEqual(triples('Arden joined the race to sign Karsk.', ['Arden', 'Karsk']), []);
  assert.deepEqual(triples('Hamas and Islamic Jihad fought against Israel.', ['Islamic Jihad', 'Israel']), ['attacks(Islamic Jihad, Israel)']);
});
