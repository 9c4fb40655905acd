// One thread of the analysis pool: reads tasks from the main thread, runs the whole pipeline on each,
// and sends the analysis with its claims prepared for link-finding (or the coded error) back. Models load once per thread, on the first task.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import { isClaimgraphError } from '../core/errors.js';
import { packPrepared, prepareClaims } from '../corpus/corpus.js';
import type { PoolReply, PoolTask } from './analysis-pool.js';

parentPort!.on('message', (task: PoolTask) => {
  let reply: PoolReply;
  try {
    const analysis = analyze(task.bytes, task.options);
    // The claims' comparison keys are made here too, so the thread doing cross-article work only reads them.
    reply = { id: task.id, analysis, prepared: packPrepared(prepareClaims(analysis)) };
  } catch (error) {
    // An uncoded failure of one input is that input's failure (E012), never the batch's.
    reply = isClaimgraphError(error)
      ? { id: task.id, error: { kind: error.kind, message: error.message.replace(/^\[E\d+\] /, ''), permanent: error.permanent, ...(error.budget ? { budget: error.budget } : {}) } }
      : { id: task.id, error: { kind: 'stage_failed', message: `${task.options.source}: ${(error as Error)?.message ?? String(error)}`, permanent: false } };
  }
  parentPort!.postMessage(reply);
});
