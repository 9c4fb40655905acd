import { parseArgs } from 'node:util';
import { ClaimgraphError } from '../../core/errors.js';
import { resolveEntityIds } from '../../queries/index.js';
import type { CommandContext } from '../context.js';
import { formatClaim } from '../ledger-format.js';
import { STORE_OPTIONS, STORE_OPTIONS_HELP, withStore, writeJson } from '../store-option.js';
import { isoDate, oneOf, positiveInteger, dateRange } from '../option-values.js';
import { createStyle } from '../style.js';

export const CLAIMS_HELP = `Usage: claimgraph claims [options]

Lists stored claims, each with who asserts it and how firmly.

Options:
  --about NAME           claims naming this entity
  --attribution KIND     named, anonymous or author
  --source TEXT          claims whose source's name contains TEXT
  --type TYPE            factual, opinion, prescriptive or prediction
  --hedged               only hedged claims (--not-hedged: only unhedged)
  --from YYYY-MM-DD      articles published on or after this day
  --to YYYY-MM-DD        articles published on or before this day
  --document ID          claims of one stored article
  --limit N              at most N claims (default 100)
${STORE_OPTIONS_HELP}`;

export async function runClaims(args: string[], context: CommandContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...STORE_OPTIONS,
      about: { type: 'string' },
      attribution: { type: 'string' },
      source: { type: 'string' },
      type: { type: 'string' },
      hedged: { type: 'boolean' },
      'not-hedged': { type: 'boolean' },
      from: { type: 'string' },
      to: { type: 'string' },
      document: { type: 'string' },
      limit: { type: 'string' },
    },
  });
  if (values.help) {
    context.stdout.write(`${CLAIMS_HELP}\n`);
    return 0;
  }
  if (values.hedged && values['not-hedged']) throw new ClaimgraphError('bad_usage', '--hedged and --not-hedged exclude each other');
  const filter = {
    attribution: oneOf(values.attribution, '--attribution', ['named', 'anonymous', 'author'] as const),
    type: oneOf(values.type, '--type', ['factual', 'opinion', 'prescriptive', 'prediction'] as const),
    source: values.source,
    hedged: values.hedged ? true : values['not-hedged'] ? false : undefined,
    from: isoDate(values.from, '--from'),
    to: isoDate(values.to, '--to'),
    documentId: values.document,
    limit: positiveInteger(values.limit, '--limit', 100),
  };
  dateRange(filter.from, filter.to);
  return withStore(values.db, context, { create: false }, async (store) => {
    const entityIds = values.about ? await resolveEntityIds(store, values.about) : undefined;
    const claims = await store.claims({ ...filter, entityIds });
    if (values.json) writeJson(context, { filter: { about: values.about ?? null, ...filter }, claims });
    else {
      const style = createStyle(context.stdout, context.env);
      context.stdout.write(`${style.bold(` Claims (${claims.length}${claims.length === filter.limit ? `, the first ${filter.limit}` : ''})`)}\n`);
      claims.forEach((claim, index) => context.stdout.write(`${formatClaim(claim, style, index + 1)}\n`));
    }
    return 0;
  });
}
