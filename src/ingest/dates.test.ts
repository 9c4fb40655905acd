import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateLineDate, findCalendarDate, monthFirstLocale } from './dates.js';

test('written dates in several forms keep the day as written', () => {
  assert.equal(findCalendarDate('PUBLISHED: November 8, 2023 at 11:30 p.m.')?.date, '2023-11-08');
  assert.equal(findCalendarDate('Wed, 08 Nov 2023 23:30:00 -0500')?.date, '2023-11-08');
  assert.equal(findCalendarDate('Wednesday, June 5th, 2024')?.date, '2024-06-05');
  assert.equal(findCalendarDate('Date 19.01.2020')?.date, '2020-01-19');
  assert.equal(findCalendarDate('2024/05/06')?.date, '2024-05-06');
  assert.equal(findCalendarDate('31 February 2024'), null);
});

test('a slashed date is read in the page locale order unless one part cannot be a month', () => {
  assert.equal(findCalendarDate('03/12/2024', true)?.date, '2024-03-12');
  assert.equal(findCalendarDate('12/03/2024', false)?.date, '2024-03-12');
  assert.equal(findCalendarDate('25/03/2024', true)?.date, '2024-03-25');
  assert.ok(monthFirstLocale('en-US'));
  assert.ok(!monthFirstLocale('en-GB'));
});

test('a date line is a label, a date and a time, nothing else', () => {
  assert.deepEqual(dateLineDate('Posted on 3 March 2024 | 10:14'), { date: '2024-03-03', rule: 'date-line.day-month-year', updated: false });
  assert.equal(dateLineDate('Updated Nov 19, 2019 9:41 AM')?.updated, true);
  assert.equal(dateLineDate('The harbour was closed on March 3, 2024 after the storm'), null);
  // A day without a year is read only with a year from elsewhere.
  assert.equal(dateLineDate('Posted Nov 18, 8:19 PM'), null);
  assert.equal(dateLineDate('Posted Nov 18, 8:19 PM', true, 2019)?.date, '2019-11-18');
});
