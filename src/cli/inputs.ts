import { readdirSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ClaimgraphError, ERROR_CODES } from '../core/errors.js';
import { DEFAULT_BUDGETS, MAX_STORED_NAME_LENGTH, type Budgets } from '../core/budgets.js';
import { DEFAULT_MAX_BYTES } from '../ingest/ingest.js';
import { defaultJobs } from '../parallel/analysis-pool.js';
import { isoDate, positiveInteger } from './option-values.js';

export const ARTICLE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.txt', '.md', '.markdown']);

/** Expands the command line's inputs: files as given, directories walked (sorted) for article files, "-" for stdin. */
export function collectInputs(paths: string[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      found.push('-');
      continue;
    }
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new ClaimgraphError('unreadable_input', `${path}: no such file or directory`);
    }
    if (stats.isDirectory()) found.push(...walk(path));
    else found.push(path);
  }
  return found;
}

function walk(directory: string): string[] {
  const files: string[] = [];
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

/** Reads a file, refusing it before reading when it is larger than the cap. */
export function readInputFile(path: string, maxBytes: number): Buffer {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new ClaimgraphError('unreadable_input', `${path}: no such file`);
  }
  if (!stats.isFile()) throw new ClaimgraphError('unreadable_input', `${path}: not a regular file`);
  if (stats.size > maxBytes) throw new ClaimgraphError('too_large', `${path}: ${stats.size} bytes is over the ${maxBytes}-byte limit`);
  const buffer = Buffer.alloc(stats.size);
  const fd = openSync(path, 'r');
  try {
    let read = 0;
    while (read < stats.size) {
      const n = readSync(fd, buffer, read, stats.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Reads standard input, stopping as soon as it passes the cap (a stream has no size to check first). */
export async function readStdin(maxBytes: number, stream: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += buffer.length;
    if (total > maxBytes) throw new ClaimgraphError('too_large', `-: standard input is over the ${maxBytes}-byte limit`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** The options analyze and ingest share for reading articles, budgets included. */
export const READ_OPTIONS = {
  published: { type: 'string' },
  format: { type: 'string' },
  'max-bytes': { type: 'string' },
  jobs: { type: 'string' },
  'max-seconds': { type: 'string' },
  'max-sentences': { type: 'string' },
  'max-claims': { type: 'string' },
  'max-name-length': { type: 'string' },
  'max-mention-length': { type: 'string' },
  'max-claim-length': { type: 'string' },
  'max-html-elements': { type: 'string' },
  'max-html-blocks': { type: 'string' },
} as const;

/** The help lines for READ_OPTIONS after --format, with each default. */
export const READ_OPTIONS_HELP = `  --max-bytes N          refuse inputs larger than N bytes (default ${DEFAULT_MAX_BYTES})
Budgets per document (one over budget fails alone with ${ERROR_CODES.budget_exceeded}, naming the budget; the rest go on):
  --max-seconds N        seconds of ingest and analysis (default ${DEFAULT_BUDGETS.timeMs / 1000})
  --max-sentences N      sentences (default ${DEFAULT_BUDGETS.sentences})
  --max-claims N         claims (default ${DEFAULT_BUDGETS.claims})
  --max-name-length N    characters in an entity name or alias (default ${DEFAULT_BUDGETS.nameLength})
  --max-mention-length N characters in one mention (default ${DEFAULT_BUDGETS.mentionLength})
  --max-claim-length N   characters in one claim (default ${DEFAULT_BUDGETS.claimLength})
  --max-html-elements N  HTML elements, counted before parsing (default ${DEFAULT_BUDGETS.htmlElements})
  --max-html-blocks N    HTML paragraphs, list items, headings, rows (default ${DEFAULT_BUDGETS.htmlBlocks})`;

export interface ReadSettings {
  published: string | null;
  format: 'html' | 'text' | undefined;
  maxBytes: number;
  budgets: Budgets;
  /** Analysis threads (--jobs): one per core by default. */
  jobs: number;
}

type ReadValues = { published?: string; format?: string } & { [K in Exclude<keyof typeof READ_OPTIONS, 'published' | 'format'>]?: string };

/** Past this a Buffer cannot hold the input in one piece on every platform. */
const MAX_INPUT_BYTES = 1024 * 1024 * 1024;

/** Checks the read options and the inputs named, before anything is read. */
export function readSettings(command: string, values: ReadValues, positionals: string[]): ReadSettings & { inputs: string[] } {
  if (positionals.length === 0) throw new ClaimgraphError('bad_usage', `${command} needs at least one file, directory or "-"`);
  const published = isoDate(values.published, '--published') ?? null;
  if (values.format !== undefined && values.format !== 'html' && values.format !== 'text') {
    throw new ClaimgraphError('bad_usage', `--format takes html or text, not "${values.format}"`);
  }
  const maxBytes = positiveInteger(values['max-bytes'], '--max-bytes', DEFAULT_MAX_BYTES, MAX_INPUT_BYTES);
  const budgets: Budgets = {
    timeMs: positiveInteger(values['max-seconds'], '--max-seconds', DEFAULT_BUDGETS.timeMs / 1000, 86_400) * 1000,
    sentences: positiveInteger(values['max-sentences'], '--max-sentences', DEFAULT_BUDGETS.sentences),
    claims: positiveInteger(values['max-claims'], '--max-claims', DEFAULT_BUDGETS.claims),
    nameLength: positiveInteger(values['max-name-length'], '--max-name-length', DEFAULT_BUDGETS.nameLength, MAX_STORED_NAME_LENGTH),
    mentionLength: positiveInteger(values['max-mention-length'], '--max-mention-length', DEFAULT_BUDGETS.mentionLength, MAX_STORED_NAME_LENGTH),
    claimLength: positiveInteger(values['max-claim-length'], '--max-claim-length', DEFAULT_BUDGETS.claimLength),
    htmlElements: positiveInteger(values['max-html-elements'], '--max-html-elements', DEFAULT_BUDGETS.htmlElements),
    htmlBlocks: positiveInteger(values['max-html-blocks'], '--max-html-blocks', DEFAULT_BUDGETS.htmlBlocks),
  };
  const jobs = positiveInteger(values.jobs, '--jobs', defaultJobs(), 256);
  const inputs = collectInputs(positionals);
  if (inputs.length === 0) throw new ClaimgraphError('bad_usage', 'no .html, .htm, .txt or .md files found in the given directories');
  return { published, format: values.format, maxBytes, budgets, jobs, inputs };
}

/** The bytes of one input: a file, or standard input for "-", refused past the byte cap. */
export function readInput(input: string, maxBytes: number, stdin: NodeJS.ReadableStream): Promise<Buffer> | Buffer {
  return input === '-' ? readStdin(maxBytes, stdin) : readInputFile(input, maxBytes);
}
