import { ClaimgraphError, isClaimgraphError } from '../core/errors.js';
import { storeErrorOf } from '../store/errors.js';

/**
 * Any error as a coded one: driver errors of the store by their codes, anything else as an
 * internal failure (E012). Used wherever one input fails, so the others still run.
 */
export function codedError(error: unknown, where = 'claimgraph'): ClaimgraphError {
  if (isClaimgraphError(error)) return error;
  return storeErrorOf(error, where) ?? new ClaimgraphError('stage_failed', `${where}: ${(error as Error)?.message ?? String(error)}`, { cause: error });
}

/** The message for stderr, with the stack trace (and its cause's) only under --debug. */
export function errorText(error: ClaimgraphError, debug: boolean | undefined): string {
  if (!debug) return error.message;
  const cause = error.cause instanceof Error ? `\ncaused by: ${error.cause.stack ?? error.cause.message}` : '';
  return `${error.stack ?? error.message}${cause}`;
}
