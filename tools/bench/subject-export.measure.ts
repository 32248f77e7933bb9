import { performance } from 'node:perf_hooks';
import type { PrivacyMetadataStorage } from '@lawful/annotations';
import { readSubjectRecords } from '@lawful/nestjs';
import { buildSubjectExport, type SubjectExport, subjectExportCsv, type SubjectGraph } from '@lawful/rights';
import type { DataSource } from 'typeorm';
import { type LatencySummary, printLatencies, summarize } from './latency.stats';
import { type ProbedQuery, probeManager } from './subject-query.probe';
import type { TimedHttpClient } from './timed-http.client';

/** What `measureSubjectExport` needs: the booted app's data source and an HTTP client logged in as an owner. */
export interface SubjectExportBench {
  dataSource: DataSource;
  storage: PrivacyMetadataStorage;
  graph: SubjectGraph;
  workspaceId: string;
  http: TimedHttpClient;
  warmup: readonly string[];
  subjects: readonly string[];
}

interface Op {
  name: string;
  run(id: string): Promise<unknown>;
}

/** Runs every op once per subject, rotating their order per subject so drift is shared; returns one summary per op. */
async function interleaved(ops: readonly Op[], warmup: readonly string[], subjects: readonly string[]): Promise<LatencySummary[]> {
  for (const id of warmup) for (const op of ops) await op.run(id);
  const times = ops.map(() => [] as number[]);
  for (const [i, id] of subjects.entries()) {
    for (let k = 0; k < ops.length; k++) {
      const j = (i + k) % ops.length;
      const start = performance.now();
      await ops[j].run(id);
      times[j].push(performance.now() - start);
    }
  }
  return ops.map((op, j) => summarize(op.name, times[j]));
}

/**
 * One-subject export latencies (p50/p95/p99) over the sampled subjects: the library path (readSubjectRecords, then
 * buildSubjectExport and JSON.stringify or the CSV form) and the HTTP route as a workspace owner, against two
 * baselines measured in the same run — the single-row `SELECT * FROM contacts WHERE id = $1`, one statement
 * fetching the same rows as the reader (its own per-entity statements as sub-selects, one round trip, rows as JSON),
 * and the same contact read over HTTP through the same stack (`GET …/contacts/:id`).
 * Also prints what an export holds on average (rows, values, bytes).
 *
 * @example
 * await measureSubjectExport({ dataSource, storage, graph, workspaceId, http, warmup, subjects });
 */
export async function measureSubjectExport(b: SubjectExportBench): Promise<void> {
  const { dataSource, storage, graph, workspaceId } = b;
  const options = { storage, workspaceId };
  const read = (id: string) => readSubjectRecords(dataSource.manager, graph, id, options);
  const build = async (id: string) => buildSubjectExport({ storage, graph, records: await read(id), subjectId: id, scope: 'access', generatedAt: new Date(), history: [] });
  const oneStatement = await sameRowsInOneStatement(b);
  const path = (id: string, query = '') => `/workspaces/${workspaceId}/subjects/${id}/export${query}`;
  const get = (query: string) => async (id: string) => {
    const res = await b.http.send('GET', path(id, query));
    if (res.status !== 200) throw new Error(`GET ${path(':contactId', query)} answered ${res.status}: ${res.body.slice(0, 300)}`);
    return res;
  };
  const contact = async (id: string) => {
    const res = await b.http.send('GET', `/workspaces/${workspaceId}/contacts/${id}`, undefined, { 'x-purpose': 'service.crm' });
    if (res.status !== 200) throw new Error(`GET /workspaces/:workspaceId/contacts/:id answered ${res.status}: ${res.body.slice(0, 300)}`);
  };
  const ops: Op[] = [
    { name: 'single row: SELECT * FROM contacts WHERE id = $1', run: (id) => dataSource.query('SELECT * FROM contacts WHERE id = $1', [id]) },
    { name: 'same rows, one statement (no transaction)', run: (id) => dataSource.query(oneStatement.sql, oneStatement.params(id)) },
    { name: 'HTTP GET …/contacts/:id (service.crm), owner', run: contact },
    { name: 'library: readSubjectRecords', run: read },
    { name: 'library: read + buildSubjectExport + JSON.stringify', run: async (id) => JSON.stringify(await build(id)) },
    { name: 'library: read + buildSubjectExport + CSV', run: async (id) => subjectExportCsv(await build(id)) },
    { name: 'HTTP GET …/export (JSON), owner, keep-alive', run: get('') },
    { name: 'HTTP GET …/export?format=csv, owner, keep-alive', run: get('?format=csv') },
  ];
  const [single, statement, oneContact, ...rows] = await interleaved(ops, b.warmup, b.subjects);
  printLatencies(`one-subject export, ${b.subjects.length} random subjects, ops interleaved per subject (B1-B3 = baselines)`, [single, statement, oneContact], rows);
  await printExportSizes(b, build, get(''));
}

/** The reader's statements for one subject, combined into one SELECT of JSON arrays (same rows, one round trip). */
async function sameRowsInOneStatement(b: SubjectExportBench): Promise<{ sql: string; params: (id: string) => string[] }> {
  const log: ProbedQuery[] = [];
  await b.dataSource.transaction('REPEATABLE READ', (em) => readSubjectRecords(probeManager(em, log), b.graph, b.subjects[0], { storage: b.storage, workspaceId: b.workspaceId }));
  const sql = `SELECT ${log.map((q, i) => `(SELECT coalesce(json_agg(x), '[]'::json) FROM (${q.sql}) x) AS e${i}`).join(', ')}`;
  return { sql, params: (id) => (sql.includes('$2') ? [id, b.workspaceId] : [id]) };
}

async function printExportSizes(b: SubjectExportBench, build: (id: string) => Promise<SubjectExport>, get: (id: string) => Promise<{ body: string }>): Promise<void> {
  const perEntity = new Map<string, number>();
  let values = 0;
  let jsonBytes = 0;
  let csvBytes = 0;
  let httpBytes = 0;
  for (const id of b.subjects) {
    const doc = await build(id);
    for (const [name, records] of Object.entries(doc.entities)) perEntity.set(name, (perEntity.get(name) ?? 0) + records.length);
    values += Object.values(doc.entities).flat().reduce((n, r) => n + Object.keys(r.fields).length, 0);
    jsonBytes += Buffer.byteLength(JSON.stringify(doc));
    csvBytes += Buffer.byteLength(subjectExportCsv(doc));
    const body = JSON.parse((await get(id)).body) as SubjectExport;
    if (body.subject.id !== id) throw new Error('the HTTP export is about another subject');
    httpBytes += Buffer.byteLength(JSON.stringify(body));
  }
  const n = b.subjects.length;
  const rows = [...perEntity.values()].reduce((s, x) => s + x, 0);
  console.log(`  per subject on average: ${(rows / n).toFixed(1)} records (${[...perEntity].map(([e, c]) => `${e} ${(c / n).toFixed(2)}`).join(', ')}), ${(values / n).toFixed(1)} values (CSV rows)`);
  console.log(`  sizes on average: library JSON ${(jsonBytes / n / 1024).toFixed(1)} KiB (no history), CSV ${(csvBytes / n / 1024).toFixed(1)} KiB; HTTP JSON ${(httpBytes / n / 1024).toFixed(1)} KiB (with the processing history)`);
}
