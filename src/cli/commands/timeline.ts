import { parseArgs } from 'node:util';
import { resolveEntityIds } from '../../queries/index.js';
import type { CommandContext } from '../context.js';
import { formatTimelineEntry } from '../ledger-format.js';
import { STORE_OPTIONS, STORE_OPTIONS_HELP, withStore, writeJson } from '../store-option.js';
import { positiveInteger } from '../option-values.js';
import { createStyle } from '../style.js';

export const TIMELINE_HELP = `Usage: claimgraph timeline [options]

Dated claims in the order of the dates they give, with the date each article reported it kept apart.
Only calendar dates are placed (durations and dates without a year are left out).

Options:
  --about NAME           only claims naming this entity
  --limit N              at most N entries (default 200)
${STORE_OPTIONS_HELP}`;

export async function runTimeline(args: string[], context: CommandContext): Promise<number> {
  const { values } = parseArgs({ args, options: { ...STORE_OPTIONS, about: { type: 'string' }, limit: { type: 'string' } } });
  if (values.help) {
    context.stdout.write(`${TIMELINE_HELP}\n`);
    return 0;
  }
  const limit = positiveInteger(values.limit, '--limit', 200);
  return withStore(values.db, context, { create: false }, async (store) => {
    const entityIds = values.about ? await resolveEntityIds(store, values.about) : undefined;
    const timeline = await store.timeline({ entityIds, limit });
    if (values.json) writeJson(context, { about: values.about ?? null, timeline });
    else {
      const style = createStyle(context.stdout, context.env);
      context.stdout.write(`${style.bold(` Timeline (${timeline.length}: event date, then when it was reported)`)}\n`);
      for (const entry of timeline) context.stdout.write(`${formatTimelineEntry(entry, style)}\n`);
    }
    return 0;
  });
}
