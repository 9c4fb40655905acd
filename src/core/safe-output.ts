/**
 * What may leave claimgraph as a URL or as embeddable JSON. Pages are hostile: a canonical link of
 * `javascript:alert(1)` or a title with `</script>` in it must never reach a file that a browser runs.
 */

/** The URL if it is an absolute http: or https: URL, else null: no javascript:, data:, file: or relative links. */
export function safeUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const EMBED_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON that can sit inside a <script> element: `<`, `>`, `&` (and the two line separators old
 * JavaScript parsers choke on) written as \u escapes. JSON readers see the same strings; an HTML
 * parser never sees `</script>` or `<!--`. Those characters only occur inside JSON strings, so
 * replacing them everywhere is safe.
 */
export function embeddableJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (character) => EMBED_ESCAPES[character]);
}
