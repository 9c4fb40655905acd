import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataSet } from '../eval/shared-data.js';
import { loadZyte } from '../eval/zyte.js';

export interface BenchInput {
  name: string;
  bytes: Buffer;
  format: 'html' | 'text';
}

/** The 2,225 BBC News articles (2004-2005) as text files, headline on the first line. */
export function loadBbc(): BenchInput[] | null {
  const root = dataSet('corpus/bbc-news/bbc');
  if (!root) return null;
  const inputs: BenchInput[] = [];
  for (const topic of readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()) {
    for (const name of readdirSync(join(root, topic))
      .filter((file) => file.endsWith('.txt'))
      .sort()) {
      inputs.push({ name: `${topic}/${name}`, bytes: readFileSync(join(root, topic, name)), format: 'text' });
    }
  }
  return inputs;
}

export function loadZyteInputs(): BenchInput[] | null {
  return loadZyte()?.map((page) => ({ name: page.id, bytes: page.html, format: 'html' as const })) ?? null;
}

export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const space = text.charCodeAt(index) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
