import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (tests run from dist/test/ or dist/src/...). */
export const ROOT = (() => {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!directory.endsWith('/dist')) directory = dirname(directory);
  return dirname(directory);
})();

export const fromRoot = (...parts: string[]) => resolve(ROOT, ...parts);
