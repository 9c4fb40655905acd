import type { Span } from '../../../core/span.js';

/**
 * The URL an attribution points to: the document link whose anchor covers or touches the
 * attribution's source or cue ("<a>reported by Euro News</a>", "<a>a 2014 study</a> warned").
 * A link within a few characters of the source counts as next to it ("Euro News (<a>link</a>)").
 * The speakers stage sets it as `url` on each attribution level.
 */
const NEAR = 3;

export function attributionUrl(spans: { sourceSpan: Span | null; cueSpan: Span | null }, links: ReadonlyArray<Span & { url: string }>): string | null {
  const targets = [spans.sourceSpan, spans.cueSpan].filter((span): span is Span => span !== null);
  for (const target of targets) {
    const touching = links.find((link) => link.start < target.end + NEAR && link.end > target.start - NEAR);
    if (touching) return touching.url;
  }
  return null;
}
