// Writes models/pack-dictionary.txt: the preset deflate dictionary for the store's claim details,
// made from this repo's own fictional examples (their contract claims and link-finding records).
// Stores record the dictionary's hash; changing it means stores written before cannot be read.
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../src/analyze.js';
import { documentToJson } from '../src/contract/json.js';
import { linkableClaims } from '../src/corpus/links/index.js';
import { modelPath } from '../src/pipeline/model-path.js';
import { exampleFiles } from '../test/golden-format.js';
import { fromRoot } from '../test/helpers.js';

const samples: string[] = [];
for (const name of exampleFiles()) {
  const analysis = analyze(readFileSync(fromRoot('examples', name)), { source: `examples/${name}`, published: '2025-06-30' });
  const claims = documentToJson(analysis).claims;
  const linkables = linkableClaims(analysis);
  claims.forEach((claim, index) => samples.push(JSON.stringify(claim), JSON.stringify(linkables[index])));
}
// 8 KiB compresses nearly as well as 32 KiB and makes each deflate about 2.5 times faster; the
// most useful strings go last, nearest the data.
const dictionary = Buffer.from(samples.join('')).subarray(-8_192);
writeFileSync(modelPath('pack-dictionary.txt'), dictionary);
console.log(`wrote ${modelPath('pack-dictionary.txt')} (${dictionary.length} bytes from ${samples.length / 2} example claims)`);
