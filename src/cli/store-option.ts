import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ClaimgraphError } from '../core/errors.js';
import { DEFAULT_DB_FILE, openStore, type Store } from '../store/index.js';
import type { CommandContext } from './context.js';

/** The options every store command takes. */
export const STORE_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export const STORE_OPTIONS_HELP = `  --db FILE|URL          the store: a SQLite file (default ./${DEFAULT_DB_FILE}) or a postgres:// URL
  --json                 print JSON on stdout instead of a report
  -h, --help             show this help`;

/** The --db value, or the default file in the working directory (or CLAIMGRAPH_DB). */
export function dbTarget(value: string | undefined, context: CommandContext): string {
  return value ?? context.env.CLAIMGRAPH_DB ?? DEFAULT_DB_FILE;
}

/** The --db value as it may be printed: a URL's user and password are never shown. */
export function displayTarget(target: string): string {
  return target.replace(/^(postgres(?:ql)?:\/\/)[^@/]*@/i, '$1…@');
}

/**
 * Opens the store for a command, runs it, and always closes it. Read-only commands refuse a
 * missing SQLite file instead of creating an empty one.
 */
export async function withStore<T>(value: string | undefined, context: CommandContext, options: { create: boolean }, run: (store: Store) => Promise<T>): Promise<T> {
  const target = dbTarget(value, context);
  const isUrl = /^postgres(?:ql)?:\/\//i.test(target);
  if (!isUrl && !options.create && !existsSync(target)) {
    throw new ClaimgraphError('store_unavailable', `no store at ${resolve(target)}: run "claimgraph ingest <files> --db ${target}" first`);
  }
  const store = await openStore(target);
  try {
    return await run(store);
  } finally {
    // A store that failed mid-command (a lost connection) may fail to close too: the first error stands.
    await store.close().catch(() => undefined);
  }
}

export const writeJson = (context: CommandContext, value: unknown) => context.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

/** The store for a job-queue command, which must be PostgreSQL (the queue lives in the database all workers share). */
export function queueTarget(value: string | undefined, context: CommandContext, command: string): string {
  const target = dbTarget(value, context);
  if (!/^postgres(?:ql)?:\/\//i.test(target)) {
    throw new ClaimgraphError(
      'queue_unavailable',
      `${command} needs a PostgreSQL store: set CLAIMGRAPH_DB=postgres://user@host/database (or --db URL); "${displayTarget(target)}" is a SQLite file, which one process ingests into with plain "claimgraph ingest"`,
    );
  }
  return target;
}
