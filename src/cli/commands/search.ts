import { parseArgs } from 'node:util';
import { ClaimgraphError } from '../../core/errors.js';
import type { CommandContext } from '../context.js';
import { formatClaim } from '../ledger-format.js';
import { STORE_OPTIONS, STORE_OPTIONS_HELP, withStore, writeJson } from '../store-option.js';
import { positiveInteger } from '../option-values.js';
import { createStyle, printable } from '../style.js';

export const SEARCH_HELP = `Usage: claimgraph search [options] <words>

Full-text search over stored claims and articles. The words are matched as a phrase, in order;
punctuation in them (O'Brien, multi-agent, quotes) is never read as search syntax.

Options:
  --limit N              at most N claims and N articles (default 20)
${STORE_OPTIONS_HELP}`;

export async function runSearch(args: string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...STORE_OPTIONS, limit: { type: 'string' } } });
  if (values.help) {
    context.stdout.write(`${SEARCH_HELP}\n`);
    return 0;
  }
  const text = positionals.join(' ');
  if (!/[\p{L}\p{N}]/u.test(text)) throw new ClaimgraphError('bad_usage', 'search needs at least one word');
  const limit = positiveInteger(values.limit, '--limit', 20);
  return withStore(values.db, context, { create: false }, async (store) => {
    const result = await store.search(text, { limit });
    if (values.json) writeJson(context, { query: text, ...result });
    else {
      const style = createStyle(context.stdout, context.env);
      context.stdout.write(`${style.bold(` Claims matching "${printable(text)}" (${result.claims.length})`)}\n`);
      result.claims.forEach((claim, index) => context.stdout.write(`${formatClaim(claim, style, index + 1)}\n`));
      context.stdout.write(`\n${style.bold(` Articles (${result.documents.length})`)}\n`);
      for (const document of result.documents)
        context.stdout.write(`   ${printable(document.title ?? document.source)} ${style.dim(printable(`· ${document.outlet ?? 'unknown outlet'} · ${document.published ?? 'date unknown'}`))}\n`);
    }
    return 0;
  });
}
