import { createRequire } from 'node:module';
import { gazetteer } from '../src/pipeline/stages/entities/gazetteer.js';
import { loadNerModel } from '../src/pipeline/stages/entities/model-file.js';
import { tagDocument } from '../src/pipeline/stages/entities/tagger.js';
import { loadConll, scoreEntities } from './conll.js';
import type { Prf } from './metrics.js';

/** Entity-level exact-match scores of the shipped tagger on CoNLL-2003 valid, per type. */
export function evaluateNer(): Record<string, Prf> | null {
  const valid = loadConll('valid');
  if (!valid) return null;
  const model = loadNerModel();
  const places = gazetteer();
  const predicted = valid.flatMap((document) =>
    tagDocument(
      model,
      document.map((sentence) => sentence.words),
      places,
    ),
  );
  return scoreEntities(
    valid.flatMap((document) => document.map((sentence) => sentence.tags)),
    predicted,
  );
}

type Matches = Array<{ terms: Array<{ index?: [number, number] }> }>;
interface Found {
  json(options: object): Matches;
}
interface CompromiseView {
  people(): Found;
  organizations(): Found;
  places(): Found;
}

/**
 * compromise (a rule- and lexicon-based tagger) on the same sentences, as a peer measured in the
 * same run: persons, organisations and places (it has no MISC), mapped back to CoNLL tokens.
 */
export function evaluateCompromise(): Record<string, Prf> | null {
  const valid = loadConll('valid');
  if (!valid) return null;
  const require = createRequire(import.meta.url);
  const nlp = require('compromise') as (text: string) => CompromiseView;
  const sentences = valid.flat();
  const predicted = sentences.map((sentence) => {
    const tags = sentence.words.map(() => 'O');
    const view = nlp(sentence.words.join(' '));
    const mark = (matches: Matches, type: string) => {
      for (const match of matches) {
        const indexes = match.terms.map((term) => term.index?.[1]).filter((index): index is number => index !== undefined);
        indexes.forEach((index, position) => {
          if (index < tags.length && tags[index] === 'O') tags[index] = `${position === 0 ? 'B' : 'I'}-${type}`;
        });
      }
    };
    mark(view.people().json({ terms: { index: true } }), 'PER');
    mark(view.organizations().json({ terms: { index: true } }), 'ORG');
    mark(view.places().json({ terms: { index: true } }), 'LOC');
    return tags;
  });
  // compromise has no MISC: score it on the three types it knows.
  const gold = sentences.map((sentence) => sentence.tags.map((tag) => (tag.endsWith('MISC') ? 'O' : tag)));
  return scoreEntities(gold, predicted);
}
