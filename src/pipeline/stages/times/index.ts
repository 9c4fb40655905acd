import type { Analysis } from '../../../core/analysis.js';
import type { TimeExpression } from '../../../core/annotations.js';
import { provenanceOf, type Stage } from '../../stage.js';
import { findTimes } from './find.js';

export { findTimes } from './find.js';

/** The publication date as the instant relative dates count from (noon UTC, so no time zone moves the day). */
export function referenceDate(published: string | null): Date | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  const date = new Date(`${published.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Temporal expressions with TIMEX3-style values, read over the whole body (so that "six months later"
 * can count from a date in an earlier sentence) and attached to the claims they stand in.
 */
export const timesStage: Stage = {
  name: 'claimgraph.times',
  version: '1.1.0',
  requires: ['claims'],
  provides: ['times'],
  run(analysis: Analysis): Analysis {
    const { document } = analysis;
    const body = document.regions.find((region) => region.kind === 'body');
    if (!body) return analysis;
    const reference = referenceDate(document.meta.published);
    const found: TimeExpression[] = findTimes(document.text.slice(body.start, body.end), reference).map((time) => ({
      start: body.start + time.start,
      end: body.start + time.end,
      text: time.text,
      value: time.value,
      type: time.type,
      provenance: provenanceOf(timesStage, `time.${time.rule}${reference ? '' : '.unanchored'}`),
    }));
    // Found times are in text order: each claim takes its own by a binary search, not a scan of all.
    const claims = analysis.claims.map((claim) => {
      let low = 0;
      let high = found.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (found[middle].start < claim.start) low = middle + 1;
        else high = middle;
      }
      const times: TimeExpression[] = [];
      for (let index = low; index < found.length && found[index].start < claim.end; index++) {
        if (found[index].end <= claim.end) times.push(found[index]);
      }
      return { ...claim, times };
    });
    return { ...analysis, claims };
  },
};
