/**
 * Every error claimgraph raises on purpose has a code, listed here once, so that the CLI can map it
 * to a message and an exit status and tests can assert on it.
 */
export const ERROR_CODES = {
  unsupported_format: 'E001',
  too_large: 'E002',
  empty_document: 'E003',
  unreadable_input: 'E004',
  pipeline_gap: 'E010',
  span_out_of_range: 'E011',
  stage_failed: 'E012',
  budget_exceeded: 'E013',
  bad_usage: 'E020',
  store_unavailable: 'E030',
  not_found: 'E031',
  store_damaged: 'E032',
  store_foreign: 'E033',
  store_failed: 'E034',
  queue_unavailable: 'E035',
} as const;

export type ErrorKind = keyof typeof ERROR_CODES;

export class ClaimgraphError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  /** Bad input is permanent: retrying the same bytes gives the same failure. */
  readonly permanent: boolean;

  /** For budget_exceeded: which budget (see core/budgets.ts). */
  readonly budget?: string;

  constructor(kind: ErrorKind, message: string, options?: { cause?: unknown; permanent?: boolean; budget?: string }) {
    super(`[${ERROR_CODES[kind]}] ${message}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ClaimgraphError';
    this.kind = kind;
    this.code = ERROR_CODES[kind];
    this.permanent = options?.permanent ?? (kind !== 'stage_failed' && kind !== 'store_failed');
    if (options?.budget) this.budget = options.budget;
  }
}

export function isClaimgraphError(error: unknown): error is ClaimgraphError {
  return error instanceof ClaimgraphError;
}
