/** A logistic-regression model over sparse binary features, stored as plain JSON. */
export interface LogisticModel {
  name: string;
  version: string;
  trainedOn: string;
  /** How it scored on held-out data when it was trained. */
  evaluation: Record<string, number | string>;
  threshold: number;
  weights: Record<string, number>;
}

/** Weights as a Map: a plain object with 20,000 keys is a slow dictionary to look things up in. */
const weightMaps = new WeakMap<LogisticModel, Map<string, number>>();

function weightsOf(model: LogisticModel): Map<string, number> {
  let weights = weightMaps.get(model);
  if (!weights) {
    weights = new Map(Object.entries(model.weights));
    weightMaps.set(model, weights);
  }
  return weights;
}

export function score(model: LogisticModel, features: string[]): number {
  const weights = weightsOf(model);
  let sum = 0;
  for (const feature of features) sum += weights.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-sum));
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Features seen fewer times than this in training are dropped. */
  minCount: number;
}

/**
 * Trains by AdaGrad over the examples in a fixed order with a seeded shuffle each epoch, so the same
 * data gives the same weights. Weights are rounded and near-zero ones pruned to keep the file small.
 */
export function train(examples: Array<{ features: string[]; label: 0 | 1 }>, options: TrainingOptions, seed = 42): Record<string, number> {
  const counts = new Map<string, number>();
  for (const example of examples) for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const keep = (feature: string) => feature === 'bias' || (counts.get(feature) ?? 0) >= options.minCount;
  const data = examples.map((example) => ({ features: example.features.filter(keep), label: example.label }));
  const weights = new Map<string, number>();
  const gradients = new Map<string, number>();
  const positives = data.filter((example) => example.label === 1).length;
  // Balance the classes: check-worthy claims are the minority.
  const positiveWeight = positives > 0 ? (data.length - positives) / positives : 1;
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const order = data.map((_, index) => index);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other], order[index]];
    }
    for (const position of order) {
      const example = data[position];
      let sum = 0;
      for (const feature of example.features) sum += weights.get(feature) ?? 0;
      const predicted = 1 / (1 + Math.exp(-sum));
      const error = (predicted - example.label) * (example.label === 1 ? positiveWeight : 1);
      for (const feature of example.features) {
        const weight = weights.get(feature) ?? 0;
        const gradient = error + (feature === 'bias' ? 0 : options.l2 * weight);
        const accumulated = (gradients.get(feature) ?? 1e-8) + gradient * gradient;
        gradients.set(feature, accumulated);
        weights.set(feature, weight - (options.learningRate / Math.sqrt(accumulated)) * gradient);
      }
    }
  }
  const result: Record<string, number> = {};
  for (const [feature, weight] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const rounded = Math.round(weight * 10_000) / 10_000;
    if (Math.abs(rounded) >= 0.001) result[feature] = rounded;
  }
  return result;
}
