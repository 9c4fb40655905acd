import assert from 'node:assert/strict';
import { test } from 'node:test';
import { personCuesOf } from './person-cues.js';

const cuesOf = (text: string, name: string, surnames: string[] = []) => {
  const start = text.indexOf(name);
  return personCuesOf(text, { start, end: start + name.length, text: name }, new Set(surnames));
};

test('a name typed a place or a body shows itself a person by a given name, a surname, "who", a title, a life event', () => {
  assert.deepEqual(cuesOf('Eleanor was a daughter of the duke.', 'Eleanor'), { cues: ['given-name'], gender: 'female' });
  assert.deepEqual(cuesOf('Later Osten coached at a school.', 'Osten', ['Osten']).cues, ['surname']);
  assert.deepEqual(cuesOf('The prize went to Varkel, who declined it.', 'Varkel').cues, ['who']);
  assert.deepEqual(cuesOf('He wrote to Dr. Varkel in May.', 'Varkel').cues, ['title']);
  assert.deepEqual(cuesOf('Varkel was born in a fishing town.', 'Varkel').cues, ['life']);
  assert.deepEqual(cuesOf("Varkel's mother ran the mill.", 'Varkel').cues, ['kin']);
});

test('a given name after a preposition of place is a place: "in Arden" says nothing of a person', () => {
  assert.deepEqual(cuesOf('Ana Kessel arrived in Arden on Monday.', 'Arden'), { cues: [] });
  assert.deepEqual(cuesOf('The ministry in Varkel said so.', 'Varkel'), { cues: [] });
});

test('a role word, a given name and a surname end a name typed a body: "House Speaker Tomas Brandt"', () => {
  assert.deepEqual(cuesOf('House Speaker Tomas Brandt said so.', 'House Speaker Tomas Brandt'), { cues: ['role-name'], gender: 'male' });
  assert.deepEqual(cuesOf('The union colleague Ana Kessel agreed.', 'union colleague Ana Kessel').gender, 'female');
  // No role word before the given name: "Arden Harbour Tomas Trust" says nothing.
  assert.deepEqual(cuesOf('Arden Harbour Tomas Trust paid.', 'Arden Harbour Tomas Trust'), { cues: [] });
});
