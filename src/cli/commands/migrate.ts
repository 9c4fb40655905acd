import { parseArgs } from 'node:util';
import { migrateQueue } from '../../queue/worker.js';
import type { CommandContext } from '../context.js';
import { displayTarget, queueTarget, STORE_OPTIONS, STORE_OPTIONS_HELP, writeJson } from '../store-option.js';

export const MIGRATE_HELP = `Usage: claimgraph migrate [options]

Creates or upgrades a PostgreSQL store's schema and its job queue (the queue's tables and
graphile-worker's schema). Running it again is a no-op. Run it once before "claimgraph worker"
and "claimgraph ingest --queue".

Options:
${STORE_OPTIONS_HELP}`;

export async function runMigrate(args: string[], context: CommandContext): Promise<number> {
  const { values } = parseArgs({ args, options: STORE_OPTIONS });
  if (values.help) {
    context.stdout.write(`${MIGRATE_HELP}\n`);
    return 0;
  }
  const target = queueTarget(values.db, context, 'migrate');
  await migrateQueue(target);
  if (values.json) writeJson(context, { store: displayTarget(target), migrated: true });
  else context.stdout.write(`${displayTarget(target)}: the store and its job queue are ready\n`);
  return 0;
}
