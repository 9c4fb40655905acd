import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../analyze.js';
import { findLinks, linkableClaims, type LinkableClaim } from './index.js';

/** The claims of a one-paragraph article, as if published by `outlet`. */
function article(outlet: string, body: string, authors: string[] = []): LinkableClaim[] {
  return linkableClaims(analyzeText(`What the ${outlet} said\n\n${body}\n`)).map((claim) => ({ ...claim, outlet, authors }));
}

const kinds = (links: ReturnType<typeof findLinks>) => links.map((link) => `${link.kind}${link.strength === 'weak' ? ' (weak)' : ''}`);

test('contradicts: "nearly 8,000" fighters and "over eight thousand" fighters cannot both hold', () => {
  const claims = article('Dhaka Ledger', 'The Bangladesh government put the number of volunteer fighters at nearly 8,000. As we know, there are over eight thousand Bangladeshi fighters.');
  const links = findLinks(claims);
  assert.deepEqual(kinds(links), ['contradicts']);
  assert.match(links[0].reason, /incompatible numbers for fighters of bangladesh: “nearly 8,000” .* “over eight thousand”/);
  assert.deepEqual(links[0].evidence?.numbers, ['nearly 8,000', 'over eight thousand']);
});

test('contradicts: one article asserts a relation and another denies it', () => {
  const first = article('Arden Post', 'Veloria armed the Black Ridge militia last year, the ministry said.');
  const second = article('Karsk Herald', 'Veloria never armed the Black Ridge militia, officials in Karsk said.');
  const links = findLinks(second, first);
  assert.deepEqual(kinds(links), ['contradicts']);
  assert.match(links[0].reason, /arms between the same two actors and the other denies it/);
  assert.deepEqual(links[0].claims, [first[0].id, second[0].id].sort(), 'the two claims in id order, whichever was stored first');
  assert.deepEqual(findLinks(first, second), links, 'the same link in the other order');
});

test('contradicts: the same event on two different days', () => {
  const first = article('Arden Post', 'Velorian drones struck three depots near Karsk on March 13, 2025, the ministry said.');
  const second = article('Karsk Herald', 'Velorian drones struck three depots near Karsk on March 11, 2025, the ministry said.');
  const links = findLinks(second, first);
  assert.deepEqual(kinds(links), ['contradicts']);
  assert.match(links[0].reason, /incompatible dates: .*(2025-03-13.*2025-03-11|2025-03-11.*2025-03-13)/);
});

test('corroborates: the same claim from another outlet and another named source', () => {
  const first = article('Arden Post', 'At least 14 people were killed in the strikes on Karsk, the Velorian defence ministry said.');
  const second = article('Karsk Herald', 'The Karsk health office said at least 14 people were killed in the strikes on Karsk.');
  assert.deepEqual(kinds(findLinks(second, first)), ['corroborates']);
});

test('corroborates, but weakly, when every source on both sides is anonymous', () => {
  const first = article('Arden Post', 'Sources said Veloria had planned the strikes on Karsk since February.');
  const second = article('Karsk Herald', 'According to intelligence reports, Veloria had planned the strikes on Karsk for weeks, since February.');
  const links = findLinks(second, first);
  assert.deepEqual(kinds(links), ['corroborates (weak)']);
  assert.match(links[0].reason, /every source is anonymous: weak corroboration/);
});

test('repeats: the same outlet, the same author, the same named source, or copied text are not independent', () => {
  const sentence = 'At least 14 people were killed in the strikes on Karsk, the Velorian defence ministry said.';
  const reworded = 'The Velorian defence ministry said at least 14 people were killed in the strikes on Karsk.';
  assert.match(findLinks(article('Arden Post', reworded), article('Arden Post', sentence))[0].reason, /same outlet \(Arden Post\)/);
  assert.match(findLinks(article('Karsk Herald', sentence, ['Mira Holt']), article('Arden Post', sentence, ['Mira Holt']))[0].reason, /same author \(Mira Holt\)/);
  const copied = findLinks(article('Karsk Herald', sentence), article('Arden Post', sentence));
  assert.deepEqual(kinds(copied), ['repeats']);
  assert.match(copied[0].reason, /near-verbatim text in two outlets .* likely copied/);
  const sameSource = findLinks(
    article('Karsk Herald', 'Interior Minister Ana Kessel said Veloria shelled the Black Ridge militia near Karsk.'),
    article('Arden Post', 'Veloria shelled the Black Ridge militia in the hills, Interior Minister Ana Kessel said.'),
  );
  assert.deepEqual(kinds(sameSource), ['repeats']);
  assert.match(sameSource[0].reason, /same named source \(interior minister ana kessel\), so not independent/);
});

test('repeats within one article, and unrelated claims are not linked', () => {
  const claims = article('Arden Post', 'Veloria attacked the Black Ridge militia near Karsk. Later, Veloria attacked the Black Ridge militia again.');
  assert.deepEqual(kinds(findLinks(claims)), ['repeats']);
  assert.deepEqual(findLinks(article('Arden Post', 'The harbour reopened on Monday.'), article('Karsk Herald', 'Veloria attacked the Black Ridge militia.')), []);
});

test('counts of people in unrelated stories that share a place name do not contradict', () => {
  const first = article('Arden Post', 'At least 14 people were killed in the strikes on Karsk, the ministry said.');
  const second = article('Karsk Herald', 'About 200 people attended a harvest fair in Karsk on Sunday.');
  assert.deepEqual(findLinks(second, first), []);
});

test('corroboration from an article whose outlet is unknown is weak: independence is not established', () => {
  const first = article('Arden Post', 'At least 14 people were killed in the strikes on Karsk, the Velorian defence ministry said.');
  const second = article('Karsk Herald', 'The Karsk health office said at least 14 people were killed in the strikes on Karsk.').map((claim) => ({ ...claim, outlet: null }));
  const links = findLinks(second, first);
  assert.deepEqual(kinds(links), ['corroborates (weak)']);
  assert.match(links[0].reason, /an outlet is unknown/);
});

test('wire copy in two papers is one outlet: independence is judged on the origin, not the reprinting site', () => {
  const wire = (outlet: string, body: string) => {
    const analysis = analyzeText(`What the ${outlet} said\n\n${body}\n`);
    analysis.document.meta.outlet = outlet;
    analysis.document.meta.origin = { outlet: 'Reuters', url: null, published: null, rule: 'origin.wire-dateline', cue: '(Reuters) -' };
    return linkableClaims(analysis);
  };
  const first = wire('Keston Courier', 'At least 14 people were killed in the strikes on Karsk, the Velorian defence ministry said.');
  const second = wire('Arden Post', 'The Karsk health office said at least 14 people were killed in the strikes on Karsk.');
  assert.deepEqual(kinds(findLinks(second, first)), ['repeats']);
});

test('shares of different things do not contradict: "intact forest area" is not "intact forest landscape area"', () => {
  const claims = article(
    'Arden Post',
    'More than 90 percent of the world’s intact forest area lies in ten countries, the study found. Brenna holds 36.2 percent of the world’s intact forest landscape area.',
  );
  assert.deepEqual(findLinks(claims), []);
});

test('one company’s emissions in one year do not contradict another company’s in another year', () => {
  assert.deepEqual(findLinks(article('Arden Post', 'Dalvik Mining’s emissions were 4 million tonnes in 2020. Velmar Steel’s emissions were 9 million tonnes in 2018.')), []);
  const sameCompany = findLinks(
    article('Brenna Times', 'Dalvik Mining emitted 6 million tonnes of carbon in 2018.'),
    article('Arden Post', 'Dalvik Mining emitted 4 million tonnes of carbon in 2020.'),
  );
  assert.deepEqual(sameCompany, [], 'different years are different time frames');
});

test('money and shares contradict only when what is measured agrees: revenue is not debt', () => {
  const first = article('Arden Post', 'Velmar Steel’s revenue was 2 billion crowns in 2022.');
  assert.deepEqual(findLinks(article('Brenna Times', 'Velmar Steel’s debt was 5 billion crowns in 2022.'), first), []);
  const links = findLinks(article('Brenna Times', 'Velmar Steel’s revenue was 5 billion crowns in 2022, auditors found.'), first);
  assert.deepEqual(kinds(links), ['contradicts']);
  // The pair is ordered by claim id (the same link whichever article came first), its evidence with it.
  assert.deepEqual([...(links[0].evidence?.numbers ?? [])].sort(), ['2 billion', '5 billion']);
  assert.deepEqual(links[0].evidence?.dates, ['2022']);
});

test('corroborates through a relation whose actor is named by an organ of its country ("Velorian intelligence service")', () => {
  const first = article('Arden Post', 'Veloria has been a key supporter of the Black Ridge militia, a United Nations panel said.');
  const second = article('Karsk Herald', 'The Velorian intelligence service has backed the Black Ridge militia, according to a former officer.');
  const links = findLinks(second, first);
  assert.deepEqual(kinds(links), ['corroborates']);
  assert.match(links[0].evidence?.relation ?? '', /supports\(veloria, black ridge\)/);
  assert.ok(links[0].evidence?.entities.includes('black ridge'));
});

test('a relation read off the words contradicts only on a plain denial; a conditional never does', () => {
  const first = article('Arden Post', 'Karsk sheltered the fugitive general Otto Varga for two years, diplomats said.');
  assert.deepEqual(kinds(findLinks(article('Velm Courier', 'Karsk never sheltered Otto Varga, its interior ministry said.'), first)), ['contradicts']);
  const conditional = article('Velm Courier', 'If Brenna funds the Sarn Liberation Front, Velm will cut ties.');
  assert.deepEqual(findLinks(article('Arden Post', 'Brenna does not fund the Sarn Liberation Front, its foreign minister said.'), conditional), []);
});

test('the same words about different places are not the same claim', () => {
  const first = article('Arden Post', 'At least 300 homes in Holm were destroyed by the flood.');
  assert.deepEqual(findLinks(article('Brenna Times', 'At least 300 homes in Sarn were destroyed by the fire.'), first), []);
  assert.deepEqual(
    findLinks(article('Brenna Times', 'The Tessel Republic recognised the Holm government in March.'), article('Arden Post', 'The Tessel Republic recognised the Sarn government in March.')),
    [],
  );
});

test('counts in a strike list are of different places, not one count disagreeing with itself', () => {
  const claims = article(
    'Arden Post',
    'Arden conducted nine strikes against the Red Dawn group on Friday, the ministry said. Near Holm, four strikes destroyed two Red Dawn positions. Near Sarn, three strikes hit a Red Dawn unit and a depot.',
  );
  assert.deepEqual(kinds(findLinks(claims)), []);
});

test('repeats, never contradicts: a claim copied word for word, though its two counts of one thing differ ("to 7.1% from 6.8%")', () => {
  const body = 'Unemployment in Karsk rose to 7.1% in March from 6.8% a year earlier, the Odra statistics office said.';
  const first = article('Arden Post', body);
  const copy = article('Karsk Herald', body).map((claim) => ({ ...claim, id: `${claim.id}_copy`, document: `${claim.document}_copy` }));
  const links = findLinks(copy, first);
  assert.deepEqual(kinds(links), ['repeats']);
  assert.match(links[0].reason, /near-verbatim text in two outlets \(Arden Post, Karsk Herald\)/);
});
