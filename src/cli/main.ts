import { ERROR_CODES, isClaimgraphError } from '../core/errors.js';
import { codedError, errorText } from './failures.js';
import { VERSION } from '../version.js';
import type { CommandContext } from './context.js';
import { keepHeapsTight } from './heap-growth.js';

const HELP = `claimgraph ${VERSION}: who claims what, about whom, on whose word, and how firmly.

Usage: claimgraph <command> [options]

Commands:
  analyze <file|dir|->...   analyse articles and print a report (or --json)
  ingest <file|dir|->...    analyse articles into a store (SQLite file by default)
  reanalyze                 re-run the pipeline on stored articles analysed by older stages
  entity <name>             an actor: aliases, articles, claims about it by source, relations
  claims                    stored claims, filtered by entity, attribution, source, type, hedging, date
  links                     claims that repeat, corroborate or contradict each other
  search <words>            full-text search over claims and articles
  timeline                  dated claims in event order, with the report date beside each
  export                    GraphML, GEXF, CSV, JSON-LD or W3C Web Annotations
  check                     check a store's integrity; --dump DIR saves what a damaged store still holds
  serve                     the ledger as a web UI and an HTTP API on http://127.0.0.1:4173

Job queue (PostgreSQL, for several worker processes or machines):
  migrate                   create or upgrade the store's schema and the job queue's
  worker                    run queued articles (ingest --queue) until stopped, or --drain
  status                    queued, running, done and failed articles, throughput, failures

Every command takes --debug, which adds a stack trace to any error.

Run "claimgraph <command> --help" for a command's options.`;

type Command = (args: string[], context: CommandContext) => Promise<number>;

/** Commands that read many articles in one run: their heaps are kept close to their live size. */
const BATCH_COMMANDS = new Set(['analyze', 'ingest', 'reanalyze', 'worker']);

/** Commands are loaded lazily, so "claimgraph --help" does not pay for the whole pipeline. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./commands/analyze.js')).runAnalyze,
  ingest: async () => (await import('./commands/ingest.js')).runIngest,
  reanalyze: async () => (await import('./commands/reanalyze.js')).runReanalyze,
  entity: async () => (await import('./commands/entity.js')).runEntity,
  claims: async () => (await import('./commands/claims.js')).runClaims,
  links: async () => (await import('./commands/links.js')).runLinks,
  search: async () => (await import('./commands/search.js')).runSearch,
  timeline: async () => (await import('./commands/timeline.js')).runTimeline,
  export: async () => (await import('./commands/export.js')).runExport,
  check: async () => (await import('./commands/check.js')).runCheck,
  serve: async () => (await import('./commands/serve.js')).runServe,
  migrate: async () => (await import('./commands/migrate.js')).runMigrate,
  worker: async () => (await import('./commands/worker.js')).runWorker,
  status: async () => (await import('./commands/status.js')).runStatus,
};

export async function main(args: string[], context: CommandContext): Promise<number> {
  const debug = args.includes('--debug');
  const [name, ...rest] = args.filter((arg) => arg !== '--debug');
  context = { ...context, debug: debug || context.debug };
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    context.stdout.write(`${HELP}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    context.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    context.stderr.write(`claimgraph: unknown command "${name}"\n\n${HELP}\n`);
    return 2;
  }
  if (BATCH_COMMANDS.has(name)) keepHeapsTight();
  try {
    return await (
      await load()
    )(rest, context);
  } catch (error) {
    // parseArgs reports unknown or malformed options with these codes.
    const code = (error as { code?: string }).code;
    if (!isClaimgraphError(error) && code && code.startsWith('ERR_PARSE_ARGS')) {
      context.stderr.write(`claimgraph: [${ERROR_CODES.bad_usage}] ${(error as Error).message}\n`);
      return 2;
    }
    const coded = codedError(error);
    context.stderr.write(`claimgraph: ${errorText(coded, context.debug)}\n`);
    if (!context.debug && !isClaimgraphError(error) && coded.kind === 'stage_failed') context.stderr.write('claimgraph: run with --debug for the stack trace\n');
    return coded.kind === 'bad_usage' ? 2 : 1;
  }
}
