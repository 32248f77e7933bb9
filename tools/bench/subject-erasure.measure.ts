import { performance } from 'node:perf_hooks';
import type { EntityTarget, PrivacyMetadataStorage } from '@lawful/annotations';
import { type ErasureDryRun, ErasureExecutor } from '@lawful/nestjs';
import { planErasure } from '@lawful/rights';
import type { DataSource, EntityManager } from 'typeorm';
import { type LatencySummary, printLatencies, summarize } from './latency.stats';
import { explainDeleteTriggers, printStatementShares, type ProbedQuery, probeManager } from './subject-query.probe';
import type { TimedHttpClient } from './timed-http.client';

/** What `measureSubjectErasure` needs; `subjects` are erased (each once), so they must not be reused afterwards. */
export interface SubjectErasureBench {
  dataSource: DataSource;
  storage: PrivacyMetadataStorage;
  subjectEntity: EntityTarget;
  workspaceId: string;
  http: TimedHttpClient;
  /** Subjects erased before measuring (JIT, pools, caches), half by the library, half over HTTP. */
  warmup: readonly string[];
  /** Distinct subjects: the first half erased by the library executor, the second half over HTTP. */
  subjects: readonly string[];
}

type Timed = (id: string) => Promise<unknown>;

/** Runs `ops[k]` on `sets[k][i]` for every i, rotating the order per i; one summary per op. */
async function interleaved(ops: readonly { name: string; run: Timed }[], sets: readonly (readonly string[])[]): Promise<LatencySummary[]> {
  const times = ops.map(() => [] as number[]);
  const n = Math.min(...sets.map((s) => s.length));
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < ops.length; k++) {
      const j = (i + k) % ops.length;
      const start = performance.now();
      await ops[j].run(sets[j][i]);
      times[j].push(performance.now() - start);
    }
  }
  return ops.map((op, j) => summarize(op.name, times[j]));
}

/**
 * One-subject erasure latencies: the dry run (library `ErasureExecutor.dryRun`, and `GET …/erasure` when the route
 * is mounted), then the erasure itself (library `execute` inside one transaction; `POST …/erasure` as owner, which
 * also stores the certificate and audits), each subject erased once, and the library's time by statement. Baselines in the same run: the single-row
 * `SELECT * FROM contacts WHERE id = $1` and a one-row write transaction (`UPDATE contacts … WHERE id = $1`).
 * Also prints the rows an erasure deletes, anonymizes and retains on average.
 *
 * @example
 * await measureSubjectErasure({ dataSource, storage, subjectEntity: Contact, workspaceId, http, warmup, subjects });
 */
export async function measureSubjectErasure(b: SubjectErasureBench): Promise<void> {
  const { dataSource, workspaceId } = b;
  const executor = new ErasureExecutor(dataSource, planErasure(b.storage, b.subjectEntity), { storage: b.storage });
  const path = (id: string) => `/workspaces/${workspaceId}/subjects/${id}/erasure`;
  const half = Math.floor(b.subjects.length / 2);
  const [viaLibrary, viaHttp] = [b.subjects.slice(0, half), b.subjects.slice(half, 2 * half)];
  const probe = await b.http.send('GET', path(b.warmup[0]));
  const routed = probe.status === 200;
  const call = (method: 'GET' | 'POST', status: number) => async (id: string) => {
    const res = await b.http.send(method, path(id), method === 'POST' ? {} : undefined);
    if (res.status !== status) throw new Error(`${method} ${path(':contactId')} answered ${res.status}: ${res.body.slice(0, 300)}`);
    return res;
  };
  const single: Timed = (id) => dataSource.query('SELECT * FROM contacts WHERE id = $1', [id]);
  const write: Timed = (id) => dataSource.transaction((em) => em.query('UPDATE contacts SET updated_at = now() WHERE id = $1 AND workspace_id = $2', [id, workspaceId]));
  // The executor runs inside a transaction opened here, on a manager recording each statement (where the time goes).
  const [dryLogs, runLogs] = [[] as ProbedQuery[][], [] as ProbedQuery[][]];
  const probed = (logs: ProbedQuery[][], isolation: 'REPEATABLE READ' | 'READ COMMITTED', run: (id: string, manager: EntityManager) => Promise<unknown>) => (id: string) => {
    const log: ProbedQuery[] = [];
    logs.push(log);
    return dataSource.transaction(isolation, (em) => run(id, probeManager(em, log)));
  };
  const dryRun: Timed = probed(dryLogs, 'REPEATABLE READ', (id, manager) => executor.dryRun(id, { workspaceId, manager }));
  const execute: Timed = probed(runLogs, 'READ COMMITTED', (id, manager) => executor.execute(id, { workspaceId, manager }));
  const warm = b.warmup.slice(0, Math.floor(b.warmup.length / 2));
  for (const id of warm) await dryRun(id).then(() => execute(id));
  if (routed) for (const id of b.warmup.slice(warm.length)) await call('GET', 200)(id).then(() => call('POST', 201)(id));
  const baselines = await interleaved([{ name: 'single row: SELECT * FROM contacts WHERE id = $1', run: single }, { name: 'one-row UPDATE in a transaction', run: write }], [viaLibrary, viaHttp]);
  const dryOps = [{ name: 'library: ErasureExecutor.dryRun', run: dryRun }, ...(routed ? [{ name: 'HTTP GET …/erasure (dry run), owner', run: call('GET', 200) }] : [])];
  const runOps = [{ name: 'library: ErasureExecutor.execute (one transaction)', run: execute }, ...(routed ? [{ name: 'HTTP POST …/erasure, owner (certificate stored, audited)', run: call('POST', 201) }] : [])];
  const counts = await rowCounts(executor, viaLibrary, workspaceId);
  const triggers = await explainDeleteTriggers(dataSource, dataSource.getMetadata(b.subjectEntity).tableName, viaLibrary[0]);
  dryLogs.length = 0;
  runLogs.length = 0;
  const dry = await interleaved(dryOps, [viaLibrary, viaHttp]);
  const erased = await interleaved(runOps, [viaLibrary, viaHttp]);
  printLatencies(`one-subject erasure, ${viaLibrary.length} distinct subjects per erasing op (each erased once), interleaved (B1, B2 = baselines)`, baselines, [...dry, ...erased]);
  if (!routed) console.log(`  HTTP: GET ${path(':contactId')} answered ${probe.status} — route not mounted in this build, library figures only`);
  console.log(`  per subject on average (dry run of the library's subjects): ${counts}`);
  printStatementShares('library dry run', dryLogs);
  printStatementShares('library erasure', runLogs);
  console.log(triggers.join('\n'));
}

async function rowCounts(executor: ErasureExecutor, subjects: readonly string[], workspaceId: string): Promise<string> {
  const sums = new Map<string, { deleted: number; anonymized: number; retained: number }>();
  for (const id of subjects) {
    const run: ErasureDryRun = await executor.dryRun(id, { workspaceId });
    for (const step of run.steps) {
      const s = sums.get(step.entity) ?? { deleted: 0, anonymized: 0, retained: 0 };
      sums.set(step.entity, { deleted: s.deleted + step.rows.deleted, anonymized: s.anonymized + step.rows.anonymized, retained: s.retained + step.rows.retained });
    }
  }
  const n = subjects.length;
  const total = [...sums.values()].reduce((t, s) => ({ deleted: t.deleted + s.deleted, anonymized: t.anonymized + s.anonymized, retained: t.retained + s.retained }), { deleted: 0, anonymized: 0, retained: 0 });
  const each = [...sums].filter(([, s]) => s.deleted + s.anonymized + s.retained > 0).map(([e, s]) => `${e} ${[s.deleted && `${(s.deleted / n).toFixed(2)} del`, s.anonymized && `${(s.anonymized / n).toFixed(2)} anon`, s.retained && `${(s.retained / n).toFixed(2)} kept`].filter(Boolean).join('/')}`);
  return `${(total.deleted / n).toFixed(1)} rows deleted, ${(total.anonymized / n).toFixed(1)} anonymized, ${(total.retained / n).toFixed(1)} retained (${each.join(', ')})`;
}
