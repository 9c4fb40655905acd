import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalName, isAcronymOf, resolveMentions, stripTitle, type MentionDraft } from './resolve.js';

function mentionsIn(text: string, names: Array<[string, MentionDraft['type']]>): MentionDraft[] {
  const drafts: MentionDraft[] = [];
  let from = 0;
  for (const [surface, type] of names) {
    const start = text.indexOf(surface, from);
    assert.ok(start >= 0, surface);
    const { name, role } = type === 'person' ? stripTitle(surface) : { name: surface, role: null };
    drafts.push({ start, end: start + surface.length, text: surface, type, name, role, rule: 'test' });
    from = start + surface.length;
  }
  return drafts;
}

test('acronyms defined in either direction, and a later acronym alone', () => {
  const text = 'Jaish-e-Mohammed (JeM) and the ISI (Inter Service Intelligence) met. Later JeM denied it.';
  const entities = resolveMentions(
    mentionsIn(text, [
      ['Jaish-e-Mohammed', 'organization'],
      ['JeM', 'organization'],
      ['ISI', 'organization'],
      ['Inter Service Intelligence', 'organization'],
      ['JeM', 'organization'],
    ]),
    text,
  );
  assert.deepEqual(
    entities.map((entity) => [entity.name, entity.mentions.length]),
    [
      ['Jaish-e-Mohammed', 3],
      ['Inter Service Intelligence', 2],
    ],
  );
  assert.ok(isAcronymOf('PLO', 'Palestine Liberation Organization'));
  assert.ok(!isAcronymOf('PLO', 'Pakistan Air Force'));
});

test('titles become roles; a later surname is the person named in full', () => {
  const text = 'Gen. Syed Asim Munir spoke. Munir is provoking India. Prime Minister Imran Khan said no. Khan repeated it.';
  const entities = resolveMentions(
    mentionsIn(text, [
      ['Gen. Syed Asim Munir', 'person'],
      ['Munir', 'person'],
      ['India', 'place'],
      ['Prime Minister Imran Khan', 'person'],
      ['Khan', 'person'],
    ]),
    text,
  );
  const munir = entities.find((entity) => entity.name === 'Syed Asim Munir')!;
  assert.equal(munir.mentions.length, 2);
  assert.deepEqual([...munir.roles], ['Gen.']);
  const khan = entities.find((entity) => entity.name === 'Imran Khan')!;
  assert.deepEqual([...khan.roles], ['Prime Minister']);
  assert.equal(khan.mentions.length, 2);
});

test('two people who share a surname keep a bare surname apart instead of guessing', () => {
  const text = 'Imran Khan met Sadiq Khan. Khan said it went well.';
  const entities = resolveMentions(
    mentionsIn(text, [
      ['Imran Khan', 'person'],
      ['Sadiq Khan', 'person'],
      ['Khan', 'person'],
    ]),
    text,
  );
  assert.equal(entities.length, 3);
});

test('possessives and case variants are one entity; every mention keeps its own span', () => {
  const text = "Pakistan's army and PAKISTAN and pakistan";
  const entities = resolveMentions(
    mentionsIn(text, [
      ['Pakistan', 'place'],
      ['PAKISTAN', 'place'],
      ['pakistan', 'place'],
    ]),
    text,
  );
  assert.equal(entities.length, 1);
  assert.deepEqual(
    entities[0].mentions.map((mention) => text.slice(mention.start, mention.end)),
    ['Pakistan', 'PAKISTAN', 'pakistan'],
  );
  assert.equal(canonicalName(['PLO', 'Palestine Liberation Organization']), 'Palestine Liberation Organization');
});

test('a short form joins its full name, before or after it; two different names are not merged', () => {
  const text = 'President Tsai Ing-wen spoke. Tsai said no. Northwind said it would appeal, Northwind Corp said. Katherine Vale leads Wikimedia; Wikipedia is written by volunteers.';
  const entities = resolveMentions(
    mentionsIn(text, [
      ['President Tsai Ing-wen', 'person'],
      ['Tsai', 'person'],
      ['Northwind', 'organization'],
      ['Northwind Corp', 'organization'],
      ['Katherine Vale', 'person'],
      ['Wikimedia', 'organization'],
      ['Wikipedia', 'organization'],
    ]),
    text,
  );
  assert.deepEqual(
    entities.map((entity) => [entity.name, entity.mentions.length]),
    [
      ['Tsai Ing-wen', 2],
      ['Northwind Corp', 2],
      ['Katherine Vale', 1],
      ['Wikimedia', 1],
      ['Wikipedia', 1],
    ],
  );
});

test('a type read from a title or classifier outweighs the tagger on the other mentions', () => {
  const text = 'Vorn fighters fled. Vorn said. Vorn denied.';
  const drafts = mentionsIn(text, [
    ['Vorn', 'organization'],
    ['Vorn', 'person'],
    ['Vorn', 'person'],
  ]);
  drafts[0].rule = 'model.ner.PER+context.group-nouns';
  assert.equal(resolveMentions(drafts, text)[0].type, 'organization');
});

test('a later one-word surname joins the person named in the story, whatever the tagger typed it', () => {
  const text = 'Director Neil Odra spoke. Odra said the film was done. Critics praised Odra.';
  const entities = resolveMentions(
    mentionsIn(text, [
      ['Neil Odra', 'person'],
      ['Odra', 'place'],
      ['Odra', 'organization'],
    ]),
    text,
  );
  assert.deepEqual(
    entities.map((entity) => [entity.name, entity.type, entity.mentions.length]),
    [['Neil Odra', 'person', 3]],
  );
});

test('a person named only in the headline lends no surname to a place in the story', () => {
  // The headline's names are resolved after the story's.
  const text = 'Karsk backs Lebov Tarnia plan\n\nTroops stayed in Tarnia.';
  const drafts = mentionsIn(text, [
    ['Karsk', 'place'],
    ['Lebov Tarnia', 'person'],
    ['Tarnia', 'place'],
  ]);
  const entities = resolveMentions(drafts, text, { start: 0, end: 29 });
  assert.deepEqual(entities.map((entity) => [entity.name, entity.type]).sort(), [
    ['Karsk', 'place'],
    ['Lebov Tarnia', 'person'],
    ['Tarnia', 'place'],
  ]);
});

test("a dateline's place counts as a place where the story names it again", () => {
  const text = 'ODRA 2025-03-04\n\nOdra said its forces struck Karsk.';
  const drafts = mentionsIn(text, [
    ['ODRA', 'place'],
    ['Odra', 'organization'],
    ['Karsk', 'place'],
  ]);
  drafts[0].rule = 'pattern.dateline-place';
  const entities = resolveMentions(drafts, text);
  assert.deepEqual(
    entities.map((entity) => [entity.name, entity.type, entity.mentions.length]),
    [
      ['Odra', 'place', 2],
      ['Karsk', 'place', 1],
    ],
  );
});

test('a company named first alone and taken for a person joins its full name, and the designator makes it an organisation', () => {
  const text = 'Veltro said profits rose. Veltro shares gained. Veltro SpA is based in Odra.';
  const entities = resolveMentions(
    mentionsIn(text, [
      ['Veltro', 'person'],
      ['Veltro', 'person'],
      ['Veltro SpA', 'organization'],
      ['Odra', 'place'],
    ]),
    text,
  );
  assert.deepEqual(
    entities.map((entity) => [entity.name, entity.type, entity.mentions.length]),
    [
      ['Veltro SpA', 'organization', 3],
      ['Odra', 'place', 1],
    ],
  );
});

test("the story's mentions found the entities and the headline's in capitals join them", () => {
  const text = 'PARVIK TAKES LEAD\n\nJesper Parvik of Karsk led. Parvik said he putted well.';
  const drafts = mentionsIn(text, [
    ['PARVIK', 'organization'],
    ['Jesper Parvik', 'person'],
    ['Karsk', 'place'],
    ['Parvik', 'organization'],
  ]);
  const entities = resolveMentions(drafts, text, { start: 0, end: 17 });
  assert.deepEqual(
    entities.map((entity) => [entity.name, entity.type, entity.mentions.length]),
    [
      ['Jesper Parvik', 'person', 3],
      ['Karsk', 'place', 1],
    ],
  );
});
