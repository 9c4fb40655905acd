import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The models/ folder at the package root (this file is compiled to dist/src/pipeline/). */
export const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models');

export function modelPath(file: string): string {
  return join(MODELS_DIR, file);
}

/** The schema/ folder at the package root: entity and relation types as data, shared with the UI. */
export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'schema');

export function schemaPath(file: string): string {
  return join(SCHEMA_DIR, file);
}
