import 'reflect-metadata';
/* eslint-disable @nx/enforce-module-boundaries -- this benchmark runs the reference API's lead scoring on a generated
   100k-contact database; run by `npm run bench`, never imported by a library. */
import { availableParallelism, loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source.options';
import { ensurePrivacySealed } from '../../apps/api/src/privacy/register-privacy';
import { extractLeadScoringFeatures, leadScoringFeaturesSql } from '../../apps/api/src/processor/scoring/lead-scoring-features.query';
import { INBOUND_SOURCES, LEAD_SCORING_FEATURES } from '../../apps/api/src/processor/scoring/lead-scoring.features';
import { LeadScoringService, type ScoringRun } from '../../apps/api/src/processor/scoring/lead-scoring.service';
import { writeLeadScores } from '../../apps/api/src/processor/scoring/lead-scores.writer';
import { explain, trainLogisticRegression } from '../../apps/api/src/processor/scoring/logistic-regression.model';
import { seedDemoData } from '../../apps/api/src/seed/demo.seed';
import { createTestDatabaseTarget } from '../../apps/api/src/testing/test-database';
import { summarize } from './latency.stats';
import { generateSubjectData } from './subject-rights-data.fixture';

// Figures are printed, never asserted. PostgreSQL by default (DATABASE_URL, else the local server below; a throw-away
// database is created and dropped); BENCH_DATABASE=pglite measures embedded PGlite instead. Each step is timed
// ROUNDS times (median; BENCH_EXPLAIN=1 prints the extraction's plan); writes run in a transaction rolled back after each round, so every round sees the same data.
const DEFAULT_POSTGRES = 'postgres://postgres@127.0.0.1:5432/test';
const CONTACTS = Number(process.env['BENCH_CONTACTS'] ?? 100_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const OBJECTIONS = ['ai.lead_scoring', 'ai'];

/** Median wall time of `fn` over `rounds` runs; `after` (cleanup) runs outside the timed part. */
async function median(rounds: number, fn: () => Promise<unknown>, after?: (result: unknown) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    const result = await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    await after?.(result);
  }
  return summarize('median', times).p50;
}

/** Runs `fn` in a transaction and rolls it back (the database stays as generated). */
async function rolledBack(dataSource: DataSource, fn: (manager: DataSource['manager']) => Promise<unknown>): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.startTransaction();
  try {
    await fn(runner.manager);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

async function generate(dataSource: DataSource): Promise<string> {
  await seedDemoData(dataSource);
  let demo = '';
  for (const [slug, contacts] of [['demo', CONTACTS], ['other', Math.round(CONTACTS / 5)]] as const) {
    const [w] = (await dataSource.query(`SELECT w.id, w.owner_id, (SELECT p.id FROM projects p WHERE p.workspace_id = w.id LIMIT 1) AS project_id FROM workspaces w WHERE w.slug = $1`, [slug])) as { id: string; owner_id: string; project_id: string }[];
    const start = Date.now();
    await generateSubjectData(dataSource, { workspaceId: w.id, userId: w.owner_id, projectId: w.project_id, prefix: slug }, contacts);
    console.log(`  generated ${contacts.toLocaleString('en-US')} contacts and their data in "${slug}" (${((Date.now() - start) / 1000).toFixed(1)} s)`);
    if (slug === 'demo') demo = w.id;
  }
  // 1% of Demo's contacts object to lead scoring, 0.5% are restricted
  await dataSource.query(`INSERT INTO contact_objections (workspace_id, contact_id, purpose) SELECT workspace_id, id, 'ai.lead_scoring' FROM contacts WHERE workspace_id = $1 AND abs(hashtext(id::text)) % 100 = 0`, [demo]);
  await dataSource.query(`INSERT INTO contact_processing_restrictions (workspace_id, contact_id, reason) SELECT workspace_id, id, 'accuracy_contested' FROM contacts WHERE workspace_id = $1 AND abs(hashtext(id::text)) % 200 = 1`, [demo]);
  await dataSource.query('VACUUM ANALYZE');
  return demo;
}

async function main(): Promise<void> {
  if (process.env['BENCH_DATABASE'] === 'pglite') delete process.env['DATABASE_URL'];
  else process.env['DATABASE_URL'] ||= DEFAULT_POSTGRES;
  ensurePrivacySealed();
  const db = await createTestDatabaseTarget();
  const dataSource = await new DataSource({ ...dataSourceOptions(db.target), logging: false }).initialize();
  try {
    const where = db.target.kind === 'pglite' ? 'embedded PGlite (in memory, same process)' : `PostgreSQL at ${new URL(db.target.url).host}`;
    console.log(`\nlead scoring, ${CONTACTS.toLocaleString('en-US')} contacts in one workspace; database: ${where}; median of ${ROUNDS} rounds`);
    console.log(`  load average (1, 5, 15 min): ${loadavg().map((x) => x.toFixed(2)).join(', ')} on ${availableParallelism()} CPUs`);
    await dataSource.runMigrations();
    const demo = await generate(dataSource);
    const asOf = new Date();
    const extraction = await extractLeadScoringFeatures(dataSource.manager, demo, OBJECTIONS, asOf);
    const labeled = extraction.rows.filter((r) => r.label !== null);
    const keys = LEAD_SCORING_FEATURES.map((f) => f.key);
    const trained = trainLogisticRegression(keys, labeled.map((r) => r.values), labeled.map((r) => r.label as 0 | 1));
    const n = extraction.rows.length;
    console.log(`  eligible ${n.toLocaleString('en-US')}, skipped ${JSON.stringify(extraction.skipped)}, training rows ${labeled.length.toLocaleString('en-US')}, ${trained.iterations} iterations (converged: ${trained.converged})`);

    if (process.env['BENCH_EXPLAIN'] === '1') {
      await dataSource.query('SET jit = off');
      const plan = (await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${leadScoringFeaturesSql()}`, [demo, OBJECTIONS, asOf.toISOString(), [...INBOUND_SOURCES]])) as Record<string, string>[];
      console.log(plan.map((r) => Object.values(r)[0]).join('\n'));
      await dataSource.query('RESET jit');
    }
    const baselineRead = await median(ROUNDS, () => dataSource.query(`SELECT id, job_title, source, company_id, last_contacted_at FROM contacts WHERE workspace_id = $1`, [demo]));
    const baselineWrite = await median(ROUNDS, () =>
      rolledBack(dataSource, (m) => m.query(`INSERT INTO lead_scores (workspace_id, contact_id, score, model_version, explanation, scored_at) SELECT workspace_id, id, 0.5, 'baseline', '{}'::jsonb, now() FROM contacts WHERE workspace_id = $1`, [demo])),
    );
    const extract = await median(ROUNDS, () => rolledBack(dataSource, (m) => extractLeadScoringFeatures(m, demo, OBJECTIONS, asOf)));
    const train = await median(ROUNDS, async () => trainLogisticRegression(keys, labeled.map((r) => r.values), labeled.map((r) => r.label as 0 | 1)));
    const items = () => extraction.rows.map((r) => {
      const { score, ...why } = explain(trained.model, r.values);
      return { contactId: r.contactId, score, explanation: { ...why, inputs: Object.fromEntries(keys.map((k, j) => [k, r.values[j]])) } };
    });
    const explainOnly = await median(ROUNDS, async () => items());
    const scoreAndWrite = await median(ROUNDS, () => rolledBack(dataSource, (m) => writeLeadScores(m, { workspaceId: demo, modelVersion: 'bench', scoredAt: asOf }, items())));
    const service = new LeadScoringService(dataSource);
    const fullRun = await median(
      ROUNDS,
      () => service.run(demo, 'bench', { asOf }),
      async (run) => {
        const { modelVersion } = run as ScoringRun;
        await dataSource.query(`DELETE FROM lead_scores WHERE workspace_id = $1 AND model_version = $2`, [demo, modelVersion]);
        await dataSource.query(`DELETE FROM lead_scoring_models WHERE workspace_id = $1 AND version = $2`, [demo, modelVersion]);
      },
    );

    const rate = (ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en-US').padStart(10)} contacts/s`;
    const row = (name: string, ms: number) => console.log(`  ${name.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms ${rate(ms)}  ${(ms / baselineWrite).toFixed(2).padStart(6)} × baseline`);
    console.log(`\n  baseline: one INSERT … SELECT writing a constant score for every contact: ${baselineWrite.toFixed(0)} ms (${rate(baselineWrite).trim()})`);
    row('read the contacts (one plain SELECT)', baselineRead);
    row('feature extraction (one statement, skips objected/restricted)', extract);
    row('training (batch gradient descent, JS)', train);
    row('explanations for every contact (JS)', explainOnly);
    row('explanations + writing lead_scores (batches of 5,000)', scoreAndWrite);
    row('LeadScoringService.run (extract + train + store model + write)', fullRun);
  } finally {
    await dataSource.destroy();
    await db.drop();
    console.log(`\n  load average at the end (1, 5, 15 min): ${loadavg().map((x) => x.toFixed(2)).join(', ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(`scoring bench aborted: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
