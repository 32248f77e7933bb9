import type { PrivacyMetadataStorage } from '@lawful/annotations';
import { readSubjectRecords } from '@lawful/nestjs';
import type { SubjectGraph } from '@lawful/rights';
import type { DataSource } from 'typeorm';
import { summarize } from './latency.stats';
import { explainStatement, type ProbedQuery, probeManager, tableOf } from './subject-query.probe';

/**
 * Where the time of `readSubjectRecords` goes: each statement's round-trip time over all `subjects` (p50/p95, rows
 * returned on average), then EXPLAIN ANALYZE of each statement for the subject with the most rows (scans used).
 *
 * @example
 * await profileSubjectReads(dataSource, storage, graph, workspaceId, subjects);
 */
export async function profileSubjectReads(dataSource: DataSource, storage: PrivacyMetadataStorage, graph: SubjectGraph, workspaceId: string, subjects: readonly string[]): Promise<void> {
  const perStatement = new Map<string, { sql: string; ms: number[]; rows: number }>();
  let richest: { id: string; rows: number; log: ProbedQuery[] } | undefined;
  for (const id of subjects) {
    const log: ProbedQuery[] = [];
    const records = await dataSource.transaction('REPEATABLE READ', (em) => readSubjectRecords(probeManager(em, log), graph, id, { storage, workspaceId }));
    const rows = records.reduce((n, r) => n + r.rows.length, 0);
    if (richest === undefined || rows > richest.rows) richest = { id, rows, log };
    log.forEach((q, i) => {
      const name = records[records.length - 1 - i].entity.name; // the reader runs the statements subject first (graph order reversed)
      const entry = perStatement.get(name) ?? { sql: q.sql, ms: [], rows: 0 };
      entry.ms.push(q.ms);
      entry.rows += records[records.length - 1 - i].rows.length;
      perStatement.set(name, entry);
    });
  }
  console.log(`\nreadSubjectRecords, time per statement (round trip, inside its REPEATABLE READ transaction), ${subjects.length} subjects`);
  let sum = 0;
  for (const [name, s] of perStatement) {
    const t = summarize(name, s.ms);
    sum += t.p50;
    console.log(`  ${name.padEnd(32)} ${tableOf(s.sql).padEnd(34)} p50 ${t.p50.toFixed(3).padStart(7)} ms  p95 ${t.p95.toFixed(3).padStart(7)} ms  rows/subject ${(s.rows / subjects.length).toFixed(2)}`);
  }
  console.log(`  sum of p50s: ${sum.toFixed(2)} ms over ${perStatement.size} statements`);
  if (richest === undefined) return;
  console.log(`EXPLAIN ANALYZE of each statement for the sampled subject with the most rows (${richest.rows} rows)`);
  for (const q of [...richest.log].reverse()) {
    const plan = await explainStatement(dataSource, q.sql, q.params);
    const flag = plan.scans.some((s) => s.startsWith('Seq Scan')) ? '  ← sequential scan' : '';
    console.log(`  ${tableOf(q.sql).padEnd(34)} ${plan.ms.toFixed(3).padStart(7)} ms ${String(plan.rows).padStart(3)} rows: ${plan.scans.join('; ')}${flag}`);
  }
}
