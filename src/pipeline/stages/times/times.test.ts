import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimes, TIME_RULES } from './find.js';

const MAY_9_2025 = new Date('2025-05-09T12:00:00Z');
const values = (text: string, reference: Date | null = MAY_9_2025) => findTimes(text, reference).map((time) => [time.text, time.value]);

test('full dates, months and bare years', () => {
  assert.deepEqual(values('the attacks in southern Israel on Oct. 7, 2023'), [['Oct. 7, 2023', '2023-10-07']]);
  assert.deepEqual(values('at an Islamic summit in Lahore in February 1974'), [['February 1974', '1974-02']]);
  assert.deepEqual(values('back in 2020, the prime minister declared'), [['2020', '2020']]);
  assert.deepEqual(values('Pakistan had supported the resolution in 1975'), [['1975', '1975']]);
  assert.deepEqual(values('In the early 80s, plenty of youths went'), [['the early 80s', '198']]);
});

test('an unanchored date keeps only what the text fixes', () => {
  assert.deepEqual(values('the April 22 terror attacks', null), [['April 22', 'XXXX-04-22']]);
  assert.deepEqual(values('the April 22 terror attacks'), [['April 22', '2025-04-22']]);
});

test('news refers to the past: "July" in a March article is last July, a date a few weeks ahead is not', () => {
  const march = new Date('2025-03-10T12:00:00Z');
  assert.deepEqual(values('The deal was signed in July.', march), [['July', '2024-07']]);
  assert.deepEqual(values('The vote will be held on March 28.', march), [['March 28', '2025-03-28']]);
  assert.deepEqual(values('The border post was raided on Feb. 9.', march), [['Feb. 9', '2025-02-09']]);
});

test('relative dates resolve against the time they refer to', () => {
  assert.deepEqual(values('recognised in February 1974. This was approved six months later at a summit.', null), [
    ['February 1974', '1974-02'],
    ['six months later', '1974-08'],
  ]);
  assert.deepEqual(values('after the April 22 attacks. A week before the April attack, the general spoke.'), [
    ['April 22', '2025-04-22'],
    ['A week before the April attack', '2025-04-15'],
  ]);
  assert.deepEqual(values('The fight has intensified this week.'), [['this week', '2025-W19']]);
  assert.deepEqual(values('Prices rose last month and two years ago.'), [
    ['last month', '2025-04'],
    ['two years ago', '2023'],
  ]);
  assert.deepEqual(values('Strikes hit the depots on Thursday.'), [['on Thursday', '2025-05-08']]);
});

test('durations, recurrences and the present', () => {
  assert.deepEqual(values('They have fought for decades; talks lasted three years.'), [
    ['for decades', 'PXDE'],
    ['three years', 'P3Y'],
  ]);
  assert.deepEqual(values('Every year, volunteers travel.'), [['Every year', 'P1Y']]);
  assert.deepEqual(values('Aid is now arriving.'), [['now', 'PRESENT_REF']]);
  assert.deepEqual(values('a 6-year-old boy and The Daily Star'), []);
});

test('long inputs stay fast', () => {
  const text = `${'On Monday it rained. '.repeat(2000)}${' '.repeat(4000)}May 2025`;
  const started = Date.now();
  findTimes(text, MAY_9_2025);
  assert.ok(Date.now() - started < 5_000);
});

test('weekdays named against a week: "next Friday", "last Wednesday", "Tuesday of last week"', () => {
  const thursday = new Date('2019-01-31T12:00:00Z');
  assert.deepEqual(values('We meet next Friday.', thursday), [['next Friday', '2019-02-08']]);
  assert.deepEqual(values('Where were you last Wednesday?', thursday), [['last Wednesday', '2019-01-23']]);
  assert.deepEqual(values('We met on Tuesday of last week.', thursday), [['on Tuesday of last week', '2019-01-22']]);
});

test('a weekday naming the paper\'s own day in past-tense reporting is that day, even beside a later "will"', () => {
  const sunday = new Date('2026-03-08T12:00:00Z');
  assert.deepEqual(values('The gala on Sunday drew a large crowd, organisers said, and the next one will be in Tarnby.', sunday), [['on Sunday', '2026-03-08']]);
  assert.deepEqual(values('Officials said Monday they will close the Orlen bridge.', new Date('2026-03-09T12:00:00Z')), [['Monday', '2026-03-09']]);
  assert.deepEqual(values('The council will vote on Thursday.', sunday), [['on Thursday', '2026-03-12']]);
  assert.deepEqual(values('Ferries were halted Friday evening.', sunday), [['Friday evening', '2026-03-06TEV']]);
});

test('the same weekday in one article is one day', () => {
  const sunday = new Date('2026-03-08T12:00:00Z');
  assert.deepEqual(
    values('The gala on Sunday drew crowds. Sunday, organisers said, was the busiest night; the mayor will speak about Sunday next week.', sunday)
      .map((pair) => pair[1])
      .slice(0, 2),
    ['2026-03-08', '2026-03-08'],
  );
});

test('a day named again without its year is the day named with it', () => {
  assert.deepEqual(values('The siege of Vell began on Oct. 7, 2023. Survivors of Oct. 7 met in Tarnby.', new Date('2025-02-01T12:00:00Z')), [
    ['Oct. 7, 2023', '2023-10-07'],
    ['Oct. 7', '2023-10-07'],
  ]);
});

test('one value per expression within a text: the same "Feb. 9" resolves once', () => {
  const march = new Date('2026-03-01T12:00:00Z');
  assert.deepEqual(values('The depot at Vell was raided on Feb. 9. Inspectors will return to the site on Feb. 9 next year, the mayor said.', march).slice(0, 2), [
    ['Feb. 9', '2026-02-09'],
    ['Feb. 9', '2026-02-09'],
  ]);
});

test('"later" counts from the date that places the story, not from a date naming an event', () => {
  const may = new Date('2024-05-20T12:00:00Z');
  assert.deepEqual(values('The blockade began on Oct. 7, 2023. Talks opened in February in Oranth. Since the Oct. 7 attack, the port has been shut. Just two months later, a truce was signed.', may), [
    ['Oct. 7, 2023', '2023-10-07'],
    ['February', '2024-02'],
    ['Oct. 7', '2023-10-07'],
    ['two months later', '2024-04'],
  ]);
  assert.deepEqual(
    values('Profit was $3 million in the third quarter of 2025, against $2 million a year earlier. Sales were $9 million, against $8 million a year earlier.', may).map((pair) => pair[1]),
    ['2025-Q3', '2024-Q3', '2024-Q3'],
  );
});

test('the year of a month named alone follows the tense of its own clause', () => {
  const october = new Date('2026-10-20T12:00:00Z');
  assert.deepEqual(values('The dividend is payable Jan. 2 to holders of record.', october), [['Jan. 2', '2027-01-02']]);
  assert.deepEqual(values('The three states are expected to join in April.', october), [['April', '2027-04']]);
  assert.deepEqual(values('The boy was found off the coast in late November, and his family will appeal.', new Date('2027-04-05T12:00:00Z')), [['November', '2026-11']]);
});

test('titles, fractions and habitual phrases are not dates', () => {
  assert.deepEqual(values('The film 1917 played at the Marlow; the album "1989" sold well.'), []);
  assert.deepEqual(values('A quarter of the crew left, and costs were a quarter less.'), []);
  assert.deepEqual(values('Prices shape their daily lives; the weekly paper said so.'), []);
  assert.deepEqual(values('Crowds gather daily outside the court.'), [['daily', 'P1D']]);
});

test('quarters: a year written before them, the year-ago quarter, and a quarter not yet begun in past reporting', () => {
  const january = new Date('1998-01-26T12:00:00Z');
  assert.deepEqual(values('Dorran Mills reported a drop in profits for the fourth quarter.', january), [['the fourth quarter', '1997-Q4']]);
  assert.deepEqual(values('Dorran Mills expects a rise in the third quarter.', january), [['the third quarter', '1998-Q3']]);
  assert.deepEqual(values('In the 1996 second quarter it lost money; in the year-ago third quarter it earned more.', january), [
    ['the 1996 second quarter', '1996-Q2'],
    ['the year-ago third quarter', '1997-Q3'],
  ]);
});

test('stretches of time: halves, "recent years", "the year ended", "the full year"', () => {
  const november = new Date('1989-11-02T12:00:00Z');
  assert.deepEqual(values('They lived in the Varn camps for 2 1/2 years; the crossing took 5 1/2 hours.', november), [
    ['2 1/2 years', 'P2Y6M'],
    ['5 1/2 hours', 'PT5H30M'],
  ]);
  assert.deepEqual(values('Raids on the Tarn road rose in recent years.', november), [['in recent years', 'PXY']]);
  assert.deepEqual(values('For the year ended Sept. 30, Orrin Mills earned more; sales for the full year were flat.', november), [
    ['the year ended', 'P1Y'],
    ['Sept. 30', '1989-09-30'],
    ['the full year', '1989'],
  ]);
});

test('the year of a day named alone: initials do not end the clause, a past act can set a date ahead, a comma ends the clause', () => {
  const october = new Date('1989-10-26T12:00:00Z');
  assert.deepEqual(values('Ana Brell, 52, will succeed Tomas K. Varn Feb. 1, the board said.', october), [['Feb. 1', '1990-02-01']]);
  assert.deepEqual(values('The Harl offer was extended to Nov. 16, the bank said.', october), [['Nov. 16', '1989-11-16']]);
  const march = new Date('1998-03-22T12:00:00Z');
  assert.deepEqual(values('Talks that are supposed to conclude by May, invited the Tarn delegation back.', march), [['May', '1998-05']]);
});

test('every match of a rule holds the words its `needs` names (a text without them is not scanned for it)', () => {
  const sentences = [
    'In recent years the Arden ferry ran daily; in the near future it will sail every week, and in coming months nightly.',
    'Profits in the third quarter of 2019 beat the year-ago quarter and the latest period; the 1990s and the early 80s were leaner.',
    'Two days after today, three weeks ago and a year ago, this morning and last night, the weekend of the 20th century.',
    'Nineteen ninety-six and the year two thousand and five were spoken years; each month the 4th-quarter report came annually.',
  ];
  let checked = 0;
  for (const rule of TIME_RULES) {
    if (!rule.needs) continue;
    for (const sentence of sentences) {
      for (const match of sentence.matchAll(rule.pattern)) {
        assert.ok(rule.needs.test(match[0]), `${rule.rule}: "${match[0]}"`);
        checked++;
      }
    }
  }
  assert.ok(checked >= 12, `${checked} matches checked`);
});
