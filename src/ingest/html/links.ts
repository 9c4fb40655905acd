/**
 * Hyperlinks are data: resolved to an absolute URL against the page's canonical URL, kept only when
 * http(s), never fetched. javascript:, mailto:, data: and fragment-only links are dropped.
 */
export function absoluteHttpUrl(href: string, base: string | null): string | null {
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('#')) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href;
}
