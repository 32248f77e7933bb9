import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { get } from 'node:http';
import { finished } from 'node:stream/promises';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { ExportServer } from './export-server.fixture';

// Figures are printed, never asserted. DATABASE_URL (a PostgreSQL server), BENCH_ROUNDS, BENCH_EXPORT_SIZES override the defaults.
const SERVER_URL = process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/test';
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const SIZES = (process.env['BENCH_EXPORT_SIZES'] ?? '100000,1000000').split(',').map(Number);
const BATCH = Number(process.env['BENCH_EXPORT_BATCH'] ?? 1000);
const TARGET_RATIO = 0.5;
const TARGET_RSS_MB = 200;

/** One timed run: bytes and CSV records received, wall time, the server process's peak RSS (sampled) during it. */
interface Run { bytes: number; records: number; ms: number; peakRssMb: number }
type Variant = 'COPY (baseline)' | 'HTTP export' | 'library export';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
}

/** Counts bytes and line feeds of a stream of chunks. */
function counter() {
  const total = { bytes: 0, records: 0 };
  const add = (chunk: Buffer) => {
    total.bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) total.records++;
  };
  return { total, add };
}

/** Runs `fn` while sampling the server's VmRSS every 5 ms. */
async function sampled(server: ExportServer, fn: () => Promise<{ bytes: number; records: number }>): Promise<Run> {
  let peak = server.statusKb('VmRSS');
  const timer = setInterval(() => (peak = Math.max(peak, server.statusKb('VmRSS'))), 5);
  const start = process.hrtime.bigint();
  try {
    const { bytes, records } = await fn();
    return { bytes, records, ms: Number(process.hrtime.bigint() - start) / 1e6, peakRssMb: Math.max(peak, server.statusKb('VmRSS')) / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/** Adds contacts `from`..`to` to the Demo workspace, every column filled with varied, realistic values. */
async function generateContacts(db: Client, workspaceId: string, ownerId: string, from: number, to: number): Promise<void> {
  await db.query(
    `INSERT INTO contacts (workspace_id, first_name, last_name, email, phone, job_title, company_id, owner_user_id, address_street, address_city,
       address_region, address_postal_code, address_country, website_url, linkedin_url, lifecycle_stage, source, last_contacted_at, do_not_contact, created_at, updated_at)
     SELECT $1, (ARRAY['Ada','Grace','Alan','Zoë','Li','Amara','José','Olga','Kenji','Fatima'])[1 + g % 10],
       (ARRAY['Lovelace','Hopper','Turing','O''Brien','Nguyen','Okafor','García','Ivanova','Sato','Haddad'])[1 + (g / 10) % 10],
       'contact' || g || '@example' || g % 97 || '.test', '+1 555 ' || lpad((g % 10000000)::text, 7, '0'),
       (ARRAY['CEO','CTO','Buyer, "senior"','Engineer','Head of Sales'])[1 + g % 5], c.ids[1 + g % cardinality(c.ids)], $2,
       g || ' Main Street, Apt ' || g % 300, (ARRAY['Oslo','Lyon','Austin','Montréal','Kyoto'])[1 + g % 5], 'Region ' || g % 50,
       lpad((g % 99999)::text, 5, '0'), (ARRAY['NO','FR','US','CA','JP'])[1 + g % 5], 'https://company' || g % 5000 || '.example',
       'https://www.linkedin.com/in/contact-' || g, (ARRAY['subscriber','lead','qualified','opportunity','customer','churned'])[1 + g % 6],
       (ARRAY['import','form','live chat',NULL])[1 + g % 4], now() - (g % 5000) * interval '1 hour', g % 7 = 0,
       now() - g * interval '1 minute', now() - (g % 1000) * interval '1 minute'
     FROM generate_series($3::int, $4::int) g, (SELECT array_agg(id) AS ids FROM companies WHERE workspace_id = $1) c`,
    [workspaceId, ownerId, from, to],
  );
  await db.query('VACUUM ANALYZE contacts');
}

function copyRun(db: Client, sql: string): Promise<{ bytes: number; records: number }> {
  const { total, add } = counter();
  const stream = db.query(copyTo(sql));
  stream.on('data', add);
  return finished(stream).then(() => total);
}

function httpRun(port: number, path: string, token: string): Promise<{ bytes: number; records: number }> {
  const { total, add } = counter();
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers: { authorization: `Bearer ${token}` } }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`export answered ${res.statusCode}`));
      res.on('data', add).on('end', () => resolve(total)).on('error', reject);
    }).on('error', reject);
  });
}

async function login(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'owner@demo.test', password: 'demo-password' }) });
  if (res.status !== 200) throw new Error(`login answered ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

function report(rows: number, runs: Map<Variant, Run[]>): void {
  const copy = median(runs.get('COPY (baseline)')!.map((r) => r.ms));
  console.log(`\n  ${rows.toLocaleString('en-US')} contacts (${ROUNDS} interleaved rounds, medians)`);
  console.log(`  ${'variant'.padEnd(16)} ${'ms'.padStart(8)} ${'rows/s'.padStart(10)} ${'MB/s'.padStart(7)} ${'MB'.padStart(7)} ${'× COPY'.padStart(7)} ${'server peak RSS MB (rounds)'.padStart(30)}`);
  for (const [variant, list] of runs) {
    const ms = median(list.map((r) => r.ms));
    const mb = median(list.map((r) => r.bytes)) / 1e6;
    const rss = variant === 'COPY (baseline)' ? '—' : list.map((r) => r.peakRssMb.toFixed(0)).join(' ');
    console.log(`  ${variant.padEnd(16)} ${ms.toFixed(0).padStart(8)} ${((rows / ms) * 1000).toFixed(0).padStart(10)} ${((mb / ms) * 1000).toFixed(1).padStart(7)} ${mb.toFixed(1).padStart(7)} ${(copy / ms).toFixed(2).padStart(7)} ${rss.padStart(30)}`);
  }
}

async function main(): Promise<void> {
  const name = `lawful_bench_export_${randomBytes(6).toString('hex')}`;
  await adminQuery(SERVER_URL, `CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const db = new Client({ connectionString: url.toString() });
  let server: ExportServer | undefined;
  const summary: { rows: number; ratio: number; peak: number }[] = [];
  try {
    server = await ExportServer.start(url.toString());
    await db.connect();
    const { port, workspaceId, ownerId, columns } = server.info;
    const token = await login(port);
    console.log(`\nworkspace export of Demo's contacts as CSV, PostgreSQL at ${url.host} (throw-away database ${name}); the API runs in its own process (pid ${server.pid}), the clients in this one`);
    console.log(`  baseline: COPY (SELECT <the export's ${columns.length} columns> FROM contacts WHERE workspace_id = … ORDER BY id) TO STDOUT WITH CSV (pg-copy-streams), bytes drained`);
    console.log(`  HTTP export: GET /workspaces/:id/export?format=csv&entity=Contact as owner@demo.test; library export: streamWorkspaceExport in the API process to a discarding sink (batch ${BATCH})`);
    const copySql = `COPY (SELECT ${columns.join(', ')} FROM contacts WHERE workspace_id = '${workspaceId}' ORDER BY id) TO STDOUT WITH CSV`;
    const variants: Record<Variant, () => Promise<{ bytes: number; records: number }>> = {
      'COPY (baseline)': () => copyRun(db, copySql),
      'HTTP export': () => httpRun(port, `/workspaces/${workspaceId}/export?format=csv&entity=Contact`, token),
      'library export': () => server!.library(BATCH).then((r) => ({ bytes: r.bytes, records: Number.NaN })),
    };
    let have = Number((await db.query('SELECT count(*) AS n FROM contacts WHERE workspace_id = $1', [workspaceId])).rows[0].n);
    for (const size of SIZES) {
      await generateContacts(db, workspaceId, ownerId, have + 1, size);
      have = Math.max(have, size);
      const rows = Number((await db.query('SELECT count(*) AS n FROM contacts WHERE workspace_id = $1', [workspaceId])).rows[0].n);
      const names = Object.keys(variants) as Variant[];
      console.log(`\n  server idle before ${rows.toLocaleString('en-US')} rows: RSS ${(server.statusKb('VmRSS') / 1024).toFixed(0)} MB, memoryUsage (MB) ${JSON.stringify(await server.memory())}`);
      for (const v of names) await variants[v](); // warm-up: caches, JIT
      const runs = new Map<Variant, Run[]>(names.map((v) => [v, []]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const v of [...names.slice(round % names.length), ...names.slice(0, round % names.length)]) {
          const run = await sampled(server, variants[v]);
          if (v === 'COPY (baseline)' && run.records !== rows) throw new Error(`COPY gave ${run.records} records, not ${rows}`);
          if (v === 'HTTP export' && run.records !== rows + 1) throw new Error(`the HTTP export gave ${run.records} lines, not ${rows} records and a header`);
          runs.get(v)!.push(run);
        }
      }
      report(rows, runs);
      console.log(`  server after the runs: memoryUsage (MB) ${JSON.stringify(await server.memory())}`);
      const http = runs.get('HTTP export')!;
      summary.push({ rows, ratio: median(runs.get('COPY (baseline)')!.map((r) => r.ms)) / median(http.map((r) => r.ms)), peak: Math.max(...http.map((r) => r.peakRssMb), ...runs.get('library export')!.map((r) => r.peakRssMb)) });
    }
    console.log(`\n  server process VmHWM (peak RSS since boot, incl. start-up and seeding): ${(server.statusKb('VmHWM') / 1024).toFixed(0)} MB`);
    for (const s of summary) console.log(`  ${s.rows.toLocaleString('en-US').padStart(9)} rows: HTTP throughput ${s.ratio.toFixed(2)} × COPY (target ≥ ${TARGET_RATIO}: ${s.ratio >= TARGET_RATIO ? 'met' : 'NOT met'}), server peak RSS ${s.peak.toFixed(0)} MB (target ≤ ${TARGET_RSS_MB}: ${s.peak <= TARGET_RSS_MB ? 'met' : 'NOT met'})`);
    if (summary.length > 1) console.log(`  peak RSS from ${summary[0].rows.toLocaleString('en-US')} to ${summary[summary.length - 1].rows.toLocaleString('en-US')} rows: ${(summary[summary.length - 1].peak - summary[0].peak).toFixed(0)} MB`);
  } finally {
    await server?.stop();
    await db.end().catch(() => undefined);
    await adminQuery(SERVER_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(`workspace-export bench aborted: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
