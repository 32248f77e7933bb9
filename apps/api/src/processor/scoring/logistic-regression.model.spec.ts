import fc from 'fast-check';
import { InsufficientTrainingDataError } from './insufficient-training-data.error';
import { explain, type LogisticModel, predict, sigmoid, trainLogisticRegression } from './logistic-regression.model';

const finite = fc.double({ min: -1e3, max: 1e3, noNaN: true });
const modelAndRow = fc.integer({ min: 1, max: 8 }).chain((k) =>
  fc.record({
    model: fc.record({
      featureKeys: fc.constant(Array.from({ length: k }, (_, j) => `f${j}`)),
      means: fc.array(finite, { minLength: k, maxLength: k }),
      scales: fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), { minLength: k, maxLength: k }),
      coefficients: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: k, maxLength: k }),
      intercept: fc.double({ min: -5, max: 5, noNaN: true }),
    }),
    row: fc.array(finite, { minLength: k, maxLength: k }),
  }),
);

/** Gradient of the mean log loss + l2/2·‖w‖² at the model, in standardised space. */
function gradientNorm(model: LogisticModel, x: number[][], y: number[], l2: number): number {
  const k = model.featureKeys.length;
  const g = new Array<number>(k + 1).fill(0);
  x.forEach((row, i) => {
    const error = predict(model, row) - y[i];
    g[k] += error / x.length;
    for (let j = 0; j < k; j++) g[j] += (error * (row[j] - model.means[j])) / model.scales[j] / x.length;
  });
  for (let j = 0; j < k; j++) g[j] += l2 * model.coefficients[j];
  return Math.max(...g.map(Math.abs));
}

describe('logistic regression (explainable lead-scoring model)', () => {
  it('explains every score exactly: contribution_i = w_i·z_i, intercept + Σ contributions = logit, score = sigmoid(logit)', () => {
    fc.assert(
      fc.property(modelAndRow, ({ model, row }) => {
        const e = explain(model, row);
        let sum = e.intercept;
        model.featureKeys.forEach((key, j) => {
          expect(e.contributions[key]).toBe(model.coefficients[j] * ((row[j] - model.means[j]) / model.scales[j]));
          sum += e.contributions[key];
        });
        expect(e.logit).toBe(sum);
        expect(e.score).toBe(sigmoid(e.logit));
        expect(e.score).toBeGreaterThanOrEqual(0);
        expect(e.score).toBeLessThanOrEqual(1);
        expect(predict(model, row)).toBe(e.score);
      }),
    );
  });

  it('sigmoid is stable for large |x| and symmetric', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    fc.assert(fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => Math.abs(sigmoid(x) + sigmoid(-x) - 1) < 1e-12));
  });

  it('trains to the optimum of the regularised loss, deterministically, with the signal on the informative feature', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -5, max: 4 }).map((a) => (a >= 0 ? a + 1 : a)), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 30, maxLength: 80 }), (points) => {
        // feature 0 decides the label (its sign), feature 1 is noise, feature 2 is constant
        const x = points.map(([a, b]) => [a, b, 4]);
        const y = points.map(([a]) => (a > 0 ? 1 : 0) as 0 | 1);
        const positives = y.filter((v) => v === 1).length;
        fc.pre(positives >= 5 && positives <= y.length - 5);
        const first = trainLogisticRegression(['signal', 'noise', 'constant'], x, y, { maxIterations: 3000, tolerance: 1e-7 });
        expect(trainLogisticRegression(['signal', 'noise', 'constant'], x, y, { maxIterations: 3000, tolerance: 1e-7 })).toEqual(first);
        expect(first.converged).toBe(true);
        expect(gradientNorm(first.model, x, y, 0.01)).toBeLessThan(1e-6);
        expect(first.model.coefficients[0]).toBeGreaterThan(0);
        expect(first.model.scales[2]).toBe(1);
        expect(first.model.coefficients[2]).toBe(0);
      }),
      { numRuns: 30 },
    );
  });

  it('refuses degenerate training data with a typed error saying what to do', () => {
    const keys = ['a'];
    expect(() => trainLogisticRegression(keys, [], [])).toThrow(InsufficientTrainingDataError);
    const oneClass = () => trainLogisticRegression(keys, Array.from({ length: 20 }, (_, i) => [i]), Array.from({ length: 20 }, () => 1 as const));
    expect(oneClass).toThrow(InsufficientTrainingDataError);
    expect(oneClass).toThrow(/at least 5 contacts with a won deal and 5 whose closed deals were all lost \(the workspace has 20 and 0.*close more deals as won and lost/);
    let caught: unknown;
    try {
      trainLogisticRegression(keys, [[1], [2], [3]], [1, 0, 1]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'INSUFFICIENT_TRAINING_DATA', counts: { positives: 2, negatives: 1, minimumPerClass: 5 } });
    expect(() => trainLogisticRegression(keys, [[1, 2]], [1])).toThrow(RangeError);
  });
});
