import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuantities } from './find.js';

const read = (text: string) => findQuantities(text).map((quantity) => [quantity.text, quantity.value, quantity.unit, quantity.qualifier]);

test('digits and words, with the counted noun as unit', () => {
  assert.deepEqual(read('The attack killed 26 Hindu tourists.'), [['26', 26, 'tourists', 'exact']]);
  assert.deepEqual(read('Pakistan purchased 250,000 rifles and three aircrafts.'), [['250,000', 250000, 'rifles', 'exact'], ['three', 3, 'aircrafts', 'exact']]);
  assert.deepEqual(read('fifty Pakistani volunteers were taken prisoner'), [['fifty', 50, 'volunteers', 'exact']]);
  assert.deepEqual(read('a fine of $700m and £374m'), [['$700m', 700e6, 'USD', 'exact'], ['£374m', 374e6, 'GBP', 'exact']]);
  assert.deepEqual(read('growth of 3.5% or 40 percent'), [['3.5%', 3.5, 'percent', 'exact'], ['40', 40, 'percent', 'exact']]);
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
  assert.deepEqual(read('almost one in five containers'), [['almost one in five', 0.2, 'containers', 'approximate']]);
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
