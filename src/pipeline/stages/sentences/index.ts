import type { Analysis } from '../../../core/analysis.js';
import type { Sentence } from '../../../core/annotations.js';
import { provenanceOf, type Stage } from '../../stage.js';
import { segment } from './segment.js';

export { segment, segmentParagraph, MAX_SENTENCE_LENGTH } from './segment.js';

/**
 * Rule-based sentence segmentation that survives abbreviations ("Gen.", "Oct. 7", "U.S."),
 * initials and closing quotes. Runs over every region (title, dek, body); paragraphs never merge.
 */
export const sentencesStage: Stage = {
  name: 'claimgraph.sentences',
  version: '1.0.0',
  requires: ['document'],
  provides: ['sentences'],
  run(analysis: Analysis): Analysis {
    const { text, regions } = analysis.document;
    const sentences: Sentence[] = [];
    let paragraphOffset = 0;
    for (const region of regions) {
      const found = segment(text, region.start, region.end);
      for (const sentence of found) {
        sentences.push({
          start: sentence.start,
          end: sentence.end,
          region: region.kind,
          paragraph: paragraphOffset + sentence.paragraph,
          provenance: provenanceOf(sentencesStage, sentence.rule),
        });
      }
      paragraphOffset += found.length > 0 ? found[found.length - 1].paragraph + 1 : 0;
    }
    return { ...analysis, sentences };
  },
};
