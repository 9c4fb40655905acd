import { parseArgs } from 'node:util';
import { ClaimgraphError } from '../../core/errors.js';
import { entityProfile } from '../../queries/index.js';
import type { CommandContext } from '../context.js';
import { formatClaim, relationTriple, relationWho } from '../ledger-format.js';
import { STORE_OPTIONS, STORE_OPTIONS_HELP, withStore, writeJson } from '../store-option.js';
import { positiveInteger } from '../option-values.js';
import { createStyle, printable } from '../style.js';

export const ENTITY_HELP = `Usage: claimgraph entity [options] <name>

Who an actor is, where it appears, what is claimed about it and by whom (grouped by named sources,
anonymous sources and the authors' own voice), and the relations claims assert for it.

Options:
  --limit N              at most N claims (default 50)
${STORE_OPTIONS_HELP}`;

const GROUP_TITLE = { named: 'named sources', anonymous: 'anonymous sources', author: "the authors' own voice" } as const;

export async function runEntity(args: string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...STORE_OPTIONS, limit: { type: 'string' } } });
  if (values.help) {
    context.stdout.write(`${ENTITY_HELP}\n`);
    return 0;
  }
  const name = positionals.join(' ').trim();
  if (!name) throw new ClaimgraphError('bad_usage', 'entity needs a name, e.g. claimgraph entity "Hamas"');
  const limit = positiveInteger(values.limit, '--limit', 50);
  return withStore(values.db, context, { create: false }, async (store) => {
    const profile = await entityProfile(store, name, { claimLimit: limit });
    if (values.json) {
      writeJson(context, profile);
      return 0;
    }
    const style = createStyle(context.stdout, context.env);
    const [main] = profile.entities;
    const mentions = profile.entities.reduce((sum, entity) => sum + entity.mentions, 0);
    const lines = [style.bold(`━━ ${printable(main.name)}`), style.dim(`   ${profile.types.join(' / ')} · ${mentions} mentions in ${profile.documents.length} articles`)];
    if (profile.aliases.length > 1) lines.push(style.dim(`   also written: ${profile.aliases.map(printable).join(', ')}`));
    lines.push('', style.bold(' Appears in'));
    for (const document of profile.documents.slice(0, 20))
      lines.push(
        `   ${printable(document.title ?? document.source)} ${style.dim(printable(`· ${document.outlet ?? 'unknown outlet'} · ${document.published ?? 'date unknown'} · ×${document.mentions}`))}`,
      );
    if (profile.documents.length > 20) lines.push(style.dim(`   … and ${profile.documents.length - 20} more`));
    for (const kind of ['named', 'anonymous', 'author'] as const) {
      const claims = profile.claims[kind];
      if (claims.length === 0) continue;
      lines.push('', style.bold(` Claimed by ${GROUP_TITLE[kind]} (${claims.length})`));
      claims.forEach((claim, index) => lines.push(formatClaim(claim, style, index + 1)));
    }
    if (profile.relations.length > 0) {
      lines.push('', style.bold(` Relations (${profile.relations.length})`));
      for (const relation of profile.relations.slice(0, 40)) {
        const who = relationWho(relation.attributionKind, relation.source);
        lines.push(
          `   ${relationTriple(relation, printable(relation.subjectName), printable(relation.objectText))} ${style.dim(printable(`· ${who}${relation.hedged ? ' · hedged' : ''} · ${relation.outlet ?? 'unknown outlet'}`))}`,
        );
      }
    }
    context.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  });
}
