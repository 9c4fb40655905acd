import { documentFeatures } from './document-features.js';
import { capitalisedWords, sentenceParts, tokenFeatures } from './features.js';
import { compileTagger, fastTag, type CompiledTagger } from './fast-tagger.js';
import type { Gazetteer } from './gazetteer.js';
import type { NerModelFile } from './model-file.js';
import { tag } from './perceptron.js';

const compiledModels = new WeakMap<NerModelFile, { first: CompiledTagger; second: CompiledTagger }>();

/** Tags the sentences of one document (each a list of words) in two passes; returns IOB tags per sentence. */
export function tagDocument(model: NerModelFile, sentences: string[][], places: Gazetteer): string[][] {
  let compiled = compiledModels.get(model);
  if (!compiled) {
    compiled = { first: compileTagger(model.firstPass), second: compileTagger(model.secondPass) };
    compiledModels.set(model, compiled);
  }
  const capitalised = capitalisedWords(sentences);
  const parts = sentences.map((words) => sentenceParts(words, { capitalisedInDocument: capitalised }, places));
  const first = sentences.map((words, index) => fastTag(compiled.first, words, parts[index]));
  const extra = documentFeatures(sentences, first);
  return sentences.map((words, index) => fastTag(compiled.second, words, parts[index], extra[index]));
}

/** The same tagging through feature strings, as training sees it: slower, kept to check the fast path against. */
export function tagDocumentByStrings(model: NerModelFile, sentences: string[][], places: Gazetteer): string[][] {
  const capitalised = capitalisedWords(sentences);
  const features = sentences.map((words) => tokenFeatures(words, { capitalisedInDocument: capitalised }, places));
  const first = sentences.map((words, index) => tag(model.firstPass, words, features[index]));
  const extra = documentFeatures(sentences, first);
  return sentences.map((words, index) =>
    tag(
      model.secondPass,
      words,
      features[index].map((token, position) => [...token, ...extra[index][position]]),
    ),
  );
}
