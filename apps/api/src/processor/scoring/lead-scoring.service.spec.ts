import fc from 'fast-check';
import { ensurePrivacySealed } from '../../privacy/register-privacy';
import { openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { getMetadataStorage } from '@lawful/annotations';
import { subjectStatePlan } from '../subjects/subject-state.plan';
import { extractLeadScoringFeatures } from './lead-scoring-features.query';
import { LeadScoringModel } from './lead-scoring-model.entity';
import { LEAD_SCORING_PURPOSE, LeadScoringService } from './lead-scoring.service';
import { InsufficientTrainingDataError } from './insufficient-training-data.error';
import { explain, sigmoid } from './logistic-regression.model';
import { type ContactSpec, createScoringWorkspace, insertScoringContacts, SCORING_AS_OF, type ScoringWorkspace, trainableSpecs } from './scoring-data.fixture';

const parameters = (m: LeadScoringModel) => ({ featureKeys: m.featureKeys, means: m.means, scales: m.scales, coefficients: m.coefficients, intercept: m.intercept, trainingRows: m.trainingRows, positives: m.positives });

describe('LeadScoringService on a real database (workspace-only model, subject state, explanations)', () => {
  let db: TestDatabase;
  let scoring: LeadScoringService;
  let a: ScoringWorkspace;
  let aContacts: string[];
  const options = { asOf: SCORING_AS_OF };
  const extractA = () => extractLeadScoringFeatures(db.dataSource.manager, a.workspaceId, subjectStatePlan(LEAD_SCORING_PURPOSE, getMetadataStorage().registry).objectionPurposes ?? [], SCORING_AS_OF);
  const scoresOf = async (workspaceId: string, version: string) =>
    new Map(((await db.dataSource.query(`SELECT contact_id::text AS id, score::float8 AS score, explanation FROM lead_scores WHERE workspace_id = $1 AND model_version = $2`, [workspaceId, version])) as { id: string; score: number; explanation: { intercept: number; logit: number; contributions: Record<string, number>; inputs: Record<string, number> } }[]).map((r) => [r.id, r]));

  beforeAll(async () => {
    ensurePrivacySealed();
    db = await openTestDatabase();
    scoring = new LeadScoringService(db.dataSource);
    a = await createScoringWorkspace(db.dataSource, 'alpha');
    aContacts = await insertScoringContacts(db.dataSource, a, trainableSpecs(30));
  });
  afterAll(() => db?.destroy());

  it('scores every contact with the stored model: contributions = w·z, intercept + Σ = logit, stored score = sigmoid(logit)', async () => {
    const run = await scoring.run(a.workspaceId, a.userId, options);
    expect(run).toMatchObject({ scored: 30, skipped: { objected: 0, restricted: 0 }, trainingRows: 20, positives: 10, triggeredByUserId: a.userId });
    const model = await db.dataSource.getRepository(LeadScoringModel).findOneByOrFail({ workspaceId: a.workspaceId, version: run.modelVersion });
    const stored = await scoresOf(a.workspaceId, run.modelVersion);
    expect([...stored.keys()].sort()).toEqual([...aContacts].sort());
    for (const result of run.results) {
      const row = stored.get(result.contactId)!;
      const recomputed = explain(model, model.featureKeys.map((k) => row.explanation.inputs[k]));
      expect(row.explanation.contributions).toEqual(recomputed.contributions);
      expect(row.explanation.intercept).toBe(model.intercept);
      const sum = Object.values(row.explanation.contributions).reduce((s, c) => s + c, row.explanation.intercept);
      expect(Math.abs(sum - row.explanation.logit)).toBeLessThan(1e-12);
      expect(Math.abs(row.score - sigmoid(row.explanation.logit))).toBeLessThanOrEqual(5e-5);
      expect(result.score).toBe(sigmoid(result.explanation.logit));
      expect(result.inputs).toEqual(row.explanation.inputs);
    }
    expect((await scoring.run(a.workspaceId, a.userId, options)).modelVersion).toBe(`lr-${model.sequence + 1}`);
  });

  it('skips contacts objecting to ai.lead_scoring or to ai, and restricted ones, until the objection is withdrawn or the restriction lifted', async () => {
    const [toScoring, toAi, restricted, both, withdrawn, lifted, toOther] = aContacts;
    const object = (contact: string, purpose: string, withdrawnAt: string | null = null) =>
      db.dataSource.query(`INSERT INTO contact_objections (workspace_id, contact_id, purpose, withdrawn_at) VALUES ($1, $2, $3, $4)`, [a.workspaceId, contact, purpose, withdrawnAt]);
    const restrict = (contact: string, liftedAt: string | null = null) =>
      db.dataSource.query(`INSERT INTO contact_processing_restrictions (workspace_id, contact_id, reason, lifted_at) VALUES ($1, $2, 'accuracy_contested', $3)`, [a.workspaceId, contact, liftedAt]);
    await object(toScoring, 'ai.lead_scoring');
    await object(toAi, 'ai');
    await restrict(restricted);
    await restrict(both);
    await object(both, 'ai.lead_scoring');
    await object(withdrawn, 'ai.lead_scoring', new Date().toISOString());
    await restrict(lifted, new Date().toISOString());
    await object(toOther, 'enrichment');
    const run = await scoring.run(a.workspaceId, a.userId, options);
    expect(run.skipped).toEqual({ objected: 2, restricted: 2 });
    expect(run.scored).toBe(26);
    const skipped = [toScoring, toAi, restricted, both];
    expect(run.results.map((r) => r.contactId).filter((id) => skipped.includes(id))).toEqual([]);
    const stored = await scoresOf(a.workspaceId, run.modelVersion);
    expect(skipped.filter((id) => stored.has(id))).toEqual([]);
    expect([withdrawn, lifted, toOther].every((id) => stored.has(id))).toBe(true);
    expect(run.trainingRows).toBeLessThan(20); // their labels left training too

    await db.dataSource.query(`UPDATE contact_objections SET withdrawn_at = now() WHERE workspace_id = $1`, [a.workspaceId]);
    await db.dataSource.query(`UPDATE contact_processing_restrictions SET lifted_at = now() WHERE workspace_id = $1`, [a.workspaceId]);
    const again = await scoring.run(a.workspaceId, a.userId, options);
    expect(again).toMatchObject({ scored: 30, skipped: { objected: 0, restricted: 0 }, trainingRows: 20 });
    expect(skipped.every((id) => again.results.some((r) => r.contactId === id))).toBe(true);
  });

  it('never lets another workspace change A’s features, model parameters or scores, whatever its data (incl. rows pointing at A’s contacts)', async () => {
    const baseline = { features: await extractA(), model: parameters(await scoring.train(a.workspaceId, options)), scores: (await scoring.run(a.workspaceId, a.userId, options)).results.map((r) => [r.contactId, r.score]) };
    const spec: fc.Arbitrary<ContactSpec> = fc.record({
      jobTitle: fc.option(fc.constantFrom('CEO', ''), { nil: null }), source: fc.option(fc.constantFrom('website', 'import', 'live_chat'), { nil: null }), company: fc.boolean(),
      lastContactedDaysAgo: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }), inboundChats: fc.nat(3), memberReplies: fc.nat(2), inboundEmails: fc.nat(2), notes: fc.nat(2),
      openTasks: fc.nat(2), doneTasks: fc.nat(1), openDealValues: fc.array(fc.integer({ min: 0, max: 9000 }), { maxLength: 2 }), won: fc.nat(2), lost: fc.nat(2),
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(spec, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.subarray(['objection', 'restriction'] as const), async (specs, pointAtA, states) => {
        const b = await createScoringWorkspace(db.dataSource, `beta${n++}`);
        const bContacts = await insertScoringContacts(db.dataSource, b, specs, pointAtA ? aContacts.slice(0, 5) : undefined);
        if (states.includes('objection')) await db.dataSource.query(`INSERT INTO contact_objections (workspace_id, contact_id, purpose) VALUES ($1, $2, 'ai') ON CONFLICT DO NOTHING`, [b.workspaceId, aContacts[9]]);
        if (states.includes('restriction')) await db.dataSource.query(`INSERT INTO contact_processing_restrictions (workspace_id, contact_id, reason) VALUES ($1, $2, 'legal_claims') ON CONFLICT DO NOTHING`, [b.workspaceId, pointAtA ? aContacts[10] : bContacts[0]]);
        expect(await extractA()).toEqual(baseline.features);
        expect(parameters(await scoring.train(a.workspaceId, options))).toEqual(baseline.model);
        expect((await scoring.run(a.workspaceId, a.userId, options)).results.map((r) => [r.contactId, r.score])).toEqual(baseline.scores);
      }),
      { numRuns: 8 },
    );
  });

  it('uses no deal outcome as a feature: flipping won and lost changes labels only', async () => {
    const before = await extractA();
    await db.dataSource.query(`UPDATE deals SET outcome = CASE outcome WHEN 'won' THEN 'lost' ELSE 'won' END WHERE workspace_id = $1 AND outcome <> 'open'`, [a.workspaceId]);
    const after = await extractA();
    await db.dataSource.query(`UPDATE deals SET outcome = CASE outcome WHEN 'won' THEN 'lost' ELSE 'won' END WHERE workspace_id = $1 AND outcome <> 'open'`, [a.workspaceId]);
    expect(after.rows.map((r) => r.values)).toEqual(before.rows.map((r) => r.values));
    expect(after.rows.map((r) => r.label)).not.toEqual(before.rows.map((r) => r.label));
  });

  it('refuses to train on degenerate data with a typed error and writes nothing', async () => {
    const empty = await createScoringWorkspace(db.dataSource, 'empty');
    await expect(scoring.run(empty.workspaceId, empty.userId, options)).rejects.toThrow(InsufficientTrainingDataError);
    await insertScoringContacts(db.dataSource, empty, Array.from({ length: 12 }, () => ({ won: 1, inboundChats: 2 })));
    await expect(scoring.train(empty.workspaceId, options)).rejects.toMatchObject({ code: 'INSUFFICIENT_TRAINING_DATA', counts: { positives: 12, negatives: 0, minimumPerClass: 5 } });
    const [{ models, scores }] = await db.dataSource.query(`SELECT (SELECT count(*)::int FROM lead_scoring_models WHERE workspace_id = $1) AS models, (SELECT count(*)::int FROM lead_scores WHERE workspace_id = $1) AS scores`, [empty.workspaceId]);
    expect({ models, scores }).toEqual({ models: 0, scores: 0 });
  });

  it('deletes the models with their workspace (ON DELETE CASCADE), leaving other workspaces’ models', async () => {
    const gone = await createScoringWorkspace(db.dataSource, 'gone');
    await insertScoringContacts(db.dataSource, gone, trainableSpecs(18));
    await scoring.train(gone.workspaceId, options);
    const models = db.dataSource.getRepository(LeadScoringModel);
    expect(await models.countBy({ workspaceId: gone.workspaceId })).toBe(1);
    const others = await models.countBy({ workspaceId: a.workspaceId });
    await db.dataSource.query(`DELETE FROM workspaces WHERE id = $1`, [gone.workspaceId]);
    expect(await models.countBy({ workspaceId: gone.workspaceId })).toBe(0);
    expect(await models.countBy({ workspaceId: a.workspaceId })).toBe(others);
  });
});
