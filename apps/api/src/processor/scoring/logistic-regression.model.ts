import { InsufficientTrainingDataError } from './insufficient-training-data.error';

/**
 * A trained logistic regression over standardised features: `z_i = (x_i - means_i) / scales_i`,
 * `logit = intercept + Σ coefficients_i · z_i`, `score = sigmoid(logit)`.
 *
 * @example
 * const params: LogisticModel = { featureKeys: ['a'], means: [1], scales: [2], coefficients: [0.5], intercept: -0.1 };
 */
export interface LogisticModel {
  featureKeys: string[];
  means: number[];
  scales: number[];
  coefficients: number[];
  intercept: number;
}

/**
 * A score and why: each feature's contribution `w_i · z_i` (so `intercept + Σ contributions = logit`).
 *
 * @example
 * explain(model, [3]); // { intercept: -0.1, contributions: { a: 0.5 }, logit: 0.4, score: 0.598… }
 */
export interface ScoreExplanation {
  intercept: number;
  contributions: Record<string, number>;
  logit: number;
  score: number;
}

/** Training settings (defaults: `TRAINING_DEFAULTS`). */
export interface TrainingOptions {
  /** L2 penalty on the coefficients (not the intercept), added to the mean log loss as `l2 / 2 · ‖w‖²`. */
  l2: number;
  learningRate: number;
  maxIterations: number;
  /** Stops when every gradient component is below this. */
  tolerance: number;
  /** Fewer positives or negatives than this → `InsufficientTrainingDataError`. */
  minimumPerClass: number;
}

/**
 * Default training settings: deterministic batch gradient descent from zero weights.
 *
 * @example
 * trainLogisticRegression(keys, x, y, { ...TRAINING_DEFAULTS, maxIterations: 100 });
 */
export const TRAINING_DEFAULTS: Readonly<TrainingOptions> = Object.freeze({ l2: 0.01, learningRate: 0.5, maxIterations: 1000, tolerance: 1e-6, minimumPerClass: 5 });

/**
 * The logistic function, computed without overflow for large |x|.
 *
 * @example
 * sigmoid(0); // 0.5
 */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * Trains on rows `x` (one number per feature key) with labels `y` (0 or 1): features standardised with the
 * training rows' means and standard deviations (a constant feature gets scale 1 and coefficient 0), then
 * batch gradient descent on the mean log loss with L2. Deterministic: same rows in the same order, same model.
 * Throws `InsufficientTrainingDataError` with fewer than `minimumPerClass` rows of either label.
 *
 * @example
 * const { model, iterations } = trainLogisticRegression(['visits'], [[1], [5], [0], [7]], [0, 1, 0, 1], { minimumPerClass: 2 });
 */
export function trainLogisticRegression(
  featureKeys: readonly string[],
  x: readonly (readonly number[])[],
  y: readonly (0 | 1)[],
  options: Partial<TrainingOptions> = {},
): { model: LogisticModel; iterations: number; converged: boolean } {
  const o = { ...TRAINING_DEFAULTS, ...options };
  const n = x.length;
  const k = featureKeys.length;
  if (y.length !== n || x.some((row) => row.length !== k)) throw new RangeError('trainLogisticRegression: every row needs one value per feature and one label');
  const positives = y.reduce<number>((sum, v) => sum + v, 0);
  if (positives < o.minimumPerClass || n - positives < o.minimumPerClass) {
    throw new InsufficientTrainingDataError({ positives, negatives: n - positives, minimumPerClass: o.minimumPerClass });
  }
  const means = new Array<number>(k).fill(0);
  const scales = new Array<number>(k).fill(0);
  for (const row of x) for (let j = 0; j < k; j++) means[j] += row[j];
  for (let j = 0; j < k; j++) means[j] /= n;
  for (const row of x) for (let j = 0; j < k; j++) scales[j] += (row[j] - means[j]) ** 2;
  // A feature constant over the training rows carries no signal: scale 1 and a coefficient kept at exactly 0.
  const constant = scales.map((sum) => sum / n <= 1e-12);
  for (let j = 0; j < k; j++) scales[j] = constant[j] ? 1 : Math.sqrt(scales[j] / n);
  const z = new Float64Array(n * k);
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) z[i * k + j] = constant[j] ? 0 : (x[i][j] - means[j]) / scales[j];
  const w = new Float64Array(k);
  let b = 0;
  const grad = new Float64Array(k);
  let iterations = 0;
  let converged = false;
  while (iterations < o.maxIterations) {
    iterations++;
    grad.fill(0);
    let gradB = 0;
    for (let i = 0; i < n; i++) {
      let logit = b;
      for (let j = 0; j < k; j++) logit += w[j] * z[i * k + j];
      const error = sigmoid(logit) - y[i];
      gradB += error;
      for (let j = 0; j < k; j++) grad[j] += error * z[i * k + j];
    }
    gradB /= n;
    let largest = Math.abs(gradB);
    for (let j = 0; j < k; j++) {
      grad[j] = grad[j] / n + o.l2 * w[j];
      largest = Math.max(largest, Math.abs(grad[j]));
    }
    b -= o.learningRate * gradB;
    for (let j = 0; j < k; j++) w[j] -= o.learningRate * grad[j];
    if (largest < o.tolerance) {
      converged = true;
      break;
    }
  }
  return { model: { featureKeys: [...featureKeys], means, scales, coefficients: [...w], intercept: b }, iterations, converged };
}

/**
 * The model's score (probability-like, in [0, 1]) for one row (same order as `model.featureKeys`).
 *
 * @example
 * predict(model, [3]); // 0.598…
 */
export function predict(model: LogisticModel, row: readonly number[]): number {
  return explain(model, row).score;
}

/**
 * The score of one row and each feature's contribution to its logit.
 *
 * @example
 * const { score, contributions } = explain(model, [3, 0, 1]);
 */
export function explain(model: LogisticModel, row: readonly number[]): ScoreExplanation {
  if (row.length !== model.featureKeys.length) throw new RangeError(`explain: ${row.length} values for ${model.featureKeys.length} features`);
  const contributions: Record<string, number> = {};
  let logit = model.intercept;
  for (let j = 0; j < row.length; j++) {
    const contribution = model.coefficients[j] * ((row[j] - model.means[j]) / model.scales[j]);
    contributions[model.featureKeys[j]] = contribution;
    logit += contribution;
  }
  return { intercept: model.intercept, contributions, logit, score: sigmoid(logit) };
}
