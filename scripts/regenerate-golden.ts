// Rewrites test/golden/*.json from the current analysis of examples/. Run on purpose
// (npm run golden) after a change that is meant to alter the analyses, then read the diff.
import { writeFileSync } from 'node:fs';
import { exampleFiles, goldenOf, goldenPath } from '../test/golden-format.js';

for (const name of exampleFiles()) {
  writeFileSync(goldenPath(name), `${JSON.stringify(goldenOf(name), null, 2)}\n`);
  console.log(`wrote ${goldenPath(name)}`);
}
