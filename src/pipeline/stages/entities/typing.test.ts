import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../../../core/annotations.js';
import { gazetteer } from './gazetteer.js';
import type { MentionDraft } from './resolve.js';
import {
  applyFindingRules,
  applyTypingRules,
  datelinePlaces,
  joinAcronymExpansions,
  joinNameParticles,
  joinRepeatedNames,
  mergeDemonymIntoOrganisation,
  samePersonEverywhere,
  TYPING_RULES,
  FINDING_RULES,
} from './typing.js';

const context = (text: string) => ({ text, places: gazetteer() });

/** A draft as the tagger would hand it over: the surface, the tagger's type. */
function tagged(text: string, surface: string, type: EntityType, from = 0): MentionDraft {
  const start = text.indexOf(surface, from);
  assert.ok(start >= 0, surface);
  return { start, end: start + surface.length, text: surface, type, name: surface, role: null, rule: 'test' };
}

const shown = (drafts: MentionDraft[]) => drafts.map((item) => `${item.text}/${item.type}${item.role ? `(${item.role})` : ''}`);

test('a role inside a tagged name splits it: the affiliation is an organisation, the name a person', () => {
  const text = 'Northwind President Dana Holm said the deal would close.';
  assert.deepEqual(shown(applyTypingRules([tagged(text, 'Northwind President Dana Holm', 'organization')], context(text))), ['Northwind/organization', 'Dana Holm/person(President)']);
  const federal = 'The Karsk Reserve Bank Governor Lio Pell of Veloria spoke.';
  assert.deepEqual(shown(applyTypingRules([tagged(federal, 'Karsk Reserve Bank Governor Lio Pell of Veloria', 'organization')], context(federal))), [
    'Karsk Reserve Bank/organization',
    'Lio Pell/person(Governor)',
  ]);
});

test('a title before a name makes it a person: President, Attorney, Gen., Ms., Defense Secretary', () => {
  const text = 'Gen. Ira Vasko, Attorney Mira Sand, Defense Secretary Ari Tamm and Ms. Lind spoke.';
  const drafts = [tagged(text, 'Gen. Ira Vasko', 'organization'), tagged(text, 'Mira Sand', 'place'), tagged(text, 'Ari Tamm', 'organization'), tagged(text, 'Lind', 'other')];
  assert.deepEqual(shown(applyTypingRules(drafts, context(text))), ['Ira Vasko/person(Gen.)', 'Mira Sand/person(Attorney)', 'Ari Tamm/person(Defense Secretary)', 'Lind/person(Ms.)']);
});

test('a title the tagger took alone gives way to the name after it', () => {
  const text = 'Attorney Mira Sand and Gen. Ira Vasko spoke. Defense Secretary Ari Tamm agreed.';
  const drafts = applyTypingRules([tagged(text, 'Gen.', 'organization')], context(text));
  assert.deepEqual(shown(applyFindingRules(drafts, context(text))), ['Mira Sand/person(Attorney)', 'Ira Vasko/person(Gen.)', 'Ari Tamm/person(Defense Secretary)']);
});

test('a role with a remit before a name: the remit is a place, the last two words the person', () => {
  const text = 'Minister for the North Sea Ola Brandt visited the port.';
  assert.deepEqual(shown(applyTypingRules([tagged(text, 'North Sea Ola Brandt', 'place')], context(text))), ['North Sea/place', 'Ola Brandt/person']);
});

test('a role before a body is no title: "Interior Ministry" stays an organisation', () => {
  const text = 'Deputy Minister Interior Ministry officials met.';
  assert.equal(applyTypingRules([tagged(text, 'Interior Ministry', 'organization')], context(text))[0].type, 'organization');
});

test('classifiers and appositions type a name: the terror group X, X, a proxy group of ..., X, a town in ...', () => {
  const text = 'The terror group Red Dawn struck. The Grey Brigade, a proxy group of the army, denied it. Ostrava Vell, a town in the south, was hit.';
  const drafts = [tagged(text, 'Red Dawn', 'person'), tagged(text, 'Grey Brigade', 'place'), tagged(text, 'Ostrava Vell', 'person')];
  assert.deepEqual(shown(applyTypingRules(drafts, context(text))), ['Red Dawn/organization', 'Grey Brigade/organization', 'Ostrava Vell/place']);
});

test('an organisation suffix types the name, but not a place that ends like one ("West Bank")', () => {
  const text = 'Daniels Pharmaceuticals Inc bought land in the West Bank.';
  assert.deepEqual(shown(applyTypingRules([tagged(text, 'Daniels Pharmaceuticals Inc', 'person'), tagged(text, 'West Bank', 'place')], context(text))), [
    'Daniels Pharmaceuticals Inc/organization',
    'West Bank/place',
  ]);
});

test('nouns after a group name make it a group; a locative makes a place', () => {
  const text = 'Jets struck Vorn positions near Tell Abra on Monday. Islamist militants fled.';
  assert.deepEqual(shown(applyTypingRules([tagged(text, 'Vorn', 'other'), tagged(text, 'Tell Abra', 'person'), tagged(text, 'Islamist', 'other')], context(text))), [
    'Vorn/organization',
    'Tell Abra/place',
    'Islamist/other',
  ]);
  const demonym = 'There are over eight thousand Veloran fighters.';
  const veloran = { ...tagged(demonym, 'Veloran', 'place'), rule: 'model.ner.MISC+gazetteer.demonym' };
  assert.equal(applyTypingRules([veloran], context(demonym))[0].type, 'place', 'a demonym before fighters still names its country');
  const listed = 'Near Tell Abra, two strikes hit a depot.';
  assert.deepEqual(shown(applyTypingRules([tagged(listed, 'Near Tell Abra', 'person')], context(listed))), ['Tell Abra/place']);
});

test('a demonym before an organisation is part of its name: "the Veloran Democratic Forces" stays one', () => {
  const text = 'The Syrian Democratic Forces said so.';
  const drafts = applyTypingRules([{ ...tagged(text, 'Syrian', 'place'), rule: 'model.ner.MISC+gazetteer.demonym' }, tagged(text, 'Democratic Forces', 'other')], context(text));
  assert.deepEqual(shown(mergeDemonymIntoOrganisation(drafts, context(text))), ['Syrian Democratic Forces/organization']);
});

test('places at the head of strike-list lines and acronyms that speak or fight are found', () => {
  const text = 'Strikes\nTell Abra, two strikes destroyed a vehicle.\nNear Odrin, one strike hit a bunker.\nRDW said the camp was shelled. KLF fighters withdrew. The FBI agent and the CEO left.';
  const found = applyFindingRules([], context(text));
  assert.deepEqual(shown(found), ['Tell Abra/place', 'Odrin/place', 'RDW/organization', 'KLF/organization']);
});

test('an acronym defined in the text keeps its expansion whole, even when the tagger cut it', () => {
  const text = 'The Rally for the Return of Exiles (RRE) met. The Karsk Relief Agency (KRA) paid.';
  const drafts = [tagged(text, 'Rally', 'organization'), tagged(text, 'Return of Exiles', 'other'), tagged(text, 'Karsk', 'place'), tagged(text, 'Relief Agency', 'organization')];
  assert.deepEqual(shown(joinAcronymExpansions(drafts, context(text))), ['Rally for the Return of Exiles/organization', 'RRE/organization', 'Karsk Relief Agency/organization', 'KRA/organization']);
});

test('every rule names the sentence it exists for', () => {
  for (const rule of [...TYPING_RULES, ...FINDING_RULES]) assert.ok(rule.name && rule.example.length > 10, rule.name);
});

test('a name of several words found once stays whole where it recurs', () => {
  const text = 'The Odra Human Rights Forum said so. Later the Odra Human Rights Forum said more.';
  const second = text.lastIndexOf('Odra');
  const drafts = [tagged(text, 'Odra Human Rights Forum', 'organization'), tagged(text, 'Odra', 'person', second), tagged(text, 'Rights Forum', 'person', second)];
  assert.deepEqual(shown(joinRepeatedNames(drafts, context(text))), ['Odra Human Rights Forum/organization', 'Odra Human Rights Forum/organization']);
});

/** A draft as the tagger hands it over, with the tagger's own rule (the given-name rule reads only those). */
const fromTagger = (text: string, surface: string, type: EntityType, from = 0): MentionDraft => ({ ...tagged(text, surface, type, from), rule: `model.ner.${type}` });

test('a name the tagger took for a place or body that opens with a given name is a person', () => {
  const text = 'Trevor Lindqvist was seen in Odra; talks with Kitty Marsh ended.';
  const drafts = [fromTagger(text, 'Trevor Lindqvist', 'place'), fromTagger(text, 'Kitty Marsh', 'organization')];
  assert.deepEqual(shown(applyTypingRules(drafts, context(text))), ['Trevor Lindqvist/person', 'Kitty Marsh/person']);
});

test('a given name opening a place, a team or a company leaves it alone', () => {
  const text = 'Boris Beach flooded; the Tomas Rangers beat the North Marsh side; Olga Holdings rose; the far north froze; Marta Bay Inc fell at Ines Varda airport.';
  const drafts = [
    fromTagger(text, 'Boris Beach', 'place'),
    fromTagger(text, 'Tomas Rangers', 'organization'),
    fromTagger(text, 'North Marsh', 'organization'),
    fromTagger(text, 'Olga Holdings', 'organization'),
    fromTagger(text, 'Marta Bay Inc', 'organization'),
    fromTagger(text, 'Ines Varda', 'place'),
  ];
  assert.deepEqual(
    applyTypingRules(drafts, context(text)).map((item) => item.type),
    ['place', 'organization', 'organization', 'organization', 'organization', 'place'],
  );
  // A type a rule read from the words around stands: only the tagger's own guess is mended.
  assert.equal(applyTypingRules([tagged(text, 'Boris Beach', 'place')], context(text))[0].type, 'place');
});

test('a word capitalised only because it opens a sentence is not part of the name', () => {
  const text = 'Tsai Ing-wen spoke. Later Tsai said the island would hold firm. But Holm Varga disagreed.';
  const drafts = [tagged(text, 'Tsai Ing-wen', 'person'), tagged(text, 'Later Tsai', 'person'), tagged(text, 'But Holm Varga', 'person')];
  assert.deepEqual(shown(applyTypingRules(drafts, context(text))), ['Tsai Ing-wen/person', 'Tsai/person', 'Holm Varga/person']);
  // Inside a sentence the same word is a name's ("the Later Years Trust" is left to the tagger).
  const inside = 'She joined the Later Years Trust.';
  assert.equal(applyTypingRules([tagged(inside, 'Later Years Trust', 'organization')], context(inside))[0].text, 'Later Years Trust');
});

test('an apposition types a name by its head noun, and a reporting clause is no apposition', () => {
  const text = 'Mara Quint, the union leader, signed. The Grey Brigade, a proxy group of the army, denied it. Ilse Varga, the ministry said, resigned.';
  const drafts = [tagged(text, 'Mara Quint', 'organization'), tagged(text, 'Grey Brigade', 'person'), tagged(text, 'Ilse Varga', 'person')];
  assert.deepEqual(shown(applyTypingRules(drafts, context(text))), ['Mara Quint/person', 'Grey Brigade/organization', 'Ilse Varga/person']);
});

test('the place a strike-list line opens with is a place whatever the tagger made of it', () => {
  const text = 'Near Odra, two strikes destroyed a fighting position.\nDaquvan, three strikes struck a unit.\nKarsk Tarn, an airstrike hit a depot.';
  const drafts = [tagged(text, 'Near Odra', 'person'), tagged(text, 'Daquvan', 'person'), tagged(text, 'Karsk Tarn', 'organization')];
  assert.deepEqual(shown(applyTypingRules(drafts, context(text))), ['Odra/place', 'Daquvan/place', 'Karsk Tarn/place']);
});

test("a dateline's place is a place, each part of it, and the agency in brackets after it an organisation", () => {
  const text = 'ODRA, Veloria 2025-03-04\n\nTalks went on.';
  const dateline = { place: 'ODRA, Veloria', date: '2025-03-04', start: 0, end: 24 };
  assert.deepEqual(shown(datelinePlaces([tagged(text, 'ODRA', 'organization')], dateline, context(text))), ['ODRA/place', 'Veloria/place']);
  const inline = 'VELDOR, March 2 (Wirenews) - Dockworkers in Veldor returned.';
  const drafts = [tagged(inline, 'VELDOR', 'person'), tagged(inline, 'Wirenews', 'place'), tagged(inline, 'Veldor', 'place', 10)];
  assert.deepEqual(shown(datelinePlaces(drafts, { place: 'VELDOR', date: null, start: 0, end: 15 }, context(inline))), ['VELDOR/place', 'Wirenews/organization', 'Veldor/place']);
});

test('a name does not run on into the words after it: a weekday, lower-case words', () => {
  const text = 'Ana will meet Foreign Minister Ilse Varga Monday for talks. Novelist Tomas Leher dies at 79. Rami al-Karsi was held.';
  const drafts = [tagged(text, 'Ilse Varga Monday for talks', 'person'), tagged(text, 'Tomas Leher dies', 'person'), tagged(text, 'Rami al-Karsi', 'person')];
  assert.deepEqual(shown(applyTypingRules(drafts, context(text))), ['Ilse Varga/person', 'Tomas Leher/person', 'Rami al-Karsi/person']);
});

test('two names joined by "and" are two, unless "and" is inside one name', () => {
  const text = 'Northwind and Kestrel played; the Ministry of Trade and Industry, Tal Henry and His Orchestra and Trinidad and Tobago did not; nor did the Bonds and Trades Commission.';
  const drafts = [
    tagged(text, 'Northwind and Kestrel', 'organization'),
    tagged(text, 'Bonds and Trades Commission', 'organization'),
    tagged(text, 'Ministry of Trade and Industry', 'organization'),
    tagged(text, 'Tal Henry and His Orchestra', 'organization'),
    tagged(text, 'Trinidad and Tobago', 'place'),
  ];
  assert.deepEqual(
    applyTypingRules(drafts, context(text)).map((item) => item.text),
    ['Northwind', 'Kestrel', 'Bonds and Trades Commission', 'Ministry of Trade and Industry', 'Tal Henry and His Orchestra', 'Trinidad and Tobago'],
  );
});

test('a title word alone is a surname unless a name or "of" follows it or a determiner stands before it', () => {
  const text = '"We will wait," said King. The President left. Emperor of Karsk Tomas spoke. I\'ve seen it.';
  const drafts = [tagged(text, 'King', 'person'), tagged(text, 'President', 'person'), tagged(text, 'Emperor', 'person'), tagged(text, "I've", 'person')];
  assert.deepEqual(shown(applyTypingRules(drafts, context(text))), ['King/person']);
  const hyphenated = 'NATO spokesman Lieutenant-Colonel Max Marrin said.';
  assert.deepEqual(shown(applyTypingRules([tagged(hyphenated, 'Lieutenant-Colonel Max Marrin', 'person')], context(hyphenated))), ['Max Marrin/person(Lieutenant-Colonel)']);
});

test('names cut at a particle or a nickname are one name', () => {
  const text = 'Prime Minister Kengo wa Dondo met Joaquin del Olmo and Van der Westhuizen in Santiago de Cuba; Roberto "Hands of Steel" Duran watched. The Gazzetta dello Sport said so.';
  const drafts = [
    tagged(text, 'Kengo', 'person'),
    tagged(text, 'Dondo', 'person'),
    tagged(text, 'Joaquin', 'person'),
    tagged(text, 'Olmo', 'organization'),
    tagged(text, 'Van', 'place'),
    tagged(text, 'Westhuizen', 'person'),
    tagged(text, 'Santiago', 'place'),
    tagged(text, 'Cuba', 'place'),
    tagged(text, 'Roberto', 'person'),
    tagged(text, 'Duran', 'person'),
    tagged(text, 'Gazzetta', 'place'),
    tagged(text, 'Sport', 'person'),
  ];
  assert.deepEqual(shown(joinNameParticles(drafts, context(text))), [
    'Kengo wa Dondo/person',
    'Joaquin del Olmo/person',
    'Van der Westhuizen/person',
    'Santiago de Cuba/place',
    'Roberto "Hands of Steel" Duran/person',
    'Gazzetta/place',
    'Sport/person',
  ]);
});

test('a designator a word or two after a name takes the name to an organisation: "Veltro International Inc", "Kesk AB"', () => {
  const text = 'Veltro International Inc bought Kesk AB last year.';
  const drafts = [tagged(text, 'Veltro', 'person'), tagged(text, 'Kesk', 'place')];
  assert.deepEqual(shown(applyTypingRules(drafts, context(text))), ['Veltro International Inc/organization', 'Kesk AB/organization']);
});

test('a place by what stands around it: "the town of X", "east of X", "X, 200 km from"; a square or a park is no person', () => {
  const text = 'Troops hold the town of Tarvel. Rebels are east of Tarvel. Tarvel, 200 km (120 miles) east of the capital, is in ruins. Crowds filled Odra Square.';
  const second = text.indexOf('Tarvel') + 1;
  const third = text.indexOf('Tarvel', second) + 1;
  const drafts = [tagged(text, 'Tarvel', 'person'), tagged(text, 'Tarvel', 'person', second), tagged(text, 'Tarvel', 'other', third), tagged(text, 'Odra Square', 'person')];
  assert.deepEqual(shown(applyTypingRules(drafts, context(text))), ['Tarvel/place', 'Tarvel/place', 'Tarvel/place', 'Odra Square/place']);
  // A person's full name after "of" stays a person: "the widow of Ana Lind".
  const person = 'It was the home of Ana Lind, 40 km from Odra.';
  assert.equal(applyTypingRules([tagged(person, 'Ana Lind', 'person')], context(person))[0].type, 'person');
});

test('a newspaper, a firm or armed people by the noun before or after the name', () => {
  const text = 'the news weekly Der Kurier said; the carmaker Veltro rose; Karsk Front guerrillas fled; Hutu rebels fled.';
  const drafts = [tagged(text, 'Der Kurier', 'person'), tagged(text, 'Veltro', 'person'), tagged(text, 'Karsk Front', 'person'), tagged(text, 'Hutu', 'other')];
  assert.deepEqual(shown(applyTypingRules(drafts, context(text))), ['Der Kurier/organization', 'Veltro/organization', 'Karsk Front/organization', 'Hutu/other']);
});

test('a one-word name the text also gives a person is a person, and found again where the tagger left it out', () => {
  const drafts = [{ start: 0, end: 11, text: 'Tomas Varga', type: 'person' as const, name: 'Tomas Varga', role: null, rule: 'model.ner.PER' }];
  const found = applyFindingRules(drafts, context('Tomas Varga won. Varga was elected.'));
  assert.deepEqual(
    found.map((draft) => [draft.text, draft.type, draft.start]),
    [
      ['Tomas Varga', 'person', 0],
      ['Varga', 'person', 17],
    ],
  );
  const retyped = samePersonEverywhere(
    [...drafts, { start: 17, end: 22, text: 'Varga', type: 'organization', name: 'Varga', role: null, rule: 'model.ner.ORG' }],
    context('Tomas Varga won. Varga was elected.'),
  );
  assert.equal(retyped[1].type, 'person');
});
