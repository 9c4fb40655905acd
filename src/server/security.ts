import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

/** The page may load scripts, styles, workers and data only from this server; no inline script or style. */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Cross-Origin-Resource-Policy', 'same-origin');
};

export const TOKEN_COOKIE = 'claimgraph_token';

const sameToken = (given: string | undefined, token: string) => {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Every request must carry the token: as a bearer header (API clients) or a cookie (the browser).
 * Opening any page with ?token=... once sets the cookie and redirects to the same page without it,
 * so the token does not stay in the address bar or the history.
 */
export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const offered = url.searchParams.get('token');
    if (offered !== null && sameToken(offered, token)) {
      setCookie(c, TOKEN_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      url.searchParams.delete('token');
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    const bearer = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (sameToken(bearer, token) || sameToken(getCookie(c, TOKEN_COOKIE), token)) return next();
    c.header('WWW-Authenticate', 'Bearer');
    return c.json(
      { error: { code: 'E040', message: 'this server needs its token: open the address printed by "claimgraph serve" (it carries ?token=), or send "Authorization: Bearer <token>"' } },
      401,
    );
  };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost)$/i;
export const isLoopback = (host: string) => LOOPBACK.test(host);

/**
 * Writes (POST) only from the UI's own pages: another site's form or script cannot add articles to
 * the ledger through the user's browser. Clients that send no Origin (curl, scripts) are unaffected.
 */
export const sameOriginWrites: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  if ((origin && origin !== new URL(c.req.url).origin) || (site && site !== 'same-origin' && site !== 'none')) {
    return c.json({ error: { code: 'E041', message: 'writes are accepted only from this server’s own pages' } }, 403);
  }
  return next();
};

/**
 * On loopback without a token, only loopback host names are answered: a web page whose domain is
 * re-pointed at 127.0.0.1 (DNS rebinding) cannot read the ledger.
 */
export const loopbackHostOnly: MiddlewareHandler = async (c, next) => {
  const host = new URL(c.req.url).hostname;
  if (!isLoopback(host)) return c.json({ error: { code: 'E041', message: `this server answers to 127.0.0.1 or localhost, not ${host}` } }, 403);
  return next();
};
