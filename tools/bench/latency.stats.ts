/** Percentiles of a series of latencies (ms). */
export interface LatencySummary {
  name: string;
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

/**
 * Summarises latencies (nearest-rank percentiles).
 *
 * @example
 * summarize('export JSON', [3.1, 2.9, 4.0]); // { name: 'export JSON', count: 3, p50: 3.1, … }
 */
export function summarize(name: string, latenciesMs: readonly number[]): LatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return { name, count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), mean };
}

/**
 * Prints summaries as a table, each p50 also as a ratio to each baseline's p50 (baselines measured in the same run).
 *
 * @example
 * printLatencies('one-subject export', [single, oneStatement], [read, json, csv]);
 */
export function printLatencies(title: string, baselines: readonly LatencySummary[], rows: readonly LatencySummary[]): void {
  console.log(`\n${title}`);
  const ratios = baselines.map((_, i) => `p50 ×B${i + 1}`.padStart(9)).join(' ');
  console.log(`  ${'operation'.padEnd(60)} ${'n'.padStart(4)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'mean ms'.padStart(8)} ${ratios}`);
  const line = (s: LatencySummary, label: string) => {
    const r = baselines.map((b) => (s.p50 / b.p50).toFixed(1).padStart(9)).join(' ');
    console.log(`  ${`${label}${s.name}`.padEnd(60)} ${String(s.count).padStart(4)} ${ms(s.p50)} ${ms(s.p95)} ${ms(s.p99)} ${ms(s.mean)} ${r}`);
  };
  baselines.forEach((b, i) => line(b, `B${i + 1} `));
  rows.forEach((s) => line(s, '   '));
}

function ms(x: number): string {
  return x.toFixed(2).padStart(8);
}
