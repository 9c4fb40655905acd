// The HTTP server: re-exports only.
export { createApp, type AppOptions } from './app.js';
export { startServer, DEFAULT_WEB_ROOT, type ServeOptions, type RunningServer } from './listen.js';
export { ROUTES, type Route } from './routes.js';
export { openApi } from './openapi.js';
