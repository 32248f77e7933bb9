import 'reflect-metadata';
/* eslint-disable @nx/enforce-module-boundaries -- this benchmark boots the reference API in-process on a generated
   100k-contact database to measure one-subject export and erasure; run by `npm run bench`, never imported by a library. */
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { getMetadataStorage } from '@lawful/annotations';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { subjectGraph } from '@lawful/rights';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import type { DatabaseTarget } from '../../apps/api/src/database/database-url';
import { Contact } from '../../apps/api/src/processor/crm/contact.entity';
import { seedDemoData } from '../../apps/api/src/seed/demo.seed';
import { createTestDatabaseTarget } from '../../apps/api/src/testing/test-database';
import { generateSubjectData, SUBJECT_VOLUMES } from './subject-rights-data.fixture';
import { measureSubjectErasure } from './subject-erasure.measure';
import { measureSubjectExport } from './subject-export.measure';
import { checkSubjectIndexes } from './subject-index.check';
import { profileSubjectReads } from './subject-read.profile';
import { TimedHttpClient } from './timed-http.client';

// Figures are printed, never asserted. PostgreSQL by default (DATABASE_URL, else the local server below; a throw-away
// database is created and dropped, or kept for profiling with BENCH_KEEP=1); BENCH_DATABASE=pglite measures embedded
// PGlite instead (labelled as such). The load average is printed: other processes on the machine skew the figures.
const DEFAULT_POSTGRES = 'postgres://postgres@127.0.0.1:5432/test';
const CONTACTS = Number(process.env['BENCH_CONTACTS'] ?? 100_000);
const EXPORT_SUBJECTS = Number(process.env['BENCH_SUBJECTS'] ?? 200);
const ERASURE_SUBJECTS = Number(process.env['BENCH_ERASURES'] ?? 100);
const WARMUP = 20;
const ERASURE_WARMUP = 10;

function describeDatabase(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return 'embedded PGlite (in memory, same process)';
  const url = new URL(target.url);
  return `PostgreSQL at ${url.host}, throw-away database ${url.pathname.slice(1)}`;
}

/** Seeds the demo accounts, adds CONTACTS generated contacts (and their data) to "Demo" and a fifth as many to "Other". */
async function generate(dataSource: DataSource): Promise<{ demo: string; other: string }> {
  await seedDemoData(dataSource);
  const ids: Record<string, string> = {};
  for (const [slug, prefix, contacts] of [['demo', 'demo', CONTACTS], ['other', 'other', Math.round(CONTACTS / 5)]] as const) {
    const [w] = (await dataSource.query(`SELECT w.id, w.owner_id, (SELECT p.id FROM projects p WHERE p.workspace_id = w.id LIMIT 1) AS project_id FROM workspaces w WHERE w.slug = $1`, [slug])) as { id: string; owner_id: string; project_id: string }[];
    const start = Date.now();
    await generateSubjectData(dataSource, { workspaceId: w.id, userId: w.owner_id, projectId: w.project_id, prefix }, contacts);
    console.log(`  generated ${contacts.toLocaleString('en-US')} contacts and their data in "${slug}" (${((Date.now() - start) / 1000).toFixed(1)} s)`);
    ids[slug] = w.id;
  }
  await dataSource.query('VACUUM ANALYZE'); // a steady-state database: statistics, visibility map, GIN pending lists merged
  return { demo: ids['demo'], other: ids['other'] };
}

async function printVolumes(dataSource: DataSource, workspaceId: string): Promise<void> {
  const tables = ['contacts', 'deals', 'notes', 'note_contacts', 'chat_threads', 'chat_messages', 'email_messages', 'tasks', 'contact_tags', 'custom_field_values', 'lead_scores', 'file_attachments', 'contact_consents', 'access_audit_records'];
  const counts = (await dataSource.query(`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t} WHERE workspace_id = $1)::int AS ${t}`).join(', ')}`, [workspaceId])) as Record<string, number>[];
  const total = (await dataSource.query(`SELECT count(*)::int AS n FROM contacts`)) as { n: number }[];
  console.log(`  "Demo" rows: ${tables.map((t) => `${t} ${counts[0][t].toLocaleString('en-US')}`).join(', ')}; contacts in all workspaces: ${total[0].n.toLocaleString('en-US')}`);
  console.log(`  per contact (averages generated): ${Object.entries(SUBJECT_VOLUMES).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

async function login(port: number, email: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'demo-password' }) });
  if (res.status !== 200) throw new Error(`login of ${email} answered ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** Distinct random generated contacts of the workspace: the export sample first, then the erasure sample. */
async function sampleSubjects(dataSource: DataSource, workspaceId: string, count: number): Promise<string[]> {
  const rows = (await dataSource.query(`SELECT id FROM contacts WHERE workspace_id = $1 AND email LIKE '%@demo.example' ORDER BY random() LIMIT $2`, [workspaceId, count])) as { id: string }[];
  if (rows.length < count) throw new Error(`only ${rows.length} generated contacts, ${count} needed`);
  return rows.map((r) => r.id);
}

async function main(): Promise<void> {
  if (process.env['BENCH_DATABASE'] === 'pglite') delete process.env['DATABASE_URL'];
  else process.env['DATABASE_URL'] ||= DEFAULT_POSTGRES;
  const db = await createTestDatabaseTarget();
  let app: INestApplication | undefined;
  let http: TimedHttpClient | undefined;
  try {
    console.log(`\none-subject export and erasure, ${CONTACTS.toLocaleString('en-US')} contacts; database: ${describeDatabase(db.target)}`);
    console.log(`  load average (1, 5, 15 min): ${loadavg().map((x) => x.toFixed(2)).join(', ')} on ${availableParallelism()} CPUs`);
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ database: db.target })] }).compile();
    app = await moduleRef.createNestApplication({ logger: ['error'] }).init();
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const dataSource = app.get(DataSource);
    const { demo } = await generate(dataSource);
    await printVolumes(dataSource, demo);
    const storage = getMetadataStorage();
    const graph = subjectGraph(storage, Contact);
    const sample = await sampleSubjects(dataSource, demo, WARMUP + EXPORT_SUBJECTS + 2 * (ERASURE_WARMUP + 2 * ERASURE_SUBJECTS));
    const exportSubjects = sample.slice(0, WARMUP + EXPORT_SUBJECTS);
    const erasureSubjects = (phase: number) => {
      const size = ERASURE_WARMUP + 2 * ERASURE_SUBJECTS;
      const set = sample.slice(exportSubjects.length + phase * size, exportSubjects.length + (phase + 1) * size);
      return { warmup: set.slice(0, ERASURE_WARMUP), subjects: set.slice(ERASURE_WARMUP) };
    };
    const missing = await checkSubjectIndexes(dataSource, storage, graph);
    await profileSubjectReads(dataSource, storage, graph, demo, exportSubjects.slice(WARMUP));
    http = new TimedHttpClient(port, { authorization: `Bearer ${await login(port, 'owner@demo.test')}` });
    const exportBench = { dataSource, storage, graph, workspaceId: demo, http, warmup: exportSubjects.slice(0, WARMUP), subjects: exportSubjects.slice(WARMUP) };
    await measureSubjectExport(exportBench);
    await measureSubjectErasure({ dataSource, storage, subjectEntity: Contact, workspaceId: demo, http, ...erasureSubjects(0) });
    if (missing.length > 0 && process.env['BENCH_WHATIF'] !== '0') {
      console.log(`\nWHAT-IF (bench database only; the migrations are unchanged — BENCH_WHATIF=0 skips): the indexes missing above\n  ${missing.join(';\n  ')}`);
      for (const ddl of missing) await dataSource.query(ddl);
      await dataSource.query('VACUUM ANALYZE');
      await profileSubjectReads(dataSource, storage, graph, demo, exportSubjects.slice(WARMUP));
      await measureSubjectExport(exportBench);
      await measureSubjectErasure({ dataSource, storage, subjectEntity: Contact, workspaceId: demo, http, ...erasureSubjects(1) });
    }
  } finally {
    http?.close();
    await app?.close();
    console.log(`\n  load average at the end (1, 5, 15 min): ${loadavg().map((x) => x.toFixed(2)).join(', ')}`);
    if (process.env['BENCH_KEEP'] === '1') console.log(`  database kept (BENCH_KEEP=1): ${describeDatabase(db.target)}`);
    else await db.drop();
  }
}

main().catch((error: unknown) => {
  console.error(`subject-rights bench aborted: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
