import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bylineLineNames, cleanAuthorName, cleanAuthors, personShaped } from './authors.js';

test('placeholders, credits and web addresses are not authors', () => {
  for (const name of ['No Author', 'admin', 'jdadmin', 'Staff', 'News Desk', 'Arden Bureau', 'Mara Lind/Reuters files', 'Photo: Ivo Brandt', 'www.ardenpost.example']) {
    assert.equal(cleanAuthorName(name), null, name);
  }
});

test('author names are decoded and stripped of labels and roles', () => {
  assert.equal(cleanAuthorName('Keira O&#039;Malley'), "Keira O'Malley");
  assert.equal(cleanAuthorName('By TOM KRISK, AP Auto Writer'), 'Tom Krisk');
  assert.equal(cleanAuthorName('Arden Radio (www.ardenradio.com)'), null);
  assert.equal(cleanAuthorName('Ivo Brandt. Fernhill Review'), 'Ivo Brandt');
  assert.equal(cleanAuthorName('Written by: Juno Marlow'), 'Juno Marlow');
});

test("the site's own name is not its author", () => {
  assert.deepEqual(cleanAuthors(['Elm Bay Forum', 'Juno Marlow'], ['Elm Bay Forum']), ['Juno Marlow']);
  assert.deepEqual(cleanAuthors(['ardenpost'], [null, 'ardenpost']), []);
});

test('a visible byline line gives its names; a sentence starting "By" does not', () => {
  assert.deepEqual(bylineLineNames('By ANA RUIZ and BO CHEN, Staff Writers'), ['Ana Ruiz', 'Bo Chen']);
  assert.deepEqual(bylineLineNames('Written by: Julie Marsh'), ['Julie Marsh']);
  assert.equal(bylineLineNames('By the time the ferry docked, the strike was over.'), null);
  assert.ok(personShaped('Carl Nadir'));
  assert.ok(!personShaped('Syrian defense ministries'));
});
