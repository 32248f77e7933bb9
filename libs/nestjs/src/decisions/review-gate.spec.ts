import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  DecisionNotFoundError, DecisionStateError, InvalidEffectParamsError, MissingRationaleError, MissingStatementError,
  RepeatReviewerError, ReviewerNotPermittedError, SelfReviewError, UnknownEffectError, UnreviewedEffectError,
} from '@lawful/decisions';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import {
  DisqualifyTestEffect, GATE_TEST_ENTITIES, GateTestLead, ReassignTestEffect, setUpDecisionsFixture, TEST_REVIEWERS, TestReviewerAuthority,
} from '../testing/decisions-db.fixture';
import { openErasureDataSource } from '../testing/erasure-db.fixture';
import type { DecisionProposal } from './decision-record.types';
import { LawfulDecisionsModule } from './decisions.module';
import { ReviewGate } from './review-gate.service';
import { reviewGateSchemaSql } from './review-gate-schema.sql';

const W = randomUUID();
const OTHER_W = randomUUID();
const [TRIGGER, ADMIN, OWNER, VIEWER, NEW_OWNER] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const WHY = 'Checked the inputs and the explanation with the sales lead.';

describe('ReviewGate', () => {
  let dataSource: DataSource;
  let gate: ReviewGate;
  let disqualify: DisqualifyTestEffect;
  const close: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    setUpDecisionsFixture();
    dataSource = await openErasureDataSource(GATE_TEST_ENTITIES);
    for (const sql of reviewGateSchemaSql().up) await dataSource.query(sql);
    const moduleRef = await Test.createTestingModule({
      imports: [
        { module: class DataSourceModule {}, global: true, providers: [{ provide: DataSource, useValue: dataSource }], exports: [DataSource] },
        LawfulDecisionsModule.forRoot({ reviewerAuthority: TestReviewerAuthority }),
      ],
      providers: [DisqualifyTestEffect, ReassignTestEffect],
    }).compile();
    await moduleRef.init();
    close.push(() => moduleRef.close(), () => dataSource.destroy());
    gate = moduleRef.get(ReviewGate);
    disqualify = moduleRef.get(DisqualifyTestEffect);
    TEST_REVIEWERS.set(W, new Set([ADMIN, OWNER]));
    TEST_REVIEWERS.set(OTHER_W, new Set([ADMIN]));
  });
  afterAll(async () => {
    for (const fn of close.reverse()) await fn();
  });

  async function lead(stage = 'open', workspaceId = W): Promise<string> {
    const id = randomUUID();
    await dataSource.getRepository(GateTestLead).insert({ id, workspaceId, stage, ownerUserId: null });
    return id;
  }
  const stageOf = async (id: string) => (await dataSource.getRepository(GateTestLead).findOneByOrFail({ id })).stage;
  const proposal = (target: string, overrides: Partial<DecisionProposal> = {}): DecisionProposal => ({
    workspaceId: W, purpose: 'ai.lead_scoring', effect: 'lead.disqualify', subjectId: target, targetId: target, params: {}, score: 0.07,
    explanation: { method: 'logistic_regression', baseline: -1, factors: [{ key: 'messages', label: 'Messages', value: 0, contribution: -1.6 }], output: -2.6, score: 0.07 },
    inputs: { messages: 0 }, modelVersion: 'lr-1', triggeredBy: TRIGGER, ...overrides,
  });
  async function propose(target: string, overrides: Partial<DecisionProposal> = {}): Promise<string> {
    const [id] = await dataSource.transaction((m) => gate.propose(m, [proposal(target, overrides)]));
    return id!;
  }
  const as = (userId: string, workspaceId = W) => ({ workspaceId, userId });

  it('records proposals with their inputs, explanation and a proposed timeline entry; nothing is applied', async () => {
    const target = await lead();
    const id = await propose(target);
    const decision = await gate.get(W, id);
    expect(decision).toMatchObject({ status: 'proposed', effect: 'lead.disqualify', inputs: { messages: 0 }, modelVersion: 'lr-1', triggeredBy: TRIGGER, reviews: [], effectState: null });
    expect(decision.explanation.factors[0]).toMatchObject({ key: 'messages', contribution: -1.6 });
    expect((await gate.decisions.timeline(dataSource.manager, W, id)).map((e) => [e.type, e.actorUserId])).toEqual([['proposed', TRIGGER]]);
    expect(await stageOf(target)).toBe('open');
  });

  it('refuses proposals of undeclared effects, of another purpose, or with parameters the handler rejects', async () => {
    const target = await lead();
    await expect(propose(target, { effect: 'lead.delete' })).rejects.toThrow(UnknownEffectError);
    await expect(propose(target, { purpose: 'marketing' })).rejects.toThrow(/proposed by "ai.lead_scoring" processing, not "marketing"/);
    await expect(propose(target, { effect: 'lead.reassign', params: { ownerUserId: 'bob' } })).rejects.toThrow(InvalidEffectParamsError);
  });

  it('never applies an unreviewed proposal: the gate refuses, the lead is unchanged', async () => {
    const target = await lead();
    const id = await propose(target);
    await expect(gate.apply(as(ADMIN), id)).rejects.toThrow(DecisionStateError);
    await expect(gate.apply(as(ADMIN), id)).rejects.toThrow(/cannot apply a decision that is proposed/);
    expect(await stageOf(target)).toBe('open');
    expect((await gate.get(W, id)).effectState).toBeNull();
  });

  it('refuses self review, reviewers without permission, and reviews without a rationale', async () => {
    const id = await propose(await lead());
    TEST_REVIEWERS.get(W)!.add(TRIGGER);
    try {
      await expect(gate.review(as(TRIGGER), id, { outcome: 'approved', rationale: WHY })).rejects.toThrow(SelfReviewError);
    } finally {
      TEST_REVIEWERS.get(W)!.delete(TRIGGER);
    }
    await expect(gate.review(as(VIEWER), id, { outcome: 'approved', rationale: WHY })).rejects.toThrow(ReviewerNotPermittedError);
    await expect(gate.review(as(ADMIN), id, { outcome: 'approved', rationale: ' ok ' })).rejects.toThrow(MissingRationaleError);
    expect((await gate.get(W, id)).reviews).toEqual([]);
  });

  it('applies an approved decision with its handler, records who and why, and keeps the timeline', async () => {
    const target = await lead();
    const id = await propose(target);
    const reviewed = await gate.review(as(ADMIN), id, { outcome: 'approved', rationale: WHY });
    expect(reviewed).toMatchObject({ status: 'approved', reviews: [{ round: 1, reviewerUserId: ADMIN, outcome: 'approved', rationale: WHY }] });
    expect(await stageOf(target)).toBe('open');
    await expect(gate.apply(as(VIEWER), id)).rejects.toThrow(ReviewerNotPermittedError);
    const applied = await gate.apply(as(OWNER), id);
    expect(applied).toMatchObject({ status: 'applied', effectState: { status: 'applied', appliedByUserId: OWNER, reviewId: reviewed.reviews[0]!.id } });
    expect(await stageOf(target)).toBe('disqualified');
    await expect(gate.apply(as(OWNER), id)).rejects.toThrow(DecisionStateError);
    expect((await gate.decisions.timeline(dataSource.manager, W, id)).map((e) => e.type)).toEqual(['proposed', 'reviewed', 'applied']);
  });

  it('applies the parameters of a modifying review, validated by the handler', async () => {
    const target = await lead();
    const id = await propose(target, { effect: 'lead.reassign', params: { ownerUserId: randomUUID() } });
    await expect(gate.review(as(ADMIN), id, { outcome: 'modified', rationale: WHY })).rejects.toThrow(/must give the changed parameters/);
    await expect(gate.review(as(ADMIN), id, { outcome: 'modified', rationale: WHY, params: { ownerUserId: 'x' } })).rejects.toThrow(InvalidEffectParamsError);
    await expect(gate.review(as(ADMIN), id, { outcome: 'approved', rationale: WHY, params: { ownerUserId: NEW_OWNER } })).rejects.toThrow(/only be changed by a "modified" review/);
    await gate.review(as(ADMIN), id, { outcome: 'modified', rationale: WHY, params: { ownerUserId: NEW_OWNER } });
    await gate.apply(as(ADMIN), id);
    expect((await dataSource.getRepository(GateTestLead).findOneByOrFail({ id: target })).ownerUserId).toBe(NEW_OWNER);
  });

  it('suspends the effect on contest and demands a different reviewer; re-approval re-applies it', async () => {
    const target = await lead('qualified');
    const id = await propose(target);
    await gate.review(as(ADMIN), id, { outcome: 'approved', rationale: WHY });
    await gate.apply(as(ADMIN), id);
    await expect(gate.contest(as(ADMIN), id, '  ')).rejects.toThrow(MissingStatementError);
    const contested = await gate.contest(as(ADMIN), id, 'I replied by phone last week; please look again.');
    expect(contested).toMatchObject({ status: 'contested', effectState: { status: 'suspended' } });
    expect(await stageOf(target)).toBe('qualified');
    await expect(gate.review(as(ADMIN), id, { outcome: 'approved', rationale: WHY })).rejects.toThrow(RepeatReviewerError);
    await expect(gate.apply(as(OWNER), id)).rejects.toThrow(DecisionStateError);
    await gate.review(as(OWNER), id, { outcome: 'approved', rationale: 'Called back: no interest confirmed in writing.' });
    await gate.apply(as(OWNER), id);
    expect(await stageOf(target)).toBe('disqualified');
    const timeline = await gate.decisions.timeline(dataSource.manager, W, id);
    expect(timeline.map((e) => e.type)).toEqual(['proposed', 'reviewed', 'applied', 'contested', 'suspended', 'reviewed', 'applied']);
    expect(timeline.find((e) => e.type === 'contested')?.statement).toBe('I replied by phone last week; please look again.');
  });

  it('revokes a suspended effect when the different reviewer rejects the contested decision', async () => {
    const target = await lead('qualified');
    const id = await propose(target);
    await gate.review(as(ADMIN), id, { outcome: 'approved', rationale: WHY });
    await gate.apply(as(ADMIN), id);
    await gate.contest(as(ADMIN), id, 'Wrong person: I never got these emails.');
    const rejected = await gate.review(as(OWNER), id, { outcome: 'rejected', rationale: 'The inputs belong to a namesake; not applicable.' });
    expect(rejected).toMatchObject({ status: 'rejected', effectState: { status: 'revoked' } });
    expect(await stageOf(target)).toBe('qualified');
    await expect(gate.contest(as(ADMIN), id, 'again')).rejects.toThrow(DecisionStateError);
  });

  it('records the subject\'s point of view in any status', async () => {
    const id = await propose(await lead());
    await gate.recordView(as(VIEWER), id, 'I am still interested, just busy until March.');
    await expect(gate.recordView(as(VIEWER), id, '')).rejects.toThrow(MissingStatementError);
    const events = await gate.decisions.timeline(dataSource.manager, W, id);
    expect(events.at(-1)).toMatchObject({ type: 'viewpoint', actorUserId: VIEWER, statement: 'I am still interested, just busy until March.' });
    expect((await gate.get(W, id)).status).toBe('proposed');
  });

  it('answers "not found" for another workspace\'s decision and for malformed ids', async () => {
    const id = await propose(await lead());
    await expect(gate.get(OTHER_W, id)).rejects.toThrow(DecisionNotFoundError);
    await expect(gate.review(as(ADMIN, OTHER_W), id, { outcome: 'approved', rationale: WHY })).rejects.toThrow(DecisionNotFoundError);
    await expect(gate.get(W, 'not-a-uuid')).rejects.toThrow(DecisionNotFoundError);
  });

  it('skips a proposal whose target has an open decision of the same effect, and proposes again once it is closed', async () => {
    const target = await lead();
    const first = await propose(target);
    const [again, otherEffect, twice] = await dataSource.transaction((m) =>
      gate.propose(m, [proposal(target), proposal(target, { effect: 'lead.reassign', params: { ownerUserId: NEW_OWNER } }), proposal(target, { effect: 'lead.reassign', params: { ownerUserId: NEW_OWNER } })]),
    );
    expect(again).toBeNull();
    expect(otherEffect).toEqual(expect.any(String));
    expect(twice).toBeNull();
    await gate.review(as(ADMIN), first, { outcome: 'rejected', rationale: WHY });
    const [reopened] = await dataSource.transaction((m) => gate.propose(m, [proposal(target)]));
    expect(reopened).toEqual(expect.any(String));
    expect(reopened).not.toBe(first);
  });

  it('withdraws the grant when the gate\'s call ends: a handler keeping it cannot apply the effect again', async () => {
    const target = await lead();
    const id = await propose(target);
    await gate.review(as(ADMIN), id, { outcome: 'approved', rationale: WHY });
    await gate.apply(as(ADMIN), id);
    const kept = disqualify.lastGrant!;
    expect(kept.decisionId).toBe(id);
    await dataSource.getRepository(GateTestLead).update({ id: target }, { stage: 'open' });
    await expect(disqualify.apply(kept)).rejects.toThrow(UnreviewedEffectError);
    expect(await stageOf(target)).toBe('open');
  });

  it('locks effect handlers: a direct call — without a grant, with a forged one, or after the gate\'s call — is refused', async () => {
    const target = await lead();
    const forged = { decisionId: randomUUID(), reviewId: randomUUID(), workspaceId: W, effect: 'lead.disqualify', subjectId: target, targetId: target, params: {}, actorUserId: ADMIN, manager: dataSource.manager };
    await expect(disqualify.apply(forged)).rejects.toThrow(UnreviewedEffectError);
    await expect(disqualify.suspend(forged, { stage: 'open' })).rejects.toThrow(UnreviewedEffectError);
    await expect(dataSource.transaction((manager) => disqualify.apply({ ...forged, manager }))).rejects.toThrow(/only be applied through the review gate/);
    expect(await stageOf(target)).toBe('open');
    expect(() => Object.assign(disqualify, { apply: async () => ({ stage: 'x' }) })).toThrow(TypeError);
  });
});
