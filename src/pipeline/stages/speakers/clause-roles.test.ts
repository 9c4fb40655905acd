import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClauseMarks, clauseRoleOfName, clauseRoleOfPronoun } from './clause-roles.js';

const roleOf = (text: string, name: string, from = 0) => {
  const start = text.indexOf(name, from);
  return clauseRoleOfName(text, { start, end: start + name.length });
};

test('a name is the subject when a verb follows it, past a parenthesis or a relative clause', () => {
  assert.equal(roleOf('Ana Kessel married Tomas Brandt in 1990.', 'Ana Kessel'), 'subject');
  assert.equal(roleOf('In 2003, Mira Castell finished second at the Arden Open.', 'Mira Castell'), 'subject');
  assert.equal(roleOf('Karl Osten (1801-1870) was a harbour master.', 'Karl Osten'), 'subject');
  assert.equal(roleOf('Lena Sorvik, who chaired the board, resigned in May.', 'Lena Sorvik'), 'subject');
});

test('a name after a verb is its object; after a preposition, inside the phrase, past a title noun', () => {
  assert.equal(roleOf('Ana Kessel married Tomas Brandt in 1990.', 'Tomas Brandt'), 'object');
  assert.equal(roleOf('The memoir was edited by the poet Mira Castell in 1990.', 'Mira Castell'), 'prepositional');
  assert.equal(roleOf('The council placed its trust in Karl Osten, and he repaid it.', 'Karl Osten'), 'prepositional');
  assert.equal(roleOf("She took Lena Sorvik's advice.", 'Lena Sorvik'), 'possessor');
});

test('a pronoun: "he" the subject, "him" an object or in a phrase, "his" the role of the noun phrase it opens', () => {
  const text = 'Tomas thanked him. His letter was late. She wrote to her. Ana and her staff left.';
  const at = (word: string, from = 0) => {
    const start = text.indexOf(word, from);
    return { start, end: start + word.length };
  };
  assert.equal(clauseRoleOfPronoun(text, at('him'), 'objective'), 'object');
  assert.equal(clauseRoleOfPronoun(text, at('His'), 'possessive'), 'subject');
  assert.equal(clauseRoleOfPronoun(text, at('She'), 'nominative'), 'subject');
  assert.equal(clauseRoleOfPronoun(text, at('her', text.indexOf('wrote')), 'objective'), 'prepositional');
  assert.equal(clauseRoleOfPronoun(text, at('her', text.indexOf('Ana')), 'possessive'), 'subject');
});

test('clause marks between two points are counted by bisection', () => {
  const text = 'Ana left, and Tomas stayed; when it rained, they met.';
  const marks = new ClauseMarks(text);
  assert.equal(marks.between(0, 4), 0);
  // ", and" (2), ";" and "when" (2), "," (1)
  assert.equal(marks.between(0, text.length), 5);
  assert.equal(marks.between(10, 9), 0);
});
