import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuantities } from './find.js';
import { ruleStarts } from './grammar.js';

const read = (text: string) => findQuantities(text).map((quantity) => [quantity.text, quantity.value, quantity.unit, quantity.qualifier]);

test('digits and words, with the counted noun as unit', () => {
  assert.deepEqual(read('The attack killed 26 Hindu tourists.'), [['26', 26, 'tourists', 'exact']]);
  assert.deepEqual(read('Pakistan purchased 250,000 rifles and three aircrafts.'), [
    ['250,000', 250000, 'rifles', 'exact'],
    ['three', 3, 'aircrafts', 'exact'],
  ]);
  assert.deepEqual(read('fifty Pakistani volunteers were taken prisoner'), [['fifty', 50, 'volunteers', 'exact']]);
  assert.deepEqual(read('a fine of $700m and £374m'), [
    ['$700m', 700e6, 'USD', 'exact'],
    ['£374m', 374e6, 'GBP', 'exact'],
  ]);
  assert.deepEqual(read('growth of 3.5% or 40 percent'), [
    ['3.5%', 3.5, 'percent', 'exact'],
    ['40 percent', 40, 'percent', 'exact'],
  ]);
});

test('every qualifier', () => {
  assert.equal(read('at least one thousand Pakistanis')[0][3], 'at_least');
  assert.equal(read('over eight thousand fighters')[0][3], 'more_than');
  assert.equal(read('more than two dozen drones')[0][3], 'more_than');
  assert.equal(read('up to 300 jobs')[0][3], 'at_most');
  assert.deepEqual(read('the depots held no more than 300 rifles'), [['no more than 300', 300, 'rifles', 'at_most']]);
  assert.equal(read('no fewer than 20 guards')[0][3], 'at_least');
  assert.equal(read('fewer than 20 ships')[0][3], 'less_than');
  assert.equal(read('nearly 8,000 fighters')[0][3], 'approximate');
  assert.equal(read('roughly 20,000 people')[0][3], 'approximate');
  assert.equal(read('thousands of Pakistani nationals')[0][3], 'vague');
  assert.equal(read('plenty of Bangladeshi youths')[0][3], 'vague');
  assert.equal(read('several Hamas delegations')[0][3], 'vague');
  assert.equal(read('6,500 children')[0][3], 'exact');
});

test('word numbers: compounds, scales, dozens, ratios', () => {
  assert.deepEqual(read('over eight thousand Palestine-repatriated Bangladeshi fighters'), [['over eight thousand', 8000, 'fighters', 'more_than']]);
  assert.equal(read('one hundred and five boats')[0][1], 105);
  assert.equal(read('twenty-six people')[0][1], 26);
  assert.equal(read('half a dozen eggs')[0][1], 6);
  assert.deepEqual(read('almost one in five containers'), [['almost one in five', 0.2, 'fraction', 'approximate']]);
  assert.equal(findQuantities('almost one in five containers')[0].of, 'containers');
});

test('the counted noun can stand before the number', () => {
  assert.deepEqual(read('the government put the number of volunteer fighters at nearly 8,000'), [['nearly 8,000', 8000, 'fighters', 'approximate']]);
});

test('years, dates, ordinals, identifiers and stretches of time are not quantities', () => {
  assert.deepEqual(read('in the 1982 battle for Beirut, since 1947, in 1975'), []);
  assert.deepEqual(read('on April 22, on Oct. 7, on 16 November 1988'), []);
  assert.deepEqual(read('the first intifada, the 16th round'), []);
  assert.deepEqual(read('UN General Assembly Resolution 3379 and Section 404'), []);
  assert.deepEqual(read('Israel is the number one enemy'), []);
  assert.deepEqual(read('This was approved six months later.'), []);
});

const full = (text: string) => findQuantities(text).map(({ text, value, low, high, unit, qualifier, kind, of, subject }) => ({ text, value, low, high, unit, qualifier, kind, of, subject }));

test('a range is one quantity with low and high, the scale and currency written once serving both ends', () => {
  assert.deepEqual(full('Freighters unloaded 500-600 metric tons of rice at Ostra.'), [
    { text: '500-600', value: null, low: 500, high: 600, unit: 'tonnes', qualifier: 'exact', kind: 'count', of: 'rice', subject: null },
  ]);
  assert.deepEqual(
    full('The upgrade will cost $10-20 million.').map((item) => [item.low, item.high, item.unit]),
    [[10e6, 20e6, 'USD']],
  );
  assert.deepEqual(
    full('between 10 and 20 percent of the crop').map((item) => [item.text, item.low, item.high, item.unit]),
    [['between 10 and 20 percent', 10, 20, 'percent']],
  );
  // A change is two values, not a range.
  assert.deepEqual(
    full('Revenue rose from $40m to $55m.').map((item) => item.value),
    [40e6, 55e6],
  );
});

test('money with scale words and currencies in every form', () => {
  assert.deepEqual(
    full('The 1.2-billion-yuan (US$171-million) telescope opened.').map((item) => [item.text, item.value, item.unit]),
    [
      ['1.2-billion-yuan', 1.2e9, 'CNY'],
      ['US$171-million', 171e6, 'USD'],
    ],
  );
  assert.deepEqual(
    full('fined £3bn and $700m').map((item) => [item.value, item.unit]),
    [
      [3e9, 'GBP'],
      [700e6, 'USD'],
    ],
  );
});

test('fractions, and the counted thing with its owner', () => {
  assert.deepEqual(
    full('Two-thirds of the budget goes on salaries.').map((item) => [item.value, item.unit, item.of]),
    [[2 / 3, 'fraction', 'budget']],
  );
  assert.deepEqual(
    full('The turbines use a third less fuel; almost a tenth of homes lack water.').map((item) => [item.text, item.value, item.qualifier]),
    [
      ['a third', 1 / 3, 'exact'],
      ['almost a tenth', 0.1, 'approximate'],
    ],
  );
  assert.deepEqual(
    full("Velco's emissions rose by 30%.").map((item) => [item.value, item.of, item.subject]),
    [[30, 'emissions', 'Velco']],
  );
  assert.deepEqual(
    full("more than 90 percent of the world's intact forest area").map((item) => [item.qualifier, item.of, item.subject]),
    [['more_than', 'intact forest area', 'the world']],
  );
});

test('identifiers, codes, formulas, clock times, year ranges, "one" as a pronoun and "net zero" are not quantities', () => {
  for (const text of [
    'Traffic on Interstate 405 stood still.',
    'Voters rejected Prop. 13.',
    'CO2 levels rose at the station.',
    'The blast came at 3:15 PM.',
    'Sales slumped in the 2011-12 season.',
    'It was one of the worst floods.',
    'Dorran aims for net zero by 2045.',
    'The F-16 landed.',
  ]) {
    assert.deepEqual(full(text), [], text);
  }
});

test('rule starts are the same with and without the characters unicode case folding makes ASCII (ſ, the Kelvin sign)', () => {
  const sentences = [
    'Nearly twenty-five ferries, US$40m and -3.5% of the fleet: a third of them sailed.',
    'Between 10 and 20 Arden pilots flew, HK$ 5 each, on 4,000 km of coast.',
    'Café-owners counted three hundred cups; ´a´ is no article, nor is é-a.',
  ];
  for (const sentence of sentences) {
    // "ſ" or "K" anywhere sends the text to the unicode pattern; the starts must not move.
    assert.deepEqual(ruleStarts(`${sentence} \u017F`), ruleStarts(`${sentence} x`), sentence);
    assert.deepEqual(ruleStarts(`${sentence} \u212A`), ruleStarts(`${sentence} x`), sentence);
  }
  // Unicode case folding reads "ſeveral" as "several": the unicode pattern keeps doing so.
  assert.deepEqual(ruleStarts('The \u017Feveral ships'), [4]);
});
