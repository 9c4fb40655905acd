import { useEffect, useState } from 'react';

/** The whole view state lives in the URL hash: "#/page/arg?key=value". Copy the address, get the same view. */
export interface Route {
  page: string;
  arg: string | null;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const text = hash.replace(/^#\/?/, '');
  const [path, query = ''] = text.split('?', 2);
  const [page = '', ...rest] = path.split('/').map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  return { page: page || 'library', arg: rest.length > 0 ? rest.join('/') : null, params: new URLSearchParams(query) };
}

export function href(page: string, arg?: string | null, params: Record<string, string | number | boolean | undefined | null> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '' && value !== false) search.set(key, String(value));
  const query = search.toString();
  return `#/${page}${arg ? `/${encodeURIComponent(arg)}` : ''}${query ? `?${query}` : ''}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** Changes some parameters of the current view, keeping the page and the other parameters. */
export function updateParams(changes: Record<string, string | number | boolean | undefined | null>, options: { replace?: boolean } = {}): void {
  const route = parseHash(window.location.hash);
  const params: Record<string, string> = Object.fromEntries(route.params.entries());
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === null || value === '' || value === false) delete params[key];
    else params[key] = String(value);
  }
  const next = href(route.page, route.arg, params);
  if (options.replace) window.history.replaceState(null, '', next);
  if (options.replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = next;
}

/** Only http(s) links from article data become hrefs; anything else (javascript:, data:) is shown as text. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
