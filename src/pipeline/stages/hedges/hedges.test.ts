import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findHedges, hedgeLexicon } from './cues.js';
import { learnCues, matchLearnedCues } from './learn.js';
import { HEDGE_RULES } from './rules.js';
import { STRENGTH_ORDER } from './strength.js';

const cues = (text: string) => findHedges(text).map((hedge) => `${hedge.kind}:${hedge.cue}`);
const words = (text: string) => findHedges(text).map((hedge) => hedge.cue.toLowerCase());

test('each hedge family is found with its kind', () => {
  assert.deepEqual(cues('Pakistan may provide protection.'), ['epistemic:may']);
  assert.deepEqual(cues('They exhibit apparent similarities.'), ['attributive:apparent']);
  assert.deepEqual(cues('Some reports suggest that it is true.'), ['epistemic:suggest']);
  assert.deepEqual(cues('The number was nearly 8,000 and about fifty more.'), ['approximator:nearly', 'approximator:about']);
  assert.deepEqual(cues('If Pakistan accepts Israel, it loses Kashmir.'), ['conditional:If']);
  assert.deepEqual(cues('A figure which might have been exaggerated.'), ['epistemic:might have been']);
  assert.deepEqual(cues('It is unclear whether the deal holds.'), ['doubt:It is unclear whether']);
});

test('"could", "might" and "may" hedge when they speak of a possibility', () => {
  assert.deepEqual(words('The strike at the Orlen mill could delay the harvest.'), ['could']);
  assert.deepEqual(words('The toll bridge might open before the election.'), ['might']);
  assert.deepEqual(words('The ruling may not survive an appeal.'), ['may']);
});

test('not hedges: inability, refused permission, permission, the month', () => {
  assert.deepEqual(words('The mayor could not attend the opening.'), []);
  assert.deepEqual(words('Visitors may not enter the quarry after dark.'), []);
  assert.deepEqual(words('Residents may apply for the grant until Friday.'), []);
  assert.deepEqual(words('From the tower the guards could see the valley.'), []);
  assert.deepEqual(words('The fair returns to Kessin in May.'), []);
});

test('estimation, doubt and scope', () => {
  assert.deepEqual(words('About forty families are estimated to have left the valley.'), ['about', 'estimated to have']);
  assert.deepEqual(words('The smuggler is believed to be hiding near Dorn.'), ['believed to be']);
  assert.deepEqual(words('It’s doubtful the ferry will run this season.'), ['it’s doubtful']);
  assert.deepEqual(words('Roughly 2,400 runners finished.'), ['roughly']);
  assert.deepEqual(words('The plan is roughly what the mayor promised.'), ['roughly']);
  assert.deepEqual(words('There is no doubt the canal was built in 1890.'), []);
});

test('negated belief and deliberation are not hedges', () => {
  assert.deepEqual(words('The coach didn’t think the team would reach the final.'), []);
  assert.deepEqual(words('The appeal is being considered by the Court.'), []);
});

test('"about" and "some" hedge only before a number; "may be mentioned" is a figure of speech', () => {
  assert.deepEqual(cues('A book about the war, read by some people.'), []);
  assert.deepEqual(cues('It may be mentioned here that thousands joined.'), []);
});

test('every hedge has a strength a reader can sort on: "might" doubts more than "nearly"', () => {
  const [might, nearly] = findHedges('The count might be wrong: nearly 8,000 were listed.');
  assert.equal(might.strength, 'strong');
  assert.equal(nearly.strength, 'weak');
  assert.ok(STRENGTH_ORDER[might.strength] > STRENGTH_ORDER[nearly.strength]);
  for (const rule of HEDGE_RULES)
    assert.ok(
      findHedges(rule.example).some((hedge) => hedge.rule === `rule.${rule.name}` || hedge.kind === rule.kind),
      rule.name,
    );
});

test('the shipped lexicon was learned, with a kind and precision for every cue and a context model', () => {
  const lexicon = hedgeLexicon();
  assert.ok(lexicon.cues.size > 30);
  assert.ok(lexicon.context && Object.keys(lexicon.context.weights).length > 100);
  for (const cue of lexicon.cues.values()) {
    assert.ok(cue.precision > 0 && cue.precision <= 1);
    assert.ok(['epistemic', 'doxastic', 'conditional', 'investigation'].includes(cue.kind));
  }
});

test('learning keeps words that are usually cues and drops words that rarely are', () => {
  const sentences = [
    { text: 'It may rain.', cues: [{ start: 3, end: 6, kind: 'epistemic' }] },
    { text: 'They may go.', cues: [{ start: 5, end: 8, kind: 'epistemic' }] },
    { text: 'If so, we stay.', cues: [{ start: 0, end: 2, kind: 'conditional' }] },
    { text: 'We stay if so.', cues: [] },
    { text: 'If it rains, we go.', cues: [] },
    { text: 'If not, fine.', cues: [] },
  ];
  const learned = new Map(learnCues(sentences, 0.5, 2).map((cue) => [cue.cue, cue]));
  assert.deepEqual([...learned.keys()], ['may']);
  assert.deepEqual(
    matchLearnedCues('You may win.', learned).map((cue) => cue.cue),
    ['may'],
  );
});
