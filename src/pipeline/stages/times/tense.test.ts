import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tenseAround } from './tense.js';

const tenseOf = (text: string, expression: string) => {
  const start = text.indexOf(expression);
  return tenseAround(text, start, start + expression.length);
};

test('a past verb right beside the date decides, whatever the reported clause says', () => {
  assert.equal(tenseOf('Port officials said Monday they will reopen the Tarn dock.', 'Monday'), 'past');
  assert.equal(tenseOf('A Velm court Thursday refused to hear the appeal.', 'Thursday'), 'past');
  assert.equal(tenseOf('The ferry was halted on Friday.', 'Friday'), 'past');
});

test('a look-ahead word in the clause makes it future', () => {
  assert.equal(tenseOf('The council will vote on Thursday.', 'Thursday'), 'future');
  assert.equal(tenseOf('Talks are set to resume Monday in Orrin.', 'Monday'), 'future');
  assert.equal(tenseOf('The envoy could arrive as soon as Tuesday.', 'Tuesday'), 'future');
  assert.equal(tenseOf('The vote will be held on March 28.', 'March 28'), 'future');
});

test('"until" looks ahead, unless a past perfect or "not until" turns it back', () => {
  assert.equal(tenseOf('Until Thursday, the police had not named a suspect.', 'Thursday'), 'past');
  assert.equal(tenseOf('It was not until Tuesday that the mayor spoke.', 'Tuesday'), 'past');
  assert.equal(tenseOf('The hearing was postponed until Tuesday.', 'Tuesday'), 'future');
});

test('no cue at all is unknown', () => {
  assert.equal(tenseOf('Crowds in Lusk on Sunday.', 'Sunday'), 'unknown');
});
