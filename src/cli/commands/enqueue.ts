import { ClaimgraphError } from '../../core/errors.js';
import { sourceHash } from '../../queries/index.js';
import { DEFAULT_MAX_ATTEMPTS } from '../../queue/worker.js';
import { openQueueLedger, type EnqueueOutcome } from '../../store/index.js';
import type { CommandContext } from '../context.js';
import { codedError, errorText } from '../failures.js';
import { readInput, type ReadSettings } from '../inputs.js';
import { positiveInteger } from '../option-values.js';
import { createProgress } from '../progress.js';
import { displayTarget, writeJson } from '../store-option.js';
import { printable } from '../style.js';

/**
 * `ingest --queue`: puts each input's bytes and options into the PostgreSQL store's job queue and
 * returns; workers ("claimgraph worker") analyse and store them. The same bytes enqueued again (or
 * already stored) add nothing.
 */
export async function runEnqueue(target: string, settings: ReadSettings & { inputs: string[] }, values: { json?: boolean; 'max-attempts'?: string }, context: CommandContext): Promise<number> {
  const maxAttempts = positiveInteger(values['max-attempts'], '--max-attempts', DEFAULT_MAX_ATTEMPTS, 100);
  const ledger = await openQueueLedger(target, 'ingest --queue');
  const counts: Record<EnqueueOutcome | 'failed', number> = { queued: 0, requeued: 0, 'already queued': 0, stored: 0, failed: 0 };
  const results: Array<{ source: string; status: EnqueueOutcome | 'failed'; code?: string; message?: string }> = [];
  const progress = createProgress(settings.inputs.length, context.stderr);
  try {
    const options = { published: settings.published, format: settings.format, maxBytes: settings.maxBytes, budgets: settings.budgets };
    for (const input of settings.inputs) {
      try {
        const bytes = await readInput(input, settings.maxBytes, context.stdin);
        const status = await ledger.enqueue({ sourceHash: sourceHash(bytes), name: input, bytes, options, maxAttempts });
        counts[status]++;
        results.push({ source: input, status });
      } catch (error) {
        const coded = codedError(error, input);
        // A database that cannot be reached fails every input alike: stop at the first.
        if (coded.kind === 'store_unavailable') throw coded;
        counts.failed++;
        results.push({ source: input, status: 'failed', code: coded.code, message: coded.message });
        progress.done();
        context.stderr.write(`claimgraph: ${printable(errorText(coded, context.debug))}\n`);
      }
      progress.tick(input);
    }
  } finally {
    progress.done();
    await ledger.close().catch(() => undefined);
  }
  if (values.json) {
    writeJson(context, {
      store: displayTarget(target),
      queued: counts.queued,
      requeued: counts.requeued,
      alreadyQueued: counts['already queued'],
      stored: counts.stored,
      failed: counts.failed,
      results,
    });
  } else {
    context.stdout.write(
      `enqueued ${counts.queued} new${counts.requeued ? `, ${counts.requeued} failed before and queued again` : ''}, ${counts['already queued']} already queued, ${counts.stored} already stored${counts.failed ? `, ${counts.failed} failed` : ''}\n`,
    );
    for (const result of results) if (result.status === 'failed') context.stdout.write(`  failed ${printable(result.source)}: ${result.code}\n`);
    context.stdout.write(`run "claimgraph worker" to process them and "claimgraph status" to follow them\n`);
  }
  return counts.failed > 0 ? 1 : 0;
}

export const notQueueOption = (name: string) => new ClaimgraphError('bad_usage', `${name} works only with --queue`);
