import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EVENT_PATTERNS, findEvents } from './events.js';

const SENTENCES = [
  'Veterans of the First Intifada and of the 1988 siege of Tollen met on Monday.',
  'Since the Oct. 7 attacks and the March 12, 2019 terrorist bombings in Odra, the Karsk Summit has met twice.',
  'Historians of the Arden Border War and the Sellan Declaration of Independence disagree about the 1971 uprising in Sellan.',
];

test('events are found in fictional sentences: intifadas, year-and-noun, dated attacks, capitalised names of wars and summits', () => {
  const found = SENTENCES.flatMap((sentence) => findEvents(sentence).map((event) => event.text));
  assert.deepEqual(found, [
    'First Intifada',
    '1988 siege of Tollen',
    'Oct. 7 attacks',
    'March 12, 2019 terrorist bombings',
    'Karsk Summit',
    'Arden Border War',
    'Sellan Declaration of Independence',
    '1971 uprising in Sellan',
  ]);
});

test('every match of an event pattern spells one of its `needs` (a text with none is not scanned for it)', () => {
  let checked = 0;
  for (const { pattern, needs } of EVENT_PATTERNS) {
    if (needs.length === 0) continue;
    for (const sentence of SENTENCES) {
      for (const match of sentence.matchAll(pattern)) {
        assert.ok(
          needs.some((word) => match[0].includes(word)),
          `${pattern}: "${match[0]}"`,
        );
        checked++;
      }
    }
  }
  assert.ok(checked >= 5, `${checked} matches checked`);
});
