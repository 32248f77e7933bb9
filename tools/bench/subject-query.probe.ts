import { performance } from 'node:perf_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** One statement a probed manager ran, with its parameters and wall time (ms, round trip included). */
export interface ProbedQuery {
  sql: string;
  params: unknown[];
  ms: number;
}

/**
 * Wraps a transaction's manager so every statement it runs — `query()`, or its query runner's `query()` — is recorded
 * (statement, parameters, round-trip time), for attributing the time of a library call such as `readSubjectRecords`
 * to its statements. Everything else is inherited from the wrapped manager (connection, active transaction).
 *
 * @example
 * await dataSource.transaction('REPEATABLE READ', (em) => readSubjectRecords(probeManager(em, log), graph, id, options));
 */
export function probeManager(manager: EntityManager, log: ProbedQuery[]): EntityManager {
  const timed = async <T>(sql: string, params: unknown[] | undefined, run: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await run();
    log.push({ sql, params: params ?? [], ms: performance.now() - start });
    return result;
  };
  const probe = Object.create(manager) as EntityManager;
  probe.query = <T = unknown>(sql: string, params?: unknown[]): Promise<T> => timed(sql, params, () => manager.query<T>(sql, params));
  const runner = manager.queryRunner;
  if (runner !== undefined) {
    // Statements sent through the transaction's query runner directly (`queryRunner.query(sql, values, true)`).
    const probedRunner = Object.create(runner) as QueryRunner;
    probedRunner.query = ((sql: string, params?: unknown[], structured?: boolean) => timed(sql, params, () => runner.query(sql, params, structured as true))) as QueryRunner['query'];
    Object.defineProperty(probe, 'queryRunner', { value: probedRunner });
  }
  return probe;
}

/** The table a `SELECT|DELETE … FROM <table> t …` or `UPDATE <table> t …` statement is about. */
export function tableOf(sql: string): string {
  return /^\s*(?:UPDATE|[\s\S]*?\bFROM)\s+("[^"]+"(?:\."[^"]+")?)\s+t\b/.exec(sql)?.[1]?.replace(/"/g, '') ?? '?';
}

/**
 * Prints where the time of `runs` calls went, by statement text (the subject is a parameter, so a statement's text
 * is the same for every subject): verb and table, how often per call, p50 per execution, and share of the total;
 * with `BENCH_SQL=1`, each statement's text too.
 *
 * @example
 * printStatementShares('ErasureExecutor.execute', logs); // one log per call
 */
export function printStatementShares(title: string, logs: readonly (readonly ProbedQuery[])[], top = 10): void {
  const by = new Map<string, number[]>();
  for (const q of logs.flat()) by.set(q.sql, [...(by.get(q.sql) ?? []), q.ms]);
  const total = logs.flat().reduce((t, q) => t + q.ms, 0);
  const rows = [...by].map(([sql, ms]) => ({ sql, ms, sum: ms.reduce((t, x) => t + x, 0) })).sort((a, b) => b.sum - a.sum);
  console.log(`  ${title}: ${(total / logs.length).toFixed(2)} ms of statements per call on average, ${(logs.flat().length / logs.length).toFixed(1)} statements; the ${Math.min(top, rows.length)} costliest:`);
  for (const r of rows.slice(0, top)) {
    const what = `${/^\s*(\w+)/.exec(r.sql)?.[1] ?? '?'} ${tableOf(r.sql)}`;
    const p50 = [...r.ms].sort((a, b) => a - b)[Math.floor(r.ms.length / 2)];
    console.log(`    ${what.padEnd(44)} ${(r.ms.length / logs.length).toFixed(2).padStart(5)}×/call  p50 ${p50.toFixed(3).padStart(8)} ms  ${((100 * r.sum) / total).toFixed(1).padStart(5)} % of the time`);
    if (process.env['BENCH_SQL'] === '1') console.log(`      ${r.sql}`);
  }
}

/**
 * EXPLAIN ANALYZE of one statement, condensed: execution time (ms), rows returned, and the scans it ran
 * (`Seq Scan on deals`, `Index Scan using IDX_… on notes`…), to spot a missing index.
 *
 * @example
 * const plan = await explainStatement(dataSource, sql, [contactId, workspaceId]); // { ms: 0.05, rows: 2, scans: [...] }
 */
export async function explainStatement(dataSource: DataSource, sql: string, params: unknown[]): Promise<{ ms: number; rows: number; scans: string[] }> {
  const [row] = (await dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params)) as { 'QUERY PLAN': unknown }[];
  const raw = row['QUERY PLAN'];
  const [doc] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode; 'Execution Time': number }[];
  const scans: string[] = [];
  const walk = (node: PlanNode) => {
    if (/Scan/.test(node['Node Type']) && node['Relation Name'] !== undefined) {
      const using = node['Index Name'] ? ` using ${node['Index Name']}` : '';
      scans.push(`${node['Node Type']}${using} on ${node['Relation Name']} (${node['Actual Rows']} rows × ${node['Actual Loops']}${node['Rows Removed by Filter'] ? `, ${node['Rows Removed by Filter']} filtered` : ''})`);
    } else if (node['Node Type'] === 'Bitmap Index Scan') {
      scans.push(`Bitmap Index Scan on ${node['Index Name'] ?? '?'} (${node['Actual Rows']} rows)`);
    }
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(doc.Plan);
  return { ms: doc['Execution Time'], rows: doc.Plan['Actual Rows'], scans };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

/**
 * EXPLAIN ANALYZE of deleting one row of `table`, rolled back: total time and the time of each foreign-key trigger
 * it fires (`ON DELETE CASCADE / SET NULL` and checks on the referencing tables), with the referencing column — a
 * referencing column without an index leading with it makes its trigger scan that whole table. Returns the lines
 * to print.
 *
 * @example
 * console.log((await explainDeleteTriggers(dataSource, 'contacts', contactId)).join('\n'));
 */
export async function explainDeleteTriggers(dataSource: DataSource, table: string, id: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    const [row] = (await runner.query(`EXPLAIN (ANALYZE, FORMAT JSON) DELETE FROM "${table}" WHERE id = $1`, [id])) as { 'QUERY PLAN': unknown }[];
    const raw = row['QUERY PLAN'];
    const [doc] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { 'Execution Time': number; Triggers?: { 'Constraint Name'?: string; 'Trigger Name': string; Time: number; Calls: number }[] }[];
    const refs = (await runner.query(
      `SELECT c.conname AS name, c.conrelid::regclass::text AS child, a.attname::text AS "column" FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] WHERE c.contype = 'f' AND c.confrelid = $1::regclass`,
      [`"${table}"`],
    )) as { name: string; child: string; column: string }[];
    const triggers = [...(doc.Triggers ?? [])].sort((a, b) => b.Time - a.Time);
    const lines = [`  EXPLAIN ANALYZE DELETE FROM ${table} (one row, rolled back): ${doc['Execution Time'].toFixed(2)} ms; foreign-key triggers, costliest first:`];
    for (const t of triggers.slice(0, 8)) {
      const ref = refs.find((r) => r.name === t['Constraint Name']);
      lines.push(`    ${(ref ? `${ref.child}.${ref.column}` : t['Trigger Name']).padEnd(44)} ${t.Time.toFixed(3).padStart(8)} ms`);
    }
    return lines;
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}
