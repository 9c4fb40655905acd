import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ClaimgraphError } from '../../core/errors.js';
import { EXPORT_FORMATS, exportFiles, type ExportFormat } from '../../queries/export/index.js';
import type { CommandContext } from '../context.js';
import { STORE_OPTIONS, STORE_OPTIONS_HELP, withStore, writeJson } from '../store-option.js';

export const EXPORT_HELP = `Usage: claimgraph export [options]

Writes the store for other tools: GraphML and GEXF (Gephi, yEd, Cytoscape), CSV (entities, claims,
relations, links), JSON-LD with schema.org types, and W3C Web Annotations for every claim.

Options:
  --format LIST          ${EXPORT_FORMATS.join(', ')} or all, comma-separated (default all)
  -o, --out DIR          directory to write into (default ./claimgraph-export)
${STORE_OPTIONS_HELP}`;

export async function runExport(args: string[], context: CommandContext): Promise<number> {
  const { values } = parseArgs({ args, options: { ...STORE_OPTIONS, format: { type: 'string' }, out: { type: 'string', short: 'o' } } });
  if (values.help) {
    context.stdout.write(`${EXPORT_HELP}\n`);
    return 0;
  }
  const requested = (values.format ?? 'all')
    .split(',')
    .map((format) => format.trim().toLowerCase())
    .filter(Boolean);
  const formats = requested.includes('all') ? [...EXPORT_FORMATS] : requested;
  for (const format of formats) {
    if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw new ClaimgraphError('bad_usage', `--format takes ${EXPORT_FORMATS.join(', ')} or all, not "${format}"`);
  }
  const directory = resolve(values.out ?? 'claimgraph-export');
  return withStore(values.db, context, { create: false }, async (store) => {
    const files = await exportFiles(store, formats as ExportFormat[]);
    try {
      mkdirSync(directory, { recursive: true });
    } catch (error) {
      throw new ClaimgraphError('unreadable_input', `cannot write to ${directory}: ${(error as Error).message}`);
    }
    for (const [name, content] of Object.entries(files)) {
      // Written beside and renamed, so a reader never sees half a file; a failed write (a full
      // disk) takes its .partial file away again.
      const path = join(directory, name);
      try {
        writeFileSync(`${path}.partial`, content);
        renameSync(`${path}.partial`, path);
      } catch (error) {
        rmSync(`${path}.partial`, { force: true });
        throw new ClaimgraphError('unreadable_input', `cannot write ${path}: ${(error as Error).message}`);
      }
    }
    const written = Object.entries(files).map(([name, content]) => ({ path: join(directory, name), bytes: Buffer.byteLength(content) }));
    if (values.json) writeJson(context, { files: written });
    else for (const file of written) context.stdout.write(`wrote ${file.path} (${file.bytes} bytes)\n`);
    return 0;
  });
}
