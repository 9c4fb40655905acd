import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root (this file is compiled to dist/eval/). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** ../shared/data beside the project, or CLAIMGRAPH_DATA if set. */
export function sharedDataDir(): string {
  return process.env.CLAIMGRAPH_DATA ?? resolve(PROJECT_ROOT, '..', 'shared', 'data');
}

/** The path of a data set under shared/data, or null (with a clear line on stderr) when it is absent. */
export function dataSet(relative: string): string | null {
  const path = join(sharedDataDir(), relative);
  if (!existsSync(path)) {
    console.error(`skipped: data set ${relative} is absent (looked in ${path}); set CLAIMGRAPH_DATA to its parent folder`);
    return null;
  }
  return path;
}
