/** Half-open [start, end) in UTF-16 code units into Document.text (exactly how JavaScript strings index). */
export interface Span {
  start: number;
  end: number;
}

/** Which stage (and version) produced an annotation, and the rule or cue that fired. */
export interface Provenance {
  stage: string;
  version: string;
  rule: string;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function isSpanInside(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Shrinks a span so it does not start or end on white space. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * The spans of `sorted` (ordered by start) that lie inside `outer`, in order: a binary search to the
 * first that starts inside, so a stage that asks this for every claim stays n log n.
 */
export function spansInside<T extends Span>(sorted: readonly T[], outer: Span): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].start < outer.start) low = middle + 1;
    else high = middle;
  }
  const inside: T[] = [];
  for (let index = low; index < sorted.length && sorted[index].start < outer.end; index++) {
    if (sorted[index].end <= outer.end) inside.push(sorted[index]);
  }
  return inside;
}
