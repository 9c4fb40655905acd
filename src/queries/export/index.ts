import { ClaimgraphError } from '../../core/errors.js';
import { embeddableJson } from '../../core/safe-output.js';
import type { Store } from '../../store/index.js';
import { toAnnotations } from './annotations.js';
import { toCsv } from './csv.js';
import { exportData } from './data.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toJsonld } from './jsonld.js';

export { toAnnotations, codePointOffset, codePointCounter } from './annotations.js';
export { toCsv, csvCell } from './csv.js';
export { exportData, type ExportData } from './data.js';
export { toGexf } from './gexf.js';
export { toGraphml } from './graphml.js';
export { toJsonld } from './jsonld.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'jsonld', 'annotations'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The files of the chosen formats, by file name: pure, so the CLI and the server only write or send them. */
export async function exportFiles(store: Store, formats: readonly ExportFormat[]): Promise<Record<string, string>> {
  for (const format of formats) if (!EXPORT_FORMATS.includes(format)) throw new ClaimgraphError('bad_usage', `unknown export format "${format}"`);
  const data = await exportData(store);
  const files: Record<string, string> = {};
  for (const format of formats) {
    if (format === 'graphml') files['claimgraph.graphml'] = toGraphml(data.network);
    if (format === 'gexf') files['claimgraph.gexf'] = toGexf(data.network);
    if (format === 'csv') Object.assign(files, toCsv(data));
    if (format === 'jsonld') files['claimgraph.jsonld'] = `${embeddableJson(toJsonld(data))}\n`;
    if (format === 'annotations') files['annotations.jsonld'] = `${embeddableJson(toAnnotations(data))}\n`;
  }
  return files;
}
