import type { PrivacyMetadataStorage } from '@lawful/annotations';
import { readSubjectRecords, SqlNames } from '@lawful/nestjs';
import type { SubjectGraph } from '@lawful/rights';
import type { DataSource } from 'typeorm';
import { summarize } from './latency.stats';
import { explainStatement, type ProbedQuery, probeManager, tableOf } from './subject-query.probe';

/**
 * For every column an ownership path of the graph filters on (each hop's key), the index PostgreSQL can use for
 * `column = …` / `column IN (…)`. The first hop of a path is filtered together with the workspace key, so an index
 * leading with the workspace key then the column serves it; later hops are sub-selects without a workspace filter
 * and need an index leading with the column. Prints each column's index, and returns `CREATE INDEX` statements for
 * the columns without a usable one (for a what-if run on the bench database only — the migrations are unchanged).
 *
 * @example
 * const missing = await printPathIndexes(dataSource, storage, subjectGraph(storage, Contact));
 */
export async function printPathIndexes(dataSource: DataSource, storage: PrivacyMetadataStorage, graph: SubjectGraph): Promise<string[]> {
  const names = new SqlNames(dataSource);
  const columns = new Map<string, { table: string; column: string; inner: boolean; workspaceKey?: string }>();
  for (const node of graph.nodes) {
    for (const path of node.paths) {
      path.forEach((hop, k) => {
        const table = names.metadata(hop.entity).tableName;
        const column = names.column(hop.entity, hop.property).replace(/"/g, '');
        const key = storage.entityOf(hop.entity).workspaceKey;
        const known = columns.get(`${table}.${column}`);
        columns.set(`${table}.${column}`, { table, column, inner: (known?.inner ?? false) || k > 0, ...(key ? { workspaceKey: names.column(hop.entity, key).replace(/"/g, '') } : {}) });
      });
    }
  }
  const indexes = (await dataSource.query(
    `SELECT c.relname AS "table", i.relname AS "index", array_agg(a.attname::text ORDER BY k.ord) AS cols
       FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
       CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE c.relname = ANY($1) GROUP BY c.relname, i.relname`,
    [[...new Set([...columns.values()].map((c) => c.table))]],
  )) as { table: string; index: string; cols: string[] }[];
  console.log('\nindexes behind the ownership-path columns of the subject graph (Contact)');
  const missing: string[] = [];
  for (const { table, column, inner, workspaceKey } of columns.values()) {
    const own = indexes.filter((i) => i.table === table);
    const leading = own.find((i) => i.cols[0] === column);
    const afterKey = inner ? undefined : own.find((i) => i.cols[0] === workspaceKey && i.cols[1] === column);
    const found = leading ?? afterKey;
    const where = inner ? 'in a sub-select without workspace filter' : 'next to the workspace filter';
    const how = found ? `${found.index} (${found.cols.join(', ')})` : `NO USABLE INDEX (${own.filter((i) => i.cols.includes(column)).map((i) => `(${i.cols.join(', ')})`).join(' ') || 'none has it'}) — scans the table`;
    console.log(`  ${`${table}.${column}`.padEnd(44)} ${where.padEnd(42)} ${how}`);
    if (!found) missing.push(`CREATE INDEX "bench_whatif_${table}_${column}" ON "${table}" (${!inner && workspaceKey ? `"${workspaceKey}", ` : ''}"${column}")`);
  }
  return missing;
}

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
