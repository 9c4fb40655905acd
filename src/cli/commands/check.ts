import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ClaimgraphError } from '../../core/errors.js';
import { checkSqliteStore, readableDocuments } from '../../store/check.js';
import type { CommandContext } from '../context.js';
import { dbTarget, displayTarget, STORE_OPTIONS, STORE_OPTIONS_HELP, withStore, writeJson } from '../store-option.js';
import { printable } from '../style.js';

export const CHECK_HELP = `Usage: claimgraph check [options]

Checks a store, reading only: for a SQLite file, whether it is a claimgraph store, SQLite's full
integrity check and every table; for PostgreSQL, that every table is there. A damaged store is
refused by every other command; --dump saves every article that can still be read, as text files
that "claimgraph ingest DIR --db NEW" stores again (index.json keeps each one's source and date).

Options:
  --dump DIR             write each readable article to DIR (SQLite only)
${STORE_OPTIONS_HELP}

Exit status: 0 when the store is sound, 1 when it is not (or cannot be read), 2 on a usage error.`;

export async function runCheck(args: string[], context: CommandContext): Promise<number> {
  const { values } = parseArgs({ args, options: { ...STORE_OPTIONS, dump: { type: 'string' } } });
  if (values.help) {
    context.stdout.write(`${CHECK_HELP}\n`);
    return 0;
  }
  const target = dbTarget(values.db, context);
  if (/^postgres(?:ql)?:\/\//i.test(target)) {
    if (values.dump) throw new ClaimgraphError('bad_usage', '--dump reads SQLite files; a PostgreSQL store is saved with pg_dump');
    // Opening checks the schema version and every table; the counts read each one.
    const counts = await withStore(values.db, context, { create: false }, (store) => store.counts());
    if (values.json) writeJson(context, { store: displayTarget(target), ok: true, counts });
    else context.stdout.write(`${displayTarget(target)}: ok (${counts.documents} articles, ${counts.claims} claims)\n`);
    return 0;
  }
  const report = checkSqliteStore(target);
  let dumped: { directory: string; written: number; unreadable: string[] } | null = null;
  if (values.dump && report.identity !== 'foreign' && !report.missingTables.includes('documents')) {
    const directory = resolve(values.dump);
    mkdirSync(directory, { recursive: true });
    const index: Array<Record<string, unknown>> = [];
    const unreadable: string[] = [];
    for (const found of readableDocuments(target)) {
      if ('unreadable' in found) {
        unreadable.push(found.unreadable);
        continue;
      }
      const file = `${String(index.length + 1).padStart(5, '0')}-${found.id.replace(/[^a-z0-9_]/gi, '')}.txt`;
      writeFileSync(join(directory, file), `${found.text}\n`);
      index.push({ file, id: found.id, source: found.source, title: found.title, outlet: found.outlet, published: found.published });
    }
    writeFileSync(join(directory, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
    dumped = { directory, written: index.length, unreadable };
  }
  if (values.json) writeJson(context, { store: target, ...report, ...(dumped ? { dump: dumped } : {}) });
  else {
    const what = { claimgraph: 'a claimgraph store', 'claimgraph-unmarked': 'a claimgraph store (written before stores carried their application id)', foreign: 'NOT a claimgraph store' }[
      report.identity
    ];
    context.stdout.write(`${printable(target)}: ${what}\n`);
    context.stdout.write(`integrity: ${report.integrity.map(printable).join('\n  ')}\n`);
    if (!report.schemaReadable) context.stdout.write('the list of tables itself cannot be read: nothing in this file can be\n');
    if (report.missingTables.length > 0) context.stdout.write(`missing tables: ${report.missingTables.join(', ')}\n`);
    if (dumped) context.stdout.write(`dumped ${dumped.written} readable articles to ${printable(dumped.directory)}${dumped.unreadable.length ? ` (${dumped.unreadable.length} unreadable)` : ''}\n`);
    context.stdout.write(report.ok ? 'ok\n' : `damaged: run "claimgraph check --db ${printable(target)} --dump DIR", then "claimgraph ingest DIR --db NEW"\n`);
  }
  return report.ok ? 0 : 1;
}
