// One thread of the analysis pool: reads tasks from the main thread, runs the whole pipeline on each,
// and sends the analysis (or the coded error) back. Models load once per thread, on the first task.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import { isClaimgraphError } from '../core/errors.js';
import type { PoolReply, PoolTask } from './analysis-pool.js';

parentPort!.on('message', (task: PoolTask) => {
  let reply: PoolReply;
  try {
    reply = { id: task.id, analysis: analyze(task.bytes, task.options) };
  } catch (error) {
    reply = isClaimgraphError(error)
      ? { id: task.id, error: { kind: error.kind, message: error.message.replace(/^\[E\d+\] /, ''), permanent: error.permanent } }
      : { id: task.id, crash: (error as Error)?.stack ?? String(error) };
  }
  parentPort!.postMessage(reply);
});
