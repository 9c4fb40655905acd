import { parseArgs } from 'node:util';
import { startServer } from '../../server/index.js';
import type { CommandContext } from '../context.js';
import { positiveInteger } from '../option-values.js';
import { dbTarget, displayTarget, withStore } from '../store-option.js';
import { ClaimgraphError } from '../../core/errors.js';

export const SERVE_HELP = `Usage: claimgraph serve [options]

Serves the ledger as a web UI and an HTTP API (GET /openapi.json describes it) until interrupted.

Options:
  --port N               the port (default 4173; 0 picks a free one)
  --host ADDRESS         listen on ADDRESS instead of 127.0.0.1; any address other than loopback needs --token
  --token TOKEN          every request must carry it (default $CLAIMGRAPH_TOKEN): the printed address sets it as a cookie
  --db FILE|URL          the store: a SQLite file (default ./claimgraph.db or $CLAIMGRAPH_DB) or a postgres:// URL
  -h, --help             show this help`;

export async function runServe(args: string[], context: CommandContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, token: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    context.stdout.write(`${SERVE_HELP}\n`);
    return 0;
  }
  const port = values.port === '0' ? 0 : positiveInteger(values.port, '--port', 4173);
  if (port > 65535) throw new ClaimgraphError('bad_usage', `--port ${port} is not a port (0-65535)`);
  const token = values.token ?? context.env.CLAIMGRAPH_TOKEN ?? undefined;
  return withStore(values.db, context, { create: false }, async (store) => {
    const server = await startServer({ store, host: values.host, port, token: token || undefined });
    context.stdout.write(`claimgraph serving ${displayTarget(dbTarget(values.db, context))} at\n${server.url}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    return 0;
  });
}
