import { parseArgs } from 'node:util';
import { openQueueLedger } from '../../store/index.js';
import type { CommandContext } from '../context.js';
import { positiveInteger } from '../option-values.js';
import { displayTarget, queueTarget, STORE_OPTIONS, STORE_OPTIONS_HELP, writeJson } from '../store-option.js';
import { printable } from '../style.js';

export const STATUS_HELP = `Usage: claimgraph status [options]

The job queue of a PostgreSQL store: articles queued, running, done and failed, the throughput
(done in the last minute, and per second since the oldest live worker started), the live workers,
and the latest failures with their file names and errors.

Options:
  --failures N           how many of the latest failures to list (default 10)
${STORE_OPTIONS_HELP}`;

export async function runStatus(args: string[], context: CommandContext): Promise<number> {
  const { values } = parseArgs({ args, options: { ...STORE_OPTIONS, failures: { type: 'string' } } });
  if (values.help) {
    context.stdout.write(`${STATUS_HELP}\n`);
    return 0;
  }
  const target = queueTarget(values.db, context, 'status');
  const failures = positiveInteger(values.failures, '--failures', 10, 1000);
  const ledger = await openQueueLedger(target, 'status');
  try {
    const status = await ledger.status({ failures });
    if (values.json) {
      writeJson(context, { store: displayTarget(target), ...status });
      return 0;
    }
    const out = (line: string) => context.stdout.write(`${line}\n`);
    out(`${displayTarget(target)}: ${status.queued} queued, ${status.running} running, ${status.done} done, ${status.failed} failed${status.retrying ? ` (${status.retrying} waiting to retry)` : ''}`);
    if (status.stalled > 0) out(`${status.stalled} queued without a job to run them (their worker lost the database on the last attempt): run "claimgraph ingest --queue" over them again`);
    const rate = status.throughput.perSecondSinceStart;
    out(`throughput: ${status.throughput.lastMinute} done in the last minute${rate === null ? '; no worker running' : `, ${rate.toFixed(2)} articles/s since ${status.throughput.since}`}`);
    out(`workers: ${status.workers.length === 0 ? 'none' : status.workers.map((worker) => `${worker.host}:${worker.pid}`).join(', ')}`);
    if (status.failures.length > 0) {
      out('latest failures:');
      for (const failure of status.failures) {
        const when = failure.retrying ? `retrying after attempt ${failure.attempts}` : `failed after ${failure.attempts} attempt${failure.attempts === 1 ? '' : 's'}`;
        out(`  ${printable(failure.name)} (${when}): ${printable(failure.message ?? failure.code ?? 'unknown error')}`);
      }
    }
    return 0;
  } finally {
    await ledger.close();
  }
}
