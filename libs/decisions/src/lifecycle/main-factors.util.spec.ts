import { mainFactors } from './main-factors.util';

describe('mainFactors', () => {
  const factors = [
    { key: 'b', label: 'B', value: 1, contribution: 0.5 },
    { key: 'a', label: 'A', value: 2, contribution: -0.5 },
    { key: 'c', label: 'C', value: 3, contribution: -1.5 },
    { key: 'd', label: 'D', value: 0, contribution: 0 },
  ];

  it('orders by absolute contribution, ties by key, and keeps the input intact', () => {
    expect(mainFactors({ factors }).map((f) => f.key)).toEqual(['c', 'a', 'b', 'd']);
    expect(mainFactors({ factors }, 2).map((f) => f.key)).toEqual(['c', 'a']);
    expect(factors.map((f) => f.key)).toEqual(['b', 'a', 'c', 'd']);
  });
});
