import 'reflect-metadata';
/* eslint-disable @nx/enforce-module-boundaries -- this benchmark boots the reference API in-process to measure its
   contacts route with and without enforcement; it is run by `npm run bench`, never imported by a library. */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { AuthModule } from '../../apps/api/src/controller/auth/auth.module';
import { Workspace } from '../../apps/api/src/controller/workspaces/workspace.entity';
import type { DatabaseTarget } from '../../apps/api/src/database/database-url';
import { Contact } from '../../apps/api/src/processor/crm/contact.entity';
import { seedDemoData } from '../../apps/api/src/seed/demo.seed';
import { createTestDatabaseTarget } from '../../apps/api/src/testing/test-database';
import { HttpLoad, type LoadResult } from './http-load.fixture';
import { UNENFORCED_CONTACTS_PATH, UnenforcedContactsController } from './unenforced-contacts.fixture';

// Figures are printed, never asserted. BENCH_SECONDS, BENCH_ROUNDS, BENCH_CONCURRENCY override the defaults.
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 2);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 10);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 16);
const PAGE_SIZE = 100;
const TARGET_RATIO = 0.95;

/** A round's load result and the server thread's busy time (event-loop utilisation, ms) during it. */
type Round = LoadResult & { busyMs: number };

interface Variant {
  name: 'enforced' | 'baseline';
  path: string;
  rounds: Round[];
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const rate = (r: LoadResult): number => r.requests / r.seconds;
const busyPerRequest = (r: Round): number => r.busyMs / r.requests;

function describeDatabase(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return 'embedded PGlite (in memory, same process)';
  const url = new URL(target.url);
  return `PostgreSQL at ${url.host}, throw-away database ${url.pathname.slice(1)} (dropped at the end)`;
}

async function login(port: number, email: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'demo-password' }) });
  if (res.status !== 200) throw new Error(`login of ${email} answered ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** Fetches each variant once; aborts unless both answer 200 with the same PAGE_SIZE contacts in the same order. */
async function checkSameAnswers(port: number, headers: Record<string, string>, variants: Variant[], total: number): Promise<void> {
  const ids: string[][] = [];
  for (const v of variants) {
    const res = await fetch(`http://127.0.0.1:${port}${v.path}`, { headers });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${v.name}: GET answered ${res.status}, not 200: ${text.slice(0, 300)}`);
    const body = JSON.parse(text) as { items: Record<string, unknown>[]; total: number };
    if (body.items.length !== PAGE_SIZE || body.total !== total) throw new Error(`${v.name}: ${body.items.length} items of ${body.total}, expected ${PAGE_SIZE} of ${total}`);
    ids.push(body.items.map((c) => String(c['id'])));
    const fields = new Set(body.items.flatMap((c) => Object.keys(c))).size;
    console.log(`  ${v.name.padEnd(9)} GET ${v.path.replace(/[0-9a-f-]{36}/, ':workspaceId')}: ${Buffer.byteLength(text).toLocaleString('en-US')} bytes, ${body.items.length} items × ${fields} fields`);
  }
  if (ids[0].join() !== ids[1].join()) throw new Error('enforced and baseline list different contacts or a different order');
}

async function measure(load: HttpLoad, port: number, headers: Record<string, string>, variants: Variant[]): Promise<void> {
  const round = (v: Variant, seconds: number) => load.run({ port, headers, path: v.path, concurrency: CONCURRENCY, durationMs: seconds * 1000 });
  for (const v of variants) await round(v, Math.min(2, SECONDS)); // warm-up: JIT, connection pools, caches
  for (let r = 0; r < ROUNDS; r++) {
    for (const v of r % 2 === 0 ? variants : [...variants].reverse()) {
      const before = performance.eventLoopUtilization();
      const result = await round(v, SECONDS);
      const busyMs = performance.eventLoopUtilization(before).active;
      if (result.failures > 0) throw new Error(`${v.name}: ${result.failures} of ${result.requests} requests did not answer 200`);
      v.rounds.push({ ...result, busyMs });
    }
  }
}

function report(variants: Variant[]): void {
  const [enforced, baseline] = variants;
  console.log(`  ${'variant'.padEnd(9)} ${'req/s'.padStart(8)}   ${'rounds (req/s)'.padEnd(44)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'busy ms/req'.padStart(12)}`);
  for (const v of [baseline, enforced]) {
    const lat = v.rounds.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
    const rounds = v.rounds.map((r) => rate(r).toFixed(0)).join(' ');
    const busy = median(v.rounds.map(busyPerRequest)).toFixed(2);
    console.log(`  ${v.name.padEnd(9)} ${median(v.rounds.map(rate)).toFixed(0).padStart(8)}   ${rounds.padEnd(44)} ${percentile(lat, 0.5).toFixed(1).padStart(7)} ${percentile(lat, 0.99).toFixed(1).padStart(7)} ${busy.padStart(12)}`);
  }
  const ratio = median(enforced.rounds.map(rate)) / median(baseline.rounds.map(rate));
  const perRound = enforced.rounds.map((r, i) => rate(r) / rate(baseline.rounds[i]));
  console.log(`  throughput enforced / baseline: ${ratio.toFixed(3)} (medians); per round: ${perRound.map((x) => x.toFixed(2)).join(' ')} (median ${median(perRound).toFixed(3)})`);
  const cost = median(baseline.rounds.map(busyPerRequest)) / median(enforced.rounds.map(busyPerRequest));
  console.log(`  server-thread cost ratio baseline / enforced (busy ms per request, medians): ${cost.toFixed(3)}`);
  console.log(`  target ≥ ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'}`);
}

async function main(): Promise<void> {
  const db = await createTestDatabaseTarget();
  let app: INestApplication | undefined;
  let load: HttpLoad | undefined;
  try {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ database: db.target }), AuthModule], controllers: [UnenforcedContactsController] }).compile();
    app = await moduleRef.createNestApplication({ logger: ['error'] }).init();
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const dataSource = app.get(DataSource);
    await seedDemoData(dataSource);
    const workspaceId = (await dataSource.getRepository(Workspace).findOneByOrFail({ slug: 'demo' })).id;
    const total = await dataSource.getRepository(Contact).countBy({ workspaceId });
    if (total < PAGE_SIZE) throw new Error(`the Demo workspace has ${total} contacts, fewer than ${PAGE_SIZE}`);
    // Both variants get the same headers; the contacts list serves several purposes, so X-Purpose names one.
    const headers = { authorization: `Bearer ${await login(port, 'member@demo.test')}`, 'x-purpose': 'service.crm' };
    const variants: Variant[] = [
      { name: 'enforced', path: `/workspaces/${workspaceId}/contacts?pageSize=${PAGE_SIZE}`, rounds: [] },
      { name: 'baseline', path: `/${UNENFORCED_CONTACTS_PATH.replace(':workspaceId', workspaceId)}?pageSize=${PAGE_SIZE}`, rounds: [] },
    ];
    console.log(`\nlist ${PAGE_SIZE} of ${total} contacts as member@demo.test (X-Purpose: service.crm) over HTTP (keep-alive, ${CONCURRENCY} in flight, client in a worker thread)`);
    console.log(`  database: ${describeDatabase(db.target)}; ${ROUNDS} rounds × ${SECONDS} s per variant, interleaved A/B, B/A, after warm-up`);
    console.log(`  baseline: same route with enforcement off (same token check, plain membership lookup, plain repository, all columns)`);
    await checkSameAnswers(port, headers, variants, total);
    load = new HttpLoad();
    await measure(load, port, headers, variants);
    report(variants);
  } finally {
    await load?.close();
    await app?.close();
    await db.drop();
  }
}

main().catch((error: unknown) => {
  console.error(`list-contacts bench aborted: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
