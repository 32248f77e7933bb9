import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { GATE_TEST_ENTITIES, GateTestDecision, GateTestEffect, GateTestEvent, GateTestReview, setUpDecisionsFixture } from '../testing/decisions-db.fixture';
import { openErasureDataSource } from '../testing/erasure-db.fixture';
import { reviewGateSchemaSql } from './review-gate-schema.sql';

const W = randomUUID();
const [TRIGGER, ADMIN, OWNER] = [randomUUID(), randomUUID(), randomUUID()];
const WHY = 'Checked the inputs and the explanation.';

/** Direct repository writes — what a service that forgot the gate would do — against the gate's triggers. */
describe('reviewGateSchemaSql (the database refuses what the gate refuses)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    setUpDecisionsFixture();
    dataSource = await openErasureDataSource(GATE_TEST_ENTITIES);
    for (const sql of reviewGateSchemaSql().up) await dataSource.query(sql);
  });
  afterAll(() => dataSource.destroy());

  async function decision(status = 'proposed'): Promise<GateTestDecision> {
    const target = randomUUID();
    return dataSource.getRepository(GateTestDecision).save({
      workspaceId: W, purpose: 'ai.lead_scoring', effect: 'lead.disqualify', subjectId: target, targetId: target, params: {}, score: 0.1,
      explanation: { factors: [] }, inputs: {}, modelVersion: 'lr-1', triggeredByUserId: TRIGGER, runId: null, status,
    });
  }
  const review = (d: GateTestDecision, reviewer: string, outcome = 'approved', round = 1, m: EntityManager = dataSource.manager) =>
    m.getRepository(GateTestReview).save({ workspaceId: W, decisionId: d.id, round, reviewerUserId: reviewer, outcome, rationale: WHY });
  const effect = (d: GateTestDecision, reviewId: string, status = 'applied', m: EntityManager = dataSource.manager) =>
    m.getRepository(GateTestEffect).insert({
      workspaceId: W, decisionId: d.id, reviewId, effect: d.effect, params: {}, status, appliedByUserId: ADMIN, appliedAt: new Date(), updatedAt: new Date(),
    });
  const setStatus = (d: GateTestDecision, status: string) => dataSource.getRepository(GateTestDecision).update({ id: d.id }, { status });
  const effects = async (d: GateTestDecision) => dataSource.getRepository(GateTestEffect).countBy({ decisionId: d.id });

  it('refuses an effect row without an approving review of the same decision', async () => {
    const d = await decision();
    await expect(effect(d, randomUUID())).rejects.toThrow(/approving human review of the same decision/);
    const other = await decision();
    const otherReview = await review(other, ADMIN);
    await expect(effect(d, otherReview.id)).rejects.toThrow(/approving human review of the same decision/);
    expect(await effects(d)).toBe(0);
  });

  it('refuses an effect row for a rejecting review, or while the decision is not approved', async () => {
    const rejected = await decision();
    const no = await review(rejected, ADMIN, 'rejected');
    await expect(effect(rejected, no.id)).rejects.toThrow(/approving human review/);
    const d = await decision();
    const yes = await review(d, ADMIN);
    await expect(effect(d, yes.id)).rejects.toThrow(/while its decision is approved/);
    await setStatus(d, 'approved');
    await expect(effect(d, yes.id)).resolves.toBeDefined();
  });

  it('refuses to put a suspended effect back in force while its decision is contested, or on a superseded review', async () => {
    const d = await decision();
    const first = await review(d, ADMIN);
    await setStatus(d, 'approved');
    await effect(d, first.id);
    await setStatus(d, 'applied');
    await setStatus(d, 'contested');
    await dataSource.getRepository(GateTestEffect).update({ decisionId: d.id }, { status: 'suspended' });
    await expect(dataSource.getRepository(GateTestEffect).update({ decisionId: d.id }, { status: 'applied' })).rejects.toThrow(/while its decision is approved/);
    await review(d, OWNER, 'approved', 2);
    await setStatus(d, 'approved');
    await expect(dataSource.getRepository(GateTestEffect).update({ decisionId: d.id }, { status: 'applied' })).rejects.toThrow(/latest review/);
  });

  it('refuses a decision status of approved, applied or rejected without the matching review and effect', async () => {
    const d = await decision();
    await expect(setStatus(d, 'approved')).rejects.toThrow(/only after an approving human review/);
    await expect(setStatus(d, 'applied')).rejects.toThrow(/only after an approving human review/);
    await expect(setStatus(d, 'rejected')).rejects.toThrow(/rejected only by a human review/);
    await review(d, ADMIN);
    await setStatus(d, 'approved');
    await expect(setStatus(d, 'applied')).rejects.toThrow(/only with its effect in force/);
    await expect(setStatus(d, 'proposed')).rejects.toThrow(/cannot return to proposed/);
  });

  it('refuses reviews by the trigger, repeat reviewers, reviews without rationale or of a decision not awaiting review', async () => {
    const d = await decision();
    await expect(review(d, TRIGGER)).rejects.toThrow(/triggered the run cannot review/);
    await expect(dataSource.getRepository(GateTestReview).insert({ workspaceId: W, decisionId: d.id, round: 1, reviewerUserId: ADMIN, outcome: 'approved', rationale: '  ok  ' })).rejects.toThrow(/written rationale/);
    await review(d, ADMIN);
    await setStatus(d, 'approved');
    await expect(review(d, OWNER, 'approved', 2)).rejects.toThrow(/only a proposed or contested decision/);
    await setStatus(d, 'contested');
    await expect(review(d, ADMIN, 'approved', 2)).rejects.toThrow(/different person/);
    await expect(review(d, OWNER, 'approved', 2)).resolves.toBeDefined();
  });

  it('keeps proposals immutable and reviews and timeline events append-only, but lets them go with their decision', async () => {
    const d = await decision();
    await expect(dataSource.getRepository(GateTestDecision).update({ id: d.id }, { score: 0.99 })).rejects.toThrow(/immutable/);
    await expect(dataSource.getRepository(GateTestDecision).update({ id: d.id }, { params: { ownerUserId: ADMIN } })).rejects.toThrow(/immutable/);
    const r = await review(d, ADMIN);
    await dataSource.getRepository(GateTestEvent).insert({ workspaceId: W, decisionId: d.id, type: 'reviewed', actorUserId: ADMIN });
    await expect(dataSource.getRepository(GateTestReview).update({ id: r.id }, { rationale: 'Changed my mind later on.' })).rejects.toThrow(/append-only/);
    await expect(dataSource.getRepository(GateTestReview).delete({ id: r.id })).rejects.toThrow(/append-only/);
    await expect(dataSource.getRepository(GateTestEvent).delete({ decisionId: d.id })).rejects.toThrow(/append-only/);
    await expect(dataSource.query('TRUNCATE decision_events')).rejects.toThrow(/append-only/);
    await dataSource.getRepository(GateTestDecision).delete({ id: d.id });
    expect(await dataSource.getRepository(GateTestReview).countBy({ decisionId: d.id })).toBe(0);
    expect(await dataSource.getRepository(GateTestEvent).countBy({ decisionId: d.id })).toBe(0);
  });

  it('lets an erasure transaction (transaction-local lawful.erasure) delete reviews and events of a decision it keeps for now', async () => {
    const d = await decision();
    await review(d, ADMIN);
    await dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('lawful.erasure', 'on', true)`);
      await m.getRepository(GateTestReview).delete({ decisionId: d.id });
    });
    expect(await dataSource.getRepository(GateTestReview).countBy({ decisionId: d.id })).toBe(0);
    await review(d, OWNER, 'approved', 2);
    await expect(dataSource.getRepository(GateTestReview).delete({ decisionId: d.id })).rejects.toThrow(/append-only/);
  });

  it('removes every trigger and function with down', async () => {
    const { down, up } = reviewGateSchemaSql();
    for (const sql of down) await dataSource.query(sql);
    const [{ n }] = (await dataSource.query(`SELECT count(*)::int AS n FROM pg_proc WHERE proname LIKE 'automated_decisions_%'`)) as [{ n: number }];
    expect(n).toBe(0);
    for (const sql of up) await dataSource.query(sql);
  });
});
