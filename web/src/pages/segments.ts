/** A mark laid on the text: a claim, a hedge cue, an entity mention, a number or a date. */
export interface Mark {
  kind: 'claim' | 'hedge' | 'entity' | 'number' | 'date';
  start: number;
  end: number;
  /** Claim id, or entity id for a mention. */
  id?: string;
  title?: string;
}

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/**
 * Cuts [from, to) at every mark boundary, so each piece carries the marks covering all of it.
 * Marks may nest and overlap; the text itself is never changed or re-read as markup.
 */
export function segments(from: number, to: number, marks: Mark[]): Segment[] {
  const inside = marks.filter((mark) => mark.end > from && mark.start < to && mark.end > mark.start);
  const cuts = new Set<number>([from, to]);
  for (const mark of inside) {
    cuts.add(Math.max(from, mark.start));
    cuts.add(Math.min(to, mark.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const result: Segment[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index];
    const end = points[index + 1];
    result.push({ start, end, marks: inside.filter((mark) => mark.start <= start && mark.end >= end) });
  }
  return result;
}
