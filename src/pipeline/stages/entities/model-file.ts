import { modelPath } from '../../model-path.js';
import { readFileSync, writeFileSync } from 'node:fs';
import type { TaggerModel } from './perceptron.js';

export const NER_MODEL_PATH = modelPath('ner.bin');

export interface NerModelFile {
  trainedOn: string;
  evaluation: Record<string, number | string>;
  /** The first pass tags from the words alone; the second also sees how the first tagged the document. */
  firstPass: TaggerModel;
  secondPass: TaggerModel;
}

interface Header {
  trainedOn: string;
  evaluation: Record<string, number | string>;
  labels: string[];
  scale: number;
  models: Array<{ name: string; features: number; featureBytes: number }>;
}

/**
 * One binary file: a JSON header, then per model its feature names (UTF-8, one per line) and its
 * weights as 16-bit integers (multiplied by `scale`), a row of one weight per label for each feature.
 */
export function saveNerModel(path: string, file: NerModelFile): number {
  const models = [
    { name: 'firstPass', model: file.firstPass },
    { name: 'secondPass', model: file.secondPass },
  ];
  let largest = 0;
  for (const { model } of models) for (const row of model.weights.values()) for (const value of row) largest = Math.max(largest, Math.abs(value));
  const scale = largest / 32767 || 1;
  const parts: Buffer[] = [];
  const header: Header = { trainedOn: file.trainedOn, evaluation: file.evaluation, labels: file.firstPass.labels, scale, models: [] };
  for (const { name, model } of models) {
    const features = [...model.weights.keys()].sort();
    const names = Buffer.from(features.join('\n'), 'utf8');
    const weights = new Int16Array(features.length * model.labels.length);
    features.forEach((feature, row) => {
      const values = model.weights.get(feature)!;
      for (let label = 0; label < model.labels.length; label++) weights[row * model.labels.length + label] = Math.round(values[label] / scale);
    });
    header.models.push({ name, features: features.length, featureBytes: names.length });
    parts.push(names, Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength));
  }
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  const out = Buffer.concat([length, headerBytes, ...parts]);
  writeFileSync(path, out);
  return out.length;
}

/**
 * A model as the file holds it: the tagger compiles from the packed rows without a copy (most of
 * start-up, read per thread); the map of weights by feature is made only if something asks for it.
 */
function packedModel(labels: string[], rows: Map<string, number>, matrix: Float32Array): TaggerModel {
  let weights: Map<string, Float32Array> | null = null;
  return {
    labels,
    packed: { rows, matrix },
    get weights() {
      if (!weights) {
        weights = new Map();
        for (const [feature, row] of rows) weights.set(feature, matrix.subarray(row * labels.length, (row + 1) * labels.length));
      }
      return weights;
    },
  };
}

export function loadNerModel(path = NER_MODEL_PATH): NerModelFile {
  const bytes = readFileSync(path);
  const headerLength = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  let offset = 4 + headerLength;
  const models: Record<string, TaggerModel> = {};
  for (const { name, features, featureBytes } of header.models) {
    const names =
      features > 0
        ? bytes
            .subarray(offset, offset + featureBytes)
            .toString('utf8')
            .split('\n')
        : [];
    offset += featureBytes;
    const count = features * header.labels.length;
    // Copy into an aligned buffer: the weights need not start on an even byte.
    const weights = new Int16Array(count);
    Buffer.from(weights.buffer).set(bytes.subarray(offset, offset + count * 2));
    offset += count * 2;
    const values = new Float32Array(count);
    for (let index = 0; index < count; index++) values[index] = weights[index] * header.scale;
    const rows = new Map<string, number>();
    for (let row = 0; row < names.length; row++) rows.set(names[row], row);
    models[name] = packedModel(header.labels, rows, values);
  }
  return { trainedOn: header.trainedOn, evaluation: header.evaluation, firstPass: models.firstPass, secondPass: models.secondPass };
}
