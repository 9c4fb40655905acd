import { parseArgs } from 'node:util';
import { reanalyze } from '../../queries/index.js';
import type { CommandContext } from '../context.js';
import { createProgress } from '../progress.js';
import { STORE_OPTIONS, STORE_OPTIONS_HELP, withStore, writeJson } from '../store-option.js';

export const REANALYZE_HELP = `Usage: claimgraph reanalyze [options]

Runs the current pipeline again on every stored article whose analysis came from other stage
versions, replacing that analysis (each article in its own transaction).

Options:
${STORE_OPTIONS_HELP}`;

export async function runReanalyze(args: string[], context: CommandContext): Promise<number> {
  const { values } = parseArgs({ args, options: STORE_OPTIONS });
  if (values.help) {
    context.stdout.write(`${REANALYZE_HELP}\n`);
    return 0;
  }
  return withStore(values.db, context, { create: false }, async (store) => {
    let progress: ReturnType<typeof createProgress> | null = null;
    const result = await reanalyze(store, {
      onDocument: (saved, index, total) => {
        progress ??= createProgress(total, context.stderr);
        progress.tick(saved.documentId);
      },
    });
    (progress as ReturnType<typeof createProgress> | null)?.done();
    if (values.json) writeJson(context, result);
    else {
      context.stdout.write(result.stale === 0 ? 'every stored article is up to date\n' : `re-analysed ${result.replaced} of ${result.stale} stale articles\n`);
      for (const failure of result.failed) context.stdout.write(`  failed ${failure.documentId}: ${failure.message}\n`);
    }
    return result.failed.length > 0 ? 1 : 0;
  });
}
