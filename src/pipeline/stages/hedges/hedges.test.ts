import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findHedges, hedgeLexicon } from './cues.js';
import { learnCues, matchLearnedCues } from './learn.js';

const cues = (text: string) => findHedges(text).map((hedge) => `${hedge.kind}:${hedge.cue}`);

test('each hedge family is found with its kind', () => {
  assert.deepEqual(cues('Pakistan may provide protection.'), ['epistemic:may']);
  assert.deepEqual(cues('Many countries have reportedly refused.'), ['epistemic:reportedly']);
  assert.deepEqual(cues('They exhibit apparent similarities.'), ['attributive:apparent']);
  assert.deepEqual(cues('Some reports suggest that it is true.'), ['epistemic:suggest']);
  assert.deepEqual(cues('The number was nearly 8,000 and about fifty more.'), ['approximator:nearly', 'approximator:about']);
  assert.deepEqual(cues('If Pakistan accepts Israel, it loses Kashmir.'), ['conditional:If']);
  assert.deepEqual(cues('A figure which might have been exaggerated.'), ['epistemic:might have been']);
  assert.deepEqual(cues('He is widely believed to be the leader.'), ['doxastic:believed']);
  assert.deepEqual(cues('It is unclear whether the deal holds.'), ['epistemic:unclear', 'investigation:whether']);
});

test('"about" and "some" hedge only before a number; "may be mentioned" is a figure of speech', () => {
  assert.deepEqual(cues('A book about the war, read by some people.'), []);
  assert.deepEqual(cues('It may be mentioned here that thousands joined.'), []);
});

test('the shipped lexicon was learned, with a kind and precision for every cue', () => {
  const lexicon = hedgeLexicon();
  assert.ok(lexicon.size > 30);
  for (const cue of lexicon.values()) {
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
  assert.deepEqual(matchLearnedCues('You may win.', learned).map((cue) => cue.cue), ['may']);
});
