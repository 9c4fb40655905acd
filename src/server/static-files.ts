import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built web UI from `root`. Any path that is not a file gets index.html, so deep links
 * work; nothing outside `root` is ever read.
 */
export function staticFiles(root: string) {
  const index = join(root, 'index.html');
  return (c: Context) => {
    if (!existsSync(index)) return c.text('The web UI is not built: run "npm run build" (npm ci does it through the prepare script).', 503);
    let path: string;
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      path = '/';
    }
    const wanted = normalize(join(root, path));
    const inside = wanted.startsWith(root.endsWith(sep) ? root : root + sep);
    const file = inside && existsSync(wanted) && statSync(wanted).isFile() ? wanted : index;
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    // Vite names built assets by content hash, so they never change under one name.
    const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    return c.body(readFileSync(file), 200, { 'Content-Type': type, 'Cache-Control': cache });
  };
}
