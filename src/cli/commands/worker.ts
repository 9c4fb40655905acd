import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { ClaimgraphError } from '../../core/errors.js';
import { DEFAULT_STALE_SECONDS, runQueueWorker } from '../../queue/worker.js';
import type { CommandContext } from '../context.js';
import { positiveInteger } from '../option-values.js';
import { displayTarget, queueTarget, STORE_OPTIONS, STORE_OPTIONS_HELP, writeJson } from '../store-option.js';
import { printable } from '../style.js';

export const WORKER_HELP = `Usage: claimgraph worker [options]

Runs queued articles ("claimgraph ingest --queue") from a PostgreSQL store: each job reads the
article's bytes from the database, analyses them, and saves the analysis with the job's done mark
in one transaction. Run as many workers, on as many machines, as you like. Stops on SIGINT or
SIGTERM, letting running jobs finish (a job cut off is run again by another worker).

Options:
  --concurrency N        jobs at once, each on an analysis thread of its own (default 1)
  --drain                exit once no article is left queued (each one done or failed)
  --stale-after S        release the jobs of a worker silent for S seconds (default ${DEFAULT_STALE_SECONDS}, at least 3;
                         every worker beats once a second)
${STORE_OPTIONS_HELP}

Exit status: 0 when stopped or drained, 1 on an error of the worker itself.`;

export async function runWorker(args: string[], context: CommandContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...STORE_OPTIONS, concurrency: { type: 'string' }, drain: { type: 'boolean', default: false }, 'stale-after': { type: 'string' } },
  });
  if (values.help) {
    context.stdout.write(`${WORKER_HELP}\n`);
    return 0;
  }
  const target = queueTarget(values.db, context, 'worker');
  const concurrency = positiveInteger(values.concurrency, '--concurrency', 1, 64);
  // Workers beat every second: fewer than 3 seconds would release the jobs of a worker that is only slow.
  const staleAfterSeconds = positiveInteger(values['stale-after'], '--stale-after', DEFAULT_STALE_SECONDS, 86_400);
  if (staleAfterSeconds < 3) throw new ClaimgraphError('bad_usage', `--stale-after takes at least 3 seconds (workers beat every second), not ${staleAfterSeconds}`);
  // Test-only: a pause inside every job, between analysis and saving, so fault tests can kill a worker mid-job.
  const delayBeforeSaveMs = Number(context.env.CLAIMGRAPH_TEST_JOB_DELAY_MS ?? 0) || undefined;
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    if (!values.json) context.stderr.write(`claimgraph worker: ${displayTarget(target)}, concurrency ${concurrency}${values.drain ? ', until drained' : ''}\n`);
    const summary = await runQueueWorker({
      url: target,
      concurrency,
      drain: values.drain,
      staleAfterSeconds,
      signal: controller.signal,
      log: (line) => {
        if (!values.json) context.stderr.write(`claimgraph worker: ${printable(line)}\n`);
      },
      delayBeforeSaveMs,
      host: hostname(),
      pid: process.pid,
    });
    if (values.json) writeJson(context, summary);
    else context.stdout.write(`worker stopped: ${summary.added} added, ${summary.unchanged} unchanged, ${summary.failed} failed, ${summary.retried} retried\n`);
    return 0;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
