import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { ERROR_CODES, isClaimgraphError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { openApi } from './openapi.js';
import { DEFAULT_UPLOAD_BYTES, ROUTES, type RouteContext } from './routes.js';
import { loopbackHostOnly, requireToken, sameOriginWrites, securityHeaders } from './security.js';
import { staticFiles } from './static-files.js';

export interface AppOptions {
  store: Store;
  /** When set, every request must carry it (bearer header or cookie). */
  token?: string;
  /** Answer only loopback host names (the default when there is no token: see loopbackHostOnly). */
  loopbackOnly?: boolean;
  /** The built web UI; without it only the API is served. */
  webRoot?: string;
  maxUploadBytes?: number;
  /** Extra bytes allowed around the upload (multipart headers, several files in one request). */
  maxRequestBytes?: number;
}

const STATUS: Partial<Record<string, 400 | 404 | 413 | 503>> = {
  bad_usage: 400,
  not_found: 404,
  too_large: 413,
  store_unavailable: 503,
  unsupported_format: 400,
  empty_document: 400,
  unreadable_input: 400,
};

const errorBody = (code: string, message: string) => ({ error: { code, message } });

/** The HTTP app: one route per use case over src/queries/, JSON errors, no CORS, a strict CSP. */
export function createApp(options: AppOptions) {
  const context: RouteContext = { store: options.store, maxUploadBytes: options.maxUploadBytes ?? DEFAULT_UPLOAD_BYTES };
  const app = new Hono();
  app.use(securityHeaders);
  if (options.loopbackOnly ?? !options.token) app.use(loopbackHostOnly);
  if (options.token) app.use(requireToken(options.token));
  app.use(sameOriginWrites);
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: options.maxRequestBytes ?? context.maxUploadBytes + 64 * 1024,
      onError: (c) => c.json(errorBody(ERROR_CODES.too_large, `the request is over the ${context.maxUploadBytes}-byte upload limit`), 413),
    }),
  );

  for (const route of ROUTES) {
    app[route.method](route.path, async (c) => {
      const params = route.params ? route.params.parse(c.req.param()) : {};
      const query = route.query ? route.query.parse(c.req.query()) : {};
      return c.json(await route.handle({ params, query, c, context }));
    });
  }
  const description = openApi(ROUTES);
  app.get('/openapi.json', (c) => c.json(description));
  app.all('/api/*', (c) => c.json(errorBody(ERROR_CODES.not_found, `no API route ${c.req.method} ${new URL(c.req.url).pathname}`), 404));
  if (options.webRoot) app.get('*', staticFiles(options.webRoot));

  app.onError((error, c) => {
    if (error instanceof z.ZodError) {
      const message = error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ');
      return c.json(errorBody(ERROR_CODES.bad_usage, message), 400);
    }
    if (error instanceof SyntaxError) return c.json(errorBody(ERROR_CODES.bad_usage, `the request body is not valid JSON: ${error.message}`), 400);
    if (isClaimgraphError(error)) return c.json(errorBody(error.code, error.message), STATUS[error.kind] ?? 500);
    console.error(error);
    return c.json(errorBody('E500', 'internal error (details are in the server log)'), 500);
  });
  return app;
}
