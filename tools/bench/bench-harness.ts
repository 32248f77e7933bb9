/** One measured operation: the median of several timed runs after warm-up. */
export interface Measurement {
  name: string;
  medianMs: number;
  runs: number;
}

/**
 * Times `fn` (median of `runs` after `warmup` runs). Benchmarks print figures; they never assert on time.
 *
 * @example
 * const m = measure('build map', () => buildDataMap(input));
 */
export function measure(name: string, fn: () => unknown, runs = 7, warmup = 2): Measurement {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: times[Math.floor(times.length / 2)], runs };
}

/**
 * Prints measurements as a table, each also as a ratio to the baseline measured in the same run.
 *
 * @example
 * report('data map, 500 × 20', baseline, [build, check]);
 */
export function report(title: string, baseline: Measurement, rows: Measurement[]): void {
  console.log(`\n${title}`);
  console.log(`  baseline: ${baseline.name}: ${baseline.medianMs.toFixed(2)} ms (median of ${baseline.runs})`);
  for (const m of rows) {
    console.log(`  ${m.name.padEnd(34)} ${m.medianMs.toFixed(2).padStart(9)} ms   ${(m.medianMs / baseline.medianMs).toFixed(2).padStart(7)} × baseline`);
  }
}
