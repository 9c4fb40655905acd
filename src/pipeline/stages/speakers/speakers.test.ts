import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../analyze.js';
import { findQuotations } from '../../quotations.js';
import { findAttributions } from '../attribution/find.js';
import { anaphorOf, genderOfPerson } from './anaphors.js';
import { resolverFor } from './index.js';
import { AnaphorResolver, frontedParticiple, gendersFromPronouns } from './resolve.js';
import { coreferenceModel, HAND_WEIGHTS, pairFeatures, scorePair, scorePairContext, type PairContext } from './features.js';

function analyse(body: string) {
  const analysis = analyzeText(`Headline\n\n${body}\n`);
  const claim = (start: string) => {
    const found = analysis.claims.find((item) => item.text.startsWith(start));
    assert.ok(found, `no claim starts with ${JSON.stringify(start)}`);
    return found;
  };
  const entityName = (id: string | null) => analysis.entities.find((entity) => entity.id === id)?.name ?? null;
  return { analysis, claim, entityName };
}

test('a quotation that runs over paragraphs is one span, continued by the paragraph that opens a quote again', () => {
  const text = '“First part of the quote.\n\n“Second part, still quoted,” she said.\n\nPlain text.';
  const paragraphs = [
    { start: 0, end: 25 },
    { start: 27, end: 65 },
    { start: 67, end: 78 },
  ];
  const [quote] = findQuotations(text, paragraphs);
  assert.equal(quote.rule, 'continued');
  assert.deepEqual(quote.paragraphs, [0, 1]);
  assert.equal(text.slice(quote.start, quote.end), '“First part of the quote.\n\n“Second part, still quoted,”');
});

test('claims inside a quotation that runs on get its speaker, before and after the sentence that names them', () => {
  const { claim } = analyse(
    'Rosa Imbert, the union\'s general secretary, spoke after the ballot. "Our members carried this port through a fire. They were thanked with a pay cut.\n\n"We did not want this strike," she said.\n\nThe authority did not comment.',
  );
  for (const start of ['"Our members', '"We did not']) {
    const attribution = claim(start).attribution;
    assert.equal(attribution.kind, 'named', start);
    assert.match(attribution.source ?? '', /Rosa Imbert/);
    assert.equal(attribution.mode, 'direct');
  }
  assert.equal(claim('The authority').attribution.kind, 'author');
});

test('a quotation standing alone takes the speaker of the paragraph before it', () => {
  const { claim } = analyse('Lena Sorvik, who chairs the foundation, said the archive would stay open.\n\n“At the foundation we are committed to open records for everyone.”');
  const attribution = claim('“At the foundation').attribution;
  assert.equal(attribution.kind, 'named');
  assert.match(attribution.source ?? '', /Lena Sorvik/);
  assert.equal(attribution.provenance.rule, 'quote.previous-speaker');
});

test('"he said" skips a nearer name of the other gender, and never goes to a place or a body', () => {
  const { claim } = analyse('Ana Kessel met Tomas Brandt in Arden on Monday. She said the border would reopen within a week.');
  assert.equal(claim('She said').attribution.source?.includes('Ana Kessel'), true);
  assert.equal(claim('She said').attribution.resolved, true);
  const empire = analyse('The Velorian Empire expanded its navy in the north. He said the fleet would grow.');
  const attribution = empire.claim('He said').attribution;
  assert.equal(attribution.resolved, false);
  assert.equal(attribution.kind, 'anonymous');
  assert.equal(attribution.entity, null);
});

test('a nominal source resolves through the role an apposition gave, and carries that role', () => {
  const { claim } = analyse("Rosa Imbert, the union's general secretary, said the vote was clear. The general secretary said members would picket all four gates.");
  const attribution = claim('The general secretary').attribution;
  assert.equal(attribution.anaphor, 'The general secretary');
  assert.equal(attribution.resolved, true);
  assert.match(attribution.source ?? '', /Rosa Imbert/);
  assert.equal(attribution.role, "the union's general secretary");
  assert.equal(claim('Rosa Imbert').attribution.role, "the union's general secretary");
});

test('documents are sources: "the report states" and "It calls on" go back to the document named before', () => {
  const { claim } = analyse(
    'A review by the Tellmark Institute, published on Monday, found that crane repairs had fallen behind. The report states that half of the cranes lacked a certificate. It calls on the harbour authority to publish its records.',
  );
  assert.match(claim('A review').attribution.source ?? '', /review by the Tellmark Institute/);
  for (const start of ['The report states', 'It calls on']) {
    const attribution = claim(start).attribution;
    assert.equal(attribution.resolved, true, start);
    assert.match(attribution.source ?? '', /review by the Tellmark Institute/, start);
  }
});

test('acts are not reports, and a reporting frame after the clause is the source', () => {
  const { claim } = analyse(
    'Employee activists pushed the authority to reopen talks in May. The council sought to mediate. The operator declared a state of emergency at the quay, reported the Sellan Evening Post. The terminal is uniquely exposed to a stoppage, says Tomas Lind, a partner at Harrow Freight Advisers.',
  );
  assert.equal(claim('Employee activists').attribution.kind, 'author');
  assert.equal(claim('The council sought').attribution.kind, 'author');
  assert.equal(claim('The operator declared').attribution.source, 'the Sellan Evening Post');
  const lind = claim('The terminal').attribution;
  assert.equal(lind.source, 'Tomas Lind');
  assert.equal(lind.role, 'a partner at Harrow Freight Advisers');
});

test('captions and credits that reach the text name no speaker; a speaker before a colon still does', () => {
  for (const line of ['Photo: Ana Kessel for the Northgate Daily', 'Credit: Tomas Brandt / Northgate Daily', 'Author: Mira Castell', "Editor's note: This story was updated"]) {
    assert.deepEqual(findAttributions(line), [], line);
  }
  assert.equal(findAttributions('KESSEL: We will not accept the offer.')[0]?.source, 'KESSEL');
});

test("mode says whether the words are the speaker's own", () => {
  const { claim } = analyse('“The strikes were measured,” Ana Kessel said. Tomas Brandt said the strikes were “a measured answer” to the raid. Officials said the talks had failed.');
  assert.equal(claim('“The strikes').attribution.mode, 'direct');
  assert.equal(claim('Tomas Brandt').attribution.mode, 'mixed');
  assert.equal(claim('Officials').attribution.mode, 'indirect');
});

test('personal pronouns become mentions of their person, counted on the entity', () => {
  const { analysis } = analyse('Ana Kessel arrived in Arden on Monday. She met the envoys and her staff took notes for her.');
  const pronouns = analysis.mentions.filter((mention) => mention.kind === 'pronoun');
  assert.deepEqual(
    pronouns.map((mention) => mention.text),
    ['She', 'her', 'her'],
  );
  const kessel = analysis.entities.find((entity) => entity.name === 'Ana Kessel');
  assert.ok(kessel);
  assert.ok(pronouns.every((mention) => mention.entity === kessel.id));
  assert.equal(kessel.mentions, 4);
  for (const mention of analysis.mentions) assert.equal(analysis.document.text.slice(mention.start, mention.end), mention.text);
});

test('anaphors and genders: pronouns, descriptions, names and titles', () => {
  assert.equal(anaphorOf('she')?.gender, 'female');
  assert.equal(anaphorOf('the spokesperson')?.head, 'spokesperson');
  assert.equal(anaphorOf('The report')?.document, true);
  assert.equal(anaphorOf('the Sellan Dockworkers Union'), null);
  assert.equal(anaphorOf('Ana Kessel'), null);
  assert.equal(genderOfPerson('Ana Kessel'), 'female');
  assert.equal(genderOfPerson('Tomas Brandt'), 'male');
  assert.equal(genderOfPerson('Kessel', ['Ms.']), 'female');
  assert.equal(genderOfPerson('Okonkwo'), undefined);
  // Only a given name before the surname tells: not a surname that is also a given name, nor "la" of "de la".
  assert.equal(genderOfPerson('Okonkwo James'), undefined);
  assert.equal(genderOfPerson('De la Vega'), undefined);
  assert.equal(genderOfPerson('Ana de la Vega'), 'female');
});

test('an attribution carries the link on its source or cue; a letters page gives each letter its writer', () => {
  const page = `<html><head><title>Quay closed</title><link rel="canonical" href="https://www.ardenpost.example/news/quay"></head><body><article><h1>Quay closed</h1>
<p>The operator closed the southern quay on Monday after the fire, <a href="/media/euro">reported the Sellan Evening Post</a>.</p>
<p>Crane repairs had fallen two years behind, <a href="javascript:alert(1)">the review</a> found, and the council sought talks.</p></article></body></html>`;
  const analysis = analyzeText(page, { format: 'html', source: 'quay.html' });
  const reported = analysis.claims.find((claim) => claim.text.startsWith('The operator'));
  assert.equal(reported?.attribution.source, 'the Sellan Evening Post');
  assert.equal(reported?.attribution.url, 'https://www.ardenpost.example/media/euro');
  assert.ok(analysis.claims.every((claim) => !claim.attribution.url?.startsWith('javascript:')));

  const letters = [
    'Letters',
    '',
    'Readers on the harbour',
    '',
    'The new harbour wall has made the evening walk far more pleasant for everyone in Keston.',
    '',
    'The council should now finish the path to the lighthouse before the summer crowds arrive.',
    '',
    'Edda Rowan, Arden',
    '',
    'The ferry timetable changed again this spring without a word of warning to anyone.',
    '',
    'Piet Calloway, North Keston',
    '',
  ].join('\n');
  const read = analyzeText(letters, { source: 'letters.txt' });
  const writerOf = (start: string) => read.claims.find((claim) => claim.text.startsWith(start))?.attribution;
  assert.equal(writerOf('The new harbour wall')?.kind, 'author');
  assert.equal(writerOf('The new harbour wall')?.source, 'Edda Rowan');
  assert.equal(writerOf('The ferry timetable')?.source, 'Piet Calloway');
});

test('a body named by a name and a body noun is a named source; officials and a bare body noun stay anonymous', () => {
  const { claim } = analyse('Karsk border police blamed the militia for the raid on Monday. Karsk officials said the depots were farms. Border police said the road was shut.');
  assert.equal(claim('Karsk border police').attribution.kind, 'named');
  assert.equal(claim('Karsk officials').attribution.kind, 'anonymous');
  assert.equal(claim('Border police').attribution.kind, 'anonymous');
});

/** The entity each pronoun of the text is a mention of, by the pronoun's words and position. */
function pronounLinks(body: string) {
  const { analysis, entityName } = analyse(body);
  return { analysis, links: analysis.mentions.filter((mention) => mention.kind === 'pronoun').map((mention) => [mention.text, entityName(mention.entity)]) };
}

test('a subject pronoun goes to the subject before it, past a nearer object of the same gender', () => {
  const { links } = pronounLinks('Ana Kessel thanked Mira Castell at the dock on Monday. She promised the port a new crane.');
  assert.deepEqual(links, [['She', 'Ana Kessel']]);
});

test('an object pronoun is not the subject of its own clause: "Tomas Brandt thanked him" is someone else', () => {
  const { analysis, links } = pronounLinks('Karl Osten arrived at the harbour late. Tomas Brandt thanked him for the ledger.');
  assert.ok(!links.some(([, name]) => name === 'Tomas Brandt'));
  const text = analysis.document.text;
  const at = text.indexOf('him');
  const resolution = resolverFor(analysis).resolve(anaphorOf('him')!, { start: at, end: at + 3 });
  assert.equal(resolution.antecedent?.name, 'Karl Osten');
});

test('a possessive opening a sentence goes to the subject before it, not the name inside a phrase', () => {
  const { links } = pronounLinks('Tomas Brandt wrote to Karl Osten about the grain. His letter was answered within a week.');
  assert.deepEqual(links, [['His', 'Tomas Brandt']]);
});

test('a cataphor: a pronoun in a fronted clause refers to the subject of the main clause after it', () => {
  const { links } = pronounLinks('Before she joined the council, Ana Kessel taught history in Arden.');
  assert.deepEqual(links, [['she', 'Ana Kessel']]);
});

test('a cataphor refers to the subject of the main clause also when that subject is a speaker', () => {
  const { links } = pronounLinks('In her 2019 book on ferries, Ana Kessel, a professor at Arden University, described the harbour plan as reckless.');
  assert.deepEqual(links, [['her', 'Ana Kessel']]);
});

test('a name the entity stage typed a place is a person to "she" when its given name says so; "in Arden" is not', () => {
  const text = 'Eleanor sailed to Arden in the spring. She married a printer.';
  const eleanor = { entity: 'e1', start: 0, end: 7, text: 'Eleanor', type: 'place' as const, provenance: { stage: 'test', version: '1', rule: 'test' } };
  const arden = { entity: 'e2', start: text.indexOf('Arden'), end: text.indexOf('Arden') + 5, text: 'Arden', type: 'place' as const, provenance: eleanor.provenance };
  const entities = [
    { id: 'e1', name: 'Eleanor', type: 'place' as const, aliases: [], documents: [], mentions: 1 },
    { id: 'e2', name: 'Arden', type: 'place' as const, aliases: [], documents: [], mentions: 1 },
  ];
  const sentences = [
    { start: 0, end: text.indexOf('She') - 1, paragraph: 0 },
    { start: text.indexOf('She'), end: text.length, paragraph: 0 },
  ];
  const resolver = new AnaphorResolver(text, sentences as never, [eleanor, arden], entities, new Map());
  const at = text.indexOf('She');
  const candidates = resolver.candidates(anaphorOf('She')!, { start: at, end: at + 3 });
  assert.deepEqual(
    candidates.map((candidate) => candidate.antecedent.name),
    ['Eleanor'],
  );
  assert.equal(candidates[0].features['typed-not-person&cue=given-name'], 1);
  assert.equal(resolver.resolve(anaphorOf('He')!, { start: at, end: at + 3 }).antecedent, null, 'Eleanor is a given name for a woman');
});

test('the ranker scores a pair as the sum over its full feature map, under the hand weighting, the model and a sparse weighting', () => {
  const base: PairContext = {
    sentenceDistance: 0,
    charDistance: 14,
    between: ' met him and ',
    before: 'Yesterday the poet ',
    after: ', who chairs',
    subject: true,
    speaker: false,
    mentionCount: 3,
    intervening: 0,
    firstMention: true,
    firstPerson: true,
    genderKnown: true,
    anaphorForm: 'nominative',
    anaphorOpensClause: true,
    candidateRole: 'subject',
    anaphorRole: 'subject',
    clauseBoundaries: 0,
    subjectsBetween: 0,
    cataphor: false,
  };
  const variants: Array<Partial<PairContext>> = [
    {},
    { between: ', who was promoting ', after: "'s brother", before: 'a talk with (' },
    { between: ' said: \u201cWe will. \u201d And ', sentenceDistance: 2, charDistance: 180, subject: false, speaker: true, anaphorForm: 'possessive' },
    { sentenceDistance: 5, clauseBoundaries: 3, subjectsBetween: 2, candidateRole: 'object', anaphorRole: 'prepositional', anaphorOpensClause: false },
    { cataphor: true, between: ' left, ', anaphorForm: 'objective', candidateRole: 'possessor' },
    { personCues: ['given-name', 'who'], genderKnown: false, mentionCount: 1, intervening: 4, firstMention: false, firstPerson: false },
  ];
  const weightings = [HAND_WEIGHTS, coreferenceModel()?.weights ?? {}, { bias: 0, 'between-has-comma': 1.5, 'prep-before': -0.7, adjacent: 2, 'in-parentheses': 0.25 }];
  for (const variant of variants) {
    const pair = { ...base, ...variant };
    for (const weights of weightings) assert.equal(scorePairContext(weights, pair), scorePair(weights, pairFeatures(pair)), JSON.stringify(variant));
  }
});

test('a name that tells no gender takes the one its own pronouns give: "she said" skips the man the text called "he"', () => {
  const { claim } = analyse(
    'Kerris Vandel opened the depot in Arden. He said the site would hire 200 people. The plan was drafted by Sasha Ostrun over two years. “It took longer than anyone thought,” she said.',
  );
  const attribution = claim('“It took').attribution;
  assert.equal(attribution.resolved, true);
  assert.match(attribution.source ?? '', /Sasha Ostrun/);
});

test('the pronouns of a text vote a gender only where one person alone is named before them', () => {
  const { analysis, entityName } = analyse('Kerris Vandel opened the depot in Arden. He cut the ribbon. Robin Tasko met Sasha Ostrun later. She thanked the staff.');
  const genders = gendersFromPronouns(analysis.document.text, analysis.sentences, analysis.mentions);
  const named = new Map([...genders].map(([entity, gender]) => [entityName(entity), gender]));
  assert.equal(named.get('Kerris Vandel'), 'male');
  // Two people stand before "She": it tells neither's gender.
  assert.equal(named.has('Robin Tasko'), false);
  assert.equal(named.has('Sasha Ostrun'), false);
});

test('people joined by "and" as a source are "they" afterwards', () => {
  const { claim } = analyse('Kerris Vandel and Robin Tasko said the depot would close in May. They said the workers would be paid.');
  const attribution = claim('They said').attribution;
  assert.equal(attribution.resolved, true);
  assert.equal(attribution.source, 'Kerris Vandel and Robin Tasko');
});

test('a name inside a fronted participial phrase is not the pronoun after it: "Campaigning against Orrin Tasko, he"', () => {
  const { claim } = analyse('Tomas Brandt won the Arden seat in 2012. Campaigning against Orrin Tasko in the by-election, he said little about the harbour.');
  assert.match(claim('Campaigning').attribution.source ?? '', /Tomas Brandt/);
  const text = 'Campaigning against Orrin Tasko, he said little. In Beijing, he said more. King Olaf Varn, he said, agreed.';
  const sentence = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const pronounIn = (words: string) => {
    const start = text.indexOf(' he ', text.indexOf(words)) + 1;
    return { start, end: start + 2 };
  };
  assert.equal(frontedParticiple(text, sentence('Campaigning against Orrin Tasko, he said little.'), pronounIn('Campaigning')), 0);
  assert.equal(frontedParticiple(text, sentence('In Beijing, he said more.'), pronounIn('In Beijing')), null);
  assert.equal(frontedParticiple(text, sentence('King Olaf Varn, he said, agreed.'), pronounIn('King Olaf')), null);
});

test('a role and a given name end a name typed a body: "House Speaker Tomas Brandt" is "he"', () => {
  const { claim } = analyse('Orrin Tasko praised the harbour plan. House Speaker Tomas Brandt, despite his doubts, said the vote would pass. “We have the votes,” he said.');
  assert.match(claim('“We have').attribution.source ?? '', /Tomas Brandt/);
});

test('a source named after its verb is that verb\'s subject: "..., said Orrin Tasko" is salient as a subject', () => {
  const { analysis } = analyse('The fees will rise in May, said Orrin Tasko. People like Brandt, he said.');
  const text = analysis.document.text;
  const names = analysis.mentions.filter((mention) => mention.kind !== 'pronoun');
  const resolver = new AnaphorResolver(text, analysis.sentences, names, analysis.entities, new Map());
  const at = text.indexOf('he said');
  const tasko = { start: text.indexOf('Orrin Tasko'), end: text.indexOf('Orrin Tasko') + 'Orrin Tasko'.length };
  const before = resolver.candidates(anaphorOf('he')!, { start: at, end: at + 2 }).find((item) => item.antecedent.name === 'Orrin Tasko');
  assert.equal(before?.features.subject, undefined, 'after its verb, the name alone does not open the clause');
  const entity = names.find((mention) => mention.start === tasko.start)!.entity;
  resolver.addSpeaker({ entity, name: 'Orrin Tasko', type: 'person', span: tasko, speaker: true, attributionKind: 'named' });
  const after = resolver.candidates(anaphorOf('he')!, { start: at, end: at + 2 }).find((item) => item.antecedent.name === 'Orrin Tasko');
  assert.equal(after?.features.subject, 1);
  assert.equal(after?.features.speaker, 1);
});

test('a group named by party or faith is "they", never "he", even typed a person: "Republicans", "Muslims"', () => {
  const { claim } = analyse('Republicans in the Arden assembly opposed the levy on Monday. They said it would hurt farmers.');
  assert.equal(claim('They said').attribution.source, 'Republicans');
  const text = 'Tomas Brandt spoke to Muslims in Arden. Democrats met later. He said they agreed.';
  const provenance = { stage: 'test', version: '1', rule: 'test' };
  const mention = (entity: string, words: string) => ({ entity, start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words, type: 'person' as const, provenance });
  const entities = [
    { id: 'e1', name: 'Tomas Brandt', type: 'person' as const, aliases: [], documents: [], mentions: 1 },
    { id: 'e2', name: 'Muslims', type: 'person' as const, aliases: [], documents: [], mentions: 1 },
  ];
  const sentences = [
    { start: 0, end: text.indexOf('Democrats') - 1, paragraph: 0 },
    { start: text.indexOf('Democrats'), end: text.indexOf('He said') - 1, paragraph: 0 },
    { start: text.indexOf('He said'), end: text.length, paragraph: 0 },
  ];
  const resolver = new AnaphorResolver(text, sentences as never, [mention('e1', 'Tomas Brandt'), mention('e2', 'Muslims')], entities, new Map());
  const he = { start: text.indexOf('He said'), end: text.indexOf('He said') + 2 };
  assert.deepEqual(
    resolver.candidates(anaphorOf('He')!, he).map((item) => item.antecedent.name),
    ['Tomas Brandt'],
  );
  // "they" finds the group no entity names ("Democrats") as well as the one typed a person.
  const they = { start: text.indexOf('they'), end: text.indexOf('they') + 4 };
  assert.deepEqual(
    resolver.candidates(anaphorOf('they')!, they).map((item) => item.antecedent.name),
    ['Democrats', 'Muslims'],
  );
});
