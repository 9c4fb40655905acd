import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { ClaimgraphError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import { isLoopback } from './security.js';

/** Where `npm run build` puts the web UI (dist/web), found from this compiled file (dist/src/server). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

export interface ServeOptions {
  store: Store;
  host?: string;
  port?: number;
  token?: string;
  webRoot?: string;
  maxUploadBytes?: number;
}

export interface RunningServer {
  /** The address to open, with ?token= when a token guards it. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on loopback unless told otherwise; any other address needs a token. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host) && !options.token) {
    throw new ClaimgraphError('bad_usage', `--host ${host} makes the ledger reachable from other machines: give --token (or $CLAIMGRAPH_TOKEN) too`);
  }
  const app = createApp({ store: options.store, token: options.token, webRoot: options.webRoot ?? DEFAULT_WEB_ROOT, maxUploadBytes: options.maxUploadBytes });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 4173 }, () => resolve(started));
    started.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  const url = `http://${shown}:${port}/${options.token ? `?token=${encodeURIComponent(options.token)}` : ''}`;
  return {
    url,
    port,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
