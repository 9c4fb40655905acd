import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import type { DomNode } from './block-text.js';
import { structuralKind } from './structure.js';

const kindOf = (html: string) => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return structuralKind(document.body.firstElementChild as unknown as DomNode);
};

test('repeated link + image + headline blocks are a related-stories module', () => {
  const cards = ['Ferry fares rise again', 'Pier reopens after repairs', 'Gulls blamed for losses', 'Market hall to close']
    .map((title, index) => `<div><a href="/s/${index}"><img src="${index}.jpg">${title}</a></div>`)
    .join('');
  assert.equal(kindOf(`<div>${cards}</div>`), 'related');
});

test('images with short captions are a gallery; bare short links are a menu', () => {
  const slides = [1, 2, 3, 4].map((index) => `<div><img src="${index}.jpg"><span>Waves at the pier, slide ${index}</span></div>`).join('');
  assert.equal(kindOf(`<div>${slides}</div>`), 'gallery');
  assert.equal(kindOf('<ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/arts">Arts</a></li><li><a href="/travel">Travel</a></li></ul>'), 'navigation');
});

test('an article of pictures between paragraphs of prose is no module', () => {
  const sentence = 'The council voted on Tuesday to delay the harbour works for another season, citing costs that have doubled.';
  const blocks = [1, 2, 3, 4].map((index) => `<p><img src="${index}.jpg"></p><p>${sentence}</p>`).join('');
  assert.equal(kindOf(`<div>${blocks}</div>`), null);
  // A list of sources whose links sit inside sentences is content.
  const sources = [1, 2, 3].map((index) => `<li>The auditor's report of ${2020 + index} <a href="/r/${index}">is here</a> and says the accounts were incomplete and hard to follow.</li>`).join('');
  assert.equal(kindOf(`<ul>${sources}</ul>`), null);
});
