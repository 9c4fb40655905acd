import { parseArgs } from 'node:util';
import type { CommandContext } from '../context.js';
import { formatLink } from '../ledger-format.js';
import { STORE_OPTIONS, STORE_OPTIONS_HELP, withStore, writeJson } from '../store-option.js';
import { oneOf, positiveInteger } from '../option-values.js';
import { createStyle } from '../style.js';

export const LINKS_HELP = `Usage: claimgraph links [options]

Where claims repeat, corroborate or contradict each other, within and across articles, each link
with the reason it was made. Corroboration resting only on anonymous sources is marked weak.

Options:
  --kind KIND            repeats, corroborates or contradicts
  --limit N              at most N links (default 200)
${STORE_OPTIONS_HELP}`;

export async function runLinks(args: string[], context: CommandContext): Promise<number> {
  const { values } = parseArgs({ args, options: { ...STORE_OPTIONS, kind: { type: 'string' }, limit: { type: 'string' } } });
  if (values.help) {
    context.stdout.write(`${LINKS_HELP}\n`);
    return 0;
  }
  const kind = oneOf(values.kind, '--kind', ['repeats', 'corroborates', 'contradicts'] as const);
  const limit = positiveInteger(values.limit, '--limit', 200);
  return withStore(values.db, context, { create: false }, async (store) => {
    const links = await store.links({ kind, limit });
    const claims = new Map((await store.claims({ claimIds: [...new Set(links.flatMap((link) => link.claims))], limit: links.length * 2 + 1 })).map((claim) => [claim.id, claim]));
    if (values.json) writeJson(context, { links: links.map((link) => ({ ...link, claimTexts: link.claims.map((id) => claims.get(id)?.text ?? null) })) });
    else {
      const style = createStyle(context.stdout, context.env);
      context.stdout.write(`${style.bold(` Links (${links.length}${kind ? `, ${kind}` : ''})`)}\n`);
      for (const link of links) context.stdout.write(`${formatLink(link, claims, style)}\n`);
    }
    return 0;
  });
}
