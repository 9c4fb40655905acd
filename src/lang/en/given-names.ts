import { readFileSync } from 'node:fs';
import { modelPath } from '../../pipeline/model-path.js';

/** English given names by grammatical gender, built by `npm run build:given-names` into models/given-names.json. */
export interface GivenNamesFile {
  source: string;
  /** Names listed only as female. */
  female: string[];
  /** Names listed only as male. */
  male: string[];
}

export const GIVEN_NAMES_PATH = modelPath('given-names.json');

export type Gender = 'female' | 'male';

let loaded: Map<string, Gender> | null = null;

/** The gender a given name usually carries in English text, or undefined when the lists disagree or lack it. */
export function genderOfGivenName(name: string): Gender | undefined {
  if (!loaded) {
    const file = JSON.parse(readFileSync(GIVEN_NAMES_PATH, 'utf8')) as GivenNamesFile;
    loaded = new Map();
    for (const item of file.female) loaded.set(item.toLowerCase(), 'female');
    for (const item of file.male) loaded.set(item.toLowerCase(), 'male');
  }
  return loaded.get(name.toLowerCase());
}
