import { parseArgs } from 'node:util';
import { ingestAll } from '../../queries/index.js';
import type { CommandContext } from '../context.js';
import { errorText } from '../failures.js';
import { READ_OPTIONS, READ_OPTIONS_HELP, readInput, readSettings } from '../inputs.js';
import { createProgress } from '../progress.js';
import { dbTarget, displayTarget, queueTarget, STORE_OPTIONS, STORE_OPTIONS_HELP, withStore, writeJson } from '../store-option.js';
import { notQueueOption, runEnqueue } from './enqueue.js';
import { printable } from '../style.js';

export const INGEST_HELP = `Usage: claimgraph ingest [options] <file|directory|->...

Analyses articles and stores them, with their claims, entities, relations and the links between
their claims and those already stored. Re-ingesting an unchanged file does nothing. Articles are
saved whole, several to a transaction when analysis runs ahead of the writer: an interrupted ingest
never leaves half an article, and re-running it stores what is missing.

Options:
  --published YYYY-MM-DD publication date for inputs that do not give one
  --format html|text     read every input as this format
  --jobs N               analysis threads (default: one per core); one writer saves in input order
  --queue                enqueue the inputs in a PostgreSQL store's job queue and return at once;
                         "claimgraph worker" processes them, "claimgraph status" follows them
  --max-attempts N       with --queue: attempts before unexpected errors fail an input (default 5)
${READ_OPTIONS_HELP}
${STORE_OPTIONS_HELP}

A file that fails (bad input, a budget, a store error such as a full disk or a lost connection)
is reported with its code and the batch goes on; the summary lists what was stored and what failed.
Exit status: 0 when every input was stored or unchanged, 1 when any failed, 2 on a usage error.`;

export async function runIngest(args: string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...STORE_OPTIONS, ...READ_OPTIONS, queue: { type: 'boolean', default: false }, 'max-attempts': { type: 'string' } },
  });
  if (values.help) {
    context.stdout.write(`${INGEST_HELP}\n`);
    return 0;
  }
  const settings = readSettings('ingest', values, positionals);
  if (values.queue) return runEnqueue(queueTarget(values.db, context, 'ingest --queue'), settings, values, context);
  if (values['max-attempts'] !== undefined) throw notQueueOption('--max-attempts');
  const { published, format, maxBytes, budgets, jobs, inputs } = settings;

  return withStore(values.db, context, { create: true }, async (store) => {
    const summary = { added: 0, unchanged: 0, failed: 0, claims: 0, links: 0 };
    const results: Array<{ source: string; status: string; documentId?: string; claims?: number; links?: number; code?: string; kind?: string; message?: string; budget?: string }> = [];
    const progress = createProgress(inputs.length, context.stderr);
    const batch = inputs.map((input) => ({ source: input, read: () => readInput(input, maxBytes, context.stdin), options: { source: input, published, format, maxBytes, budgets } }));
    for await (const { source, result, error } of ingestAll(store, batch, jobs)) {
      if (result) {
        summary[result.status === 'added' ? 'added' : 'unchanged']++;
        summary.claims += result.claims;
        summary.links += result.links;
        results.push({ source, ...result });
      } else if (error) {
        summary.failed++;
        results.push({ source, status: 'failed', code: error.code, kind: error.kind, message: error.message, ...(error.budget ? { budget: error.budget } : {}) });
        progress.done();
        context.stderr.write(`claimgraph: ${printable(errorText(error, context.debug))}\n`);
      }
      progress.tick(source);
    }
    progress.done();
    const target = displayTarget(dbTarget(values.db, context));
    if (values.json) writeJson(context, { store: target, ...summary, results });
    else {
      context.stdout.write(
        `ingested ${summary.added} new, ${summary.unchanged} unchanged${summary.failed ? `, ${summary.failed} failed` : ''}: ${summary.claims} claims, ${summary.links} links added\n`,
      );
      for (const result of results) if (result.status === 'failed') context.stdout.write(`  failed ${printable(result.source)}: ${result.code}${result.budget ? ` (${result.budget} budget)` : ''}\n`);
      // The store may be what failed (a lost connection): the summary above stands without its totals.
      const counts = await store.counts().catch(() => null);
      if (counts)
        context.stdout.write(
          `${printable(target)} now holds ${counts.documents} articles, ${counts.claims} claims, ${counts.entities} entities, ${counts.relations} relations, ${counts.links} links\n`,
        );
    }
    return summary.failed > 0 ? 1 : 0;
  });
}
