import { intern } from './features.js';

const firstPassFeatures = new Map<string, string>();

/** "a=<tag>", made once a tag (the tags are the tagger's own few label strings). */
function firstPassFeature(tag: string): string {
  let feature = firstPassFeatures.get(tag);
  if (feature === undefined) {
    feature = intern(`a=${tag}`);
    firstPassFeatures.set(tag, feature);
  }
  return feature;
}

/**
 * Second-pass features: how a first tagger labelled the same word elsewhere in the document.
 * "Hamas" tagged an organisation in one sentence makes it likely one in the next, even at the start
 * of a sentence or in a headline written in capitals (label consistency, Krishnan & Manning 2006).
 */
export function documentFeatures(sentences: string[][], firstPass: string[][]): string[][][] {
  const votes = new Map<string, Map<string, number>>();
  sentences.forEach((words, sentence) => {
    words.forEach((word, index) => {
      const tag = firstPass[sentence][index];
      if (tag === 'O' || !/^\p{Lu}/u.test(word)) return;
      const key = word.toLowerCase();
      const counts = votes.get(key) ?? new Map<string, number>();
      const type = tag.slice(2);
      counts.set(type, (counts.get(type) ?? 0) + 1);
      votes.set(key, counts);
    });
  });
  return sentences.map((words, sentence) =>
    words.map((word, index) => {
      const features = [firstPassFeature(firstPass[sentence][index])];
      const counts = votes.get(word.toLowerCase());
      if (!counts) return features;
      // Leave this very occurrence out of its own vote.
      const own = firstPass[sentence][index];
      const adjusted = new Map(counts);
      if (own !== 'O' && /^\p{Lu}/u.test(word)) adjusted.set(own.slice(2), (adjusted.get(own.slice(2)) ?? 0) - 1);
      const ranked = [...adjusted].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      if (ranked.length > 0) features.push(intern(`doc=${ranked[0][0]}`), intern(`doc-a=${ranked[0][0]}|${own}`));
      return features;
    }),
  );
}
