import { UnreviewedEffectError } from '@lawful/decisions';
import { AuditBuffer, ReviewGate } from '@lawful/nestjs';
import { type SeededApp, startSeededApp } from '../../testing/seeded-app.fixture';
import { Membership } from '../../controller/workspaces/membership.entity';
import { User } from '../../controller/accounts/user.entity';
import { Contact } from '../crm/contact.entity';
import { Deal } from '../crm/deal.entity';
import { AccessAuditRecord } from '../audit/access-audit-record.entity';
import { LeadScore, type LeadScoreExplanation } from '../scoring/lead-score.entity';
import { DisqualifyLeadEffect } from './effects/disqualify-lead.effect';
import { AutomatedDecision } from './entities/automated-decision.entity';
import { DecisionEffect } from './entities/decision-effect.entity';

const AI = 'ai.lead_scoring';
const RIGHTS = 'compliance.subject_rights';
const WHY = 'Looked at the inputs and the explanation: no engagement for months.';

describe('gated automated decisions of lead scoring (human review before any significant effect)', () => {
  let s: SeededApp;
  let base: string;
  let snapshot: () => Promise<string>;
  let adminRun: string | null | undefined;
  const userId = async (email: string) => (await s.dataSource.getRepository(User).findOneByOrFail({ email })).id;
  const decisions = (effect: string, status = 'proposed') => s.dataSource.getRepository(AutomatedDecision).find({ where: { workspaceId: s.demo, effect, status: status as never }, order: { id: 'ASC' } });
  const stageOf = async (id: string) => (await s.dataSource.getRepository(Contact).findOneByOrFail({ id })).lifecycleStage;

  beforeAll(async () => {
    s = await startSeededApp();
    base = `/workspaces/${s.demo}/decisions`;
    // Every field a significant effect may change, for every contact and deal of the workspace.
    snapshot = async () => {
      const contacts = await s.dataSource.getRepository(Contact).find({ where: { workspaceId: s.demo }, select: { id: true, lifecycleStage: true, ownerUserId: true }, order: { id: 'ASC' } });
      const deals = await s.dataSource.getRepository(Deal).find({ where: { workspaceId: s.demo }, select: { id: true, stage: true }, order: { id: 'ASC' } });
      return JSON.stringify([contacts, deals]);
    };
  });
  afterAll(() => s?.close());

  it('a scoring run proposes significant effects and applies none of them', async () => {
    const before = await snapshot();
    const run = (await s.as('member@demo.test', AI).post(`/workspaces/${s.demo}/scoring/runs`, {}).expect(201)).body;
    expect(run.proposals['contact.disqualify']).toBeGreaterThan(0);
    expect(run.proposals['contact.reassign_owner'] + run.proposals['deal.change_stage']).toBeGreaterThan(0);
    expect(await snapshot()).toBe(before);
    expect(await s.dataSource.getRepository(DecisionEffect).count()).toBe(0);
    const list = (await s.as('member@demo.test', AI).get(`${base}?status=proposed&pageSize=100`).expect(200)).body;
    expect(list.total).toBe(Object.values(run.proposals as Record<string, number>).reduce((a, b) => a + b, 0));
    // A second run does not duplicate open proposals.
    const again = (await s.as('member@demo.test', AI).post(`/workspaces/${s.demo}/scoring/runs`, {}).expect(201)).body;
    expect(again.proposals['contact.disqualify']).toBe(0);
  });

  it('refuses to apply an unreviewed proposal over the API (409), through the gate, the handler or a direct repository write', async () => {
    const [d] = await decisions('contact.disqualify');
    const before = await snapshot();
    const res = await s.as('owner@demo.test', AI).post(`${base}/${d!.id}/apply`, {}).expect(409);
    expect(res.body).toMatchObject({ code: 'DECISION_STATE', status: 'proposed' });
    await expect(s.app.get(ReviewGate).apply({ workspaceId: s.demo, userId: await userId('owner@demo.test') }, d!.id)).rejects.toThrow(/cannot apply a decision that is proposed/);
    const handler = s.app.get(DisqualifyLeadEffect);
    const grant = { decisionId: d!.id, reviewId: d!.id, workspaceId: s.demo, effect: 'contact.disqualify', subjectId: d!.subjectId, targetId: d!.targetId, params: {}, actorUserId: d!.triggeredByUserId, manager: s.dataSource.manager };
    await expect(handler.apply(grant)).rejects.toThrow(UnreviewedEffectError);
    await expect(
      s.dataSource.getRepository(DecisionEffect).insert({ workspaceId: s.demo, decisionId: d!.id, reviewId: d!.id, effect: d!.effect, params: {}, status: 'applied', appliedByUserId: d!.triggeredByUserId, appliedAt: new Date(), updatedAt: new Date() }),
    ).rejects.toThrow(/review gate: an effect can only be applied with an approving human review/);
    await expect(s.dataSource.getRepository(AutomatedDecision).update({ id: d!.id }, { status: 'applied' })).rejects.toThrow(/review gate/);
    expect(await snapshot()).toBe(before);
  });

  it('refuses the reviewer who triggered the run, reviewers without permission, and reviews without a rationale', async () => {
    const adminId = await userId('admin@demo.test');
    const [template] = await decisions('contact.disqualify');
    const target = (await s.dataSource.getRepository(Contact).findOneByOrFail({ workspaceId: s.demo, lifecycleStage: 'customer' })).id;
    // A proposal of a run the admin triggered (service call of the gate, like any automated process).
    [adminRun] = await s.dataSource.transaction((manager) =>
      s.app.get(ReviewGate).propose(manager, [{
        workspaceId: s.demo, purpose: AI, effect: 'contact.reassign_owner', subjectId: target, targetId: target, params: { ownerUserId: adminId },
        score: template!.score, explanation: template!.explanation, inputs: template!.inputs, modelVersion: template!.modelVersion, triggeredBy: adminId,
      }]),
    );
    const self = await s.as('admin@demo.test', AI).post(`${base}/${adminRun}/reviews`, { outcome: 'approved', rationale: WHY }).expect(403);
    expect(self.body).toMatchObject({ code: 'SELF_REVIEW' });
    const [d] = await decisions('contact.disqualify');
    const viewer = await s.as('viewer@demo.test', AI).post(`${base}/${d!.id}/reviews`, { outcome: 'approved', rationale: WHY }).expect(403);
    expect(viewer.body).toMatchObject({ code: 'REVIEWER_NOT_PERMITTED' });
    await s.as('member@demo.test', AI).post(`${base}/${d!.id}/reviews`, { outcome: 'approved', rationale: WHY }).expect(403);
    const short = await s.as('admin@demo.test', AI).post(`${base}/${d!.id}/reviews`, { outcome: 'approved', rationale: 'fine' }).expect(400);
    expect(short.body.message.join(' ')).toMatch(/rationale must be at least 10 characters/);
    await s.as('admin@demo.test', AI).post(`${base}/${d!.id}/reviews`, { outcome: 'maybe', rationale: WHY }).expect(400);
    expect((await s.as('admin@demo.test', AI).get(`${base}/${d!.id}`).expect(200)).body.reviews).toEqual([]);
  });

  it('lets a member review once an admin grants review permission over the API — never their own run, and no longer once revoked', async () => {
    const memberId = await userId('member@demo.test');
    const membership = await s.dataSource.getRepository(Membership).findOneByOrFail({ workspaceId: s.demo, userId: memberId });
    const grant = (who: 'owner@demo.test' | 'admin@demo.test' | 'member@demo.test', value: unknown) =>
      s.as(who, 'service.workspace').patch(`/workspaces/${s.demo}/members/${membership.id}/permissions`, { reviewAutomatedDecisions: value });
    await grant('member@demo.test', true).expect(403);
    await grant('admin@demo.test', 'yes').expect(400);
    expect((await grant('admin@demo.test', true).expect(200)).body.permissions).toEqual({ review_automated_decisions: true });
    try {
      const ownRun = (await s.dataSource.getRepository(AutomatedDecision).findOneBy({ workspaceId: s.demo, triggeredByUserId: memberId, status: 'proposed' }))!;
      expect((await s.as('member@demo.test', AI).post(`${base}/${ownRun.id}/reviews`, { outcome: 'approved', rationale: WHY }).expect(403)).body.code).toBe('SELF_REVIEW');
      await s.as('member@demo.test', AI).post(`${base}/${adminRun}/reviews`, { outcome: 'rejected', rationale: 'The contact asked for a call next week.' }).expect(201);
    } finally {
      await grant('owner@demo.test', false).expect(200);
    }
    const [other] = await decisions('contact.disqualify');
    expect((await s.as('member@demo.test', AI).post(`${base}/${other!.id}/reviews`, { outcome: 'approved', rationale: WHY }).expect(403)).body.code).toBe('REVIEWER_NOT_PERMITTED');
  });

  it('shows the reviewer the inputs, the explanation (= the model\'s contributions) and the logic; the subject gets the same factors', async () => {
    const [d] = await decisions('contact.disqualify');
    const view = (await s.as('admin@demo.test', AI).get(`${base}/${d!.id}`).expect(200)).body;
    expect(view).toMatchObject({ id: d!.id, status: 'proposed', effect: 'contact.disqualify', effectDescription: expect.stringMatching(/disqualified/), logic: expect.stringMatching(/below 0\.15/) });
    expect(view.excludedReviewers).toContain(d!.triggeredByUserId);
    // The model's own record of that contact's score in the proposing run's model version.
    const row = await s.dataSource.getRepository(LeadScore).findOneByOrFail({ contactId: d!.subjectId, modelVersion: view.modelVersion });
    const stored = { score: row.score, explanation: row.explanation as LeadScoreExplanation };
    expect(view.score).toBeCloseTo(stored.score, 3);
    expect(view.explanation.baseline).toBeCloseTo(stored.explanation.intercept, 9);
    expect(Object.keys(stored.explanation.contributions).sort()).toEqual(view.explanation.factors.map((f: { key: string }) => f.key).sort());
    for (const [key, contribution] of Object.entries(stored.explanation.contributions)) {
      const f = view.explanation.factors.find((x: { key: string }) => x.key === key);
      expect(f.contribution).toBeCloseTo(contribution, 9);
      expect(view.inputs[key]).toBe(stored.explanation.inputs[key]);
    }
    const sum = view.explanation.baseline + view.explanation.factors.reduce((a: number, f: { contribution: number }) => a + f.contribution, 0);
    expect(sum).toBeCloseTo(view.explanation.output, 9);
    expect(1 / (1 + Math.exp(-view.explanation.output))).toBeCloseTo(view.score, 9);
    const explained = (await s.as('owner@demo.test', RIGHTS).get(`${base}/${d!.id}/explanation`).expect(200)).body;
    expect(explained).toMatchObject({ decisionId: d!.id, contactId: d!.subjectId, effect: { key: 'contact.disqualify', inForce: false }, humanReview: { reviewed: false } });
    expect(explained.mainFactors.map((f: { key: string }) => f.key)).toEqual(view.mainFactors.map((f: { key: string }) => f.key));
    await s.as('member@demo.test', RIGHTS).get(`${base}/${d!.id}/explanation`).expect(403);
  });

  it('applies an approved effect; a contest suspends it and demands a different reviewer; the timeline keeps every step', async () => {
    const [d] = await decisions('contact.disqualify');
    const stage = await stageOf(d!.targetId);
    await s.as('admin@demo.test', AI).post(`${base}/${d!.id}/reviews`, { outcome: 'approved', rationale: WHY }).expect(201);
    expect(await stageOf(d!.targetId)).toBe(stage);
    await s.as('member@demo.test', AI).post(`${base}/${d!.id}/apply`, {}).expect(403);
    const applied = (await s.as('owner@demo.test', AI).post(`${base}/${d!.id}/apply`, {}).expect(200)).body;
    expect(applied).toMatchObject({ status: 'applied', effectState: { status: 'applied' } });
    expect(await stageOf(d!.targetId)).toBe('disqualified');

    await s.as('owner@demo.test', RIGHTS).post(`${base}/${d!.id}/views`, { statement: 'I have been travelling; I am still interested.' }).expect(201);
    const contested = (await s.as('owner@demo.test', RIGHTS).post(`${base}/${d!.id}/contest`, { statement: 'Please have someone look at this again.' }).expect(200)).body;
    expect(contested).toMatchObject({ status: 'contested', effectState: { status: 'suspended' } });
    expect(await stageOf(d!.targetId)).toBe(stage);
    expect((await s.as('admin@demo.test', AI).post(`${base}/${d!.id}/reviews`, { outcome: 'approved', rationale: WHY }).expect(403)).body.code).toBe('REPEAT_REVIEWER');
    const view = (await s.as('owner@demo.test', AI).get(`${base}/${d!.id}`).expect(200)).body;
    expect(view.subjectStatements.map((x: { statement: string }) => x.statement)).toEqual(['I have been travelling; I am still interested.', 'Please have someone look at this again.']);
    await s.as('owner@demo.test', AI).post(`${base}/${d!.id}/reviews`, { outcome: 'rejected', rationale: 'The subject is engaged; keep working the lead.' }).expect(201);
    expect(await stageOf(d!.targetId)).toBe(stage);
    const timeline = (await s.as('owner@demo.test', AI).get(`${base}/${d!.id}/timeline`).expect(200)).body;
    expect(timeline.map((e: { type: string }) => e.type)).toEqual(['proposed', 'reviewed', 'applied', 'viewpoint', 'contested', 'suspended', 'reviewed', 'revoked']);
    await s.app.get(AuditBuffer).flush(); // the audit is written in batches off the request path
    const audited = await s.dataSource.getRepository(AccessAuditRecord).find({ where: { workspaceId: s.demo, entity: 'AutomatedDecision' } });
    expect(audited.some((a) => a.action === 'update' && (a.recordIds ?? []).includes(d!.id))).toBe(true);
  });

  it('refuses to review or apply for a contact who restricted processing or objected to lead scoring; explanation still answered', async () => {
    const [d] = await decisions('contact.disqualify');
    const subject = `/workspaces/${s.demo}/subjects/${d!.subjectId}`;
    await s.as('owner@demo.test', RIGHTS).post(`${subject}/restriction`, { reason: 'accuracy_contested' }).expect((r) => expect(r.status).toBeLessThan(300));
    expect((await s.as('admin@demo.test', AI).post(`${base}/${d!.id}/reviews`, { outcome: 'approved', rationale: WHY }).expect(409)).body.message).toMatch(/restricted processing/);
    await s.as('owner@demo.test', RIGHTS).get(`${base}/${d!.id}/explanation`).expect(200);
    await s.as('owner@demo.test', RIGHTS).delete(`${subject}/restriction`).expect((r) => expect(r.status).toBeLessThan(300));
    await s.as('owner@demo.test', RIGHTS).post(`${subject}/objections`, { purpose: AI }).expect((r) => expect(r.status).toBeLessThan(300));
    expect((await s.as('admin@demo.test', AI).post(`${base}/${d!.id}/reviews`, { outcome: 'approved', rationale: WHY }).expect(409)).body.message).toMatch(/objected to ai\.lead_scoring/);
    await s.as('owner@demo.test', RIGHTS).delete(`${subject}/objections/${AI}`).expect((r) => expect(r.status).toBeLessThan(300));
    await s.as('admin@demo.test', AI).post(`${base}/${d!.id}/reviews`, { outcome: 'approved', rationale: WHY }).expect(201);
  });

  it('does not undo a person\'s later change when suspending an effect', async () => {
    const [d] = await decisions('deal.change_stage');
    await s.as('admin@demo.test', AI).post(`${base}/${d!.id}/reviews`, { outcome: 'approved', rationale: WHY }).expect(201);
    await s.as('admin@demo.test', AI).post(`${base}/${d!.id}/apply`, {}).expect(200);
    expect((await s.dataSource.getRepository(Deal).findOneByOrFail({ id: d!.targetId })).stage).toBe('proposal');
    await s.dataSource.getRepository(Deal).update({ id: d!.targetId }, { stage: 'negotiation' });
    await s.as('owner@demo.test', RIGHTS).post(`${base}/${d!.id}/contest`, { statement: 'We never discussed a proposal.' }).expect(200);
    expect((await s.dataSource.getRepository(Deal).findOneByOrFail({ id: d!.targetId })).stage).toBe('negotiation');
  });

  it('answers 400 and applies nothing when the effect\'s target was deleted after the review', async () => {
    const [d] = await decisions('deal.change_stage');
    await s.as('admin@demo.test', AI).post(`${base}/${d!.id}/reviews`, { outcome: 'approved', rationale: WHY }).expect(201);
    await s.as('owner@demo.test', 'service.crm').delete(`/workspaces/${s.demo}/deals/${d!.targetId}`).expect((r) => expect(r.status).toBeLessThan(300));
    const res = await s.as('owner@demo.test', AI).post(`${base}/${d!.id}/apply`, {}).expect(400);
    expect(res.body).toMatchObject({ code: 'INVALID_EFFECT_PARAMS', message: expect.stringMatching(/no longer exists.*reject the decision/) });
    expect((await s.as('owner@demo.test', AI).get(`${base}/${d!.id}`).expect(200)).body).toMatchObject({ status: 'approved', effectState: null });
  });

  it('applies the parameters of a modifying review (another owner) and validates them', async () => {
    const [d] = await decisions('contact.reassign_owner');
    const ownerId = await userId('owner@demo.test');
    const viewerId = await userId('viewer@demo.test');
    await s.as('owner@demo.test', AI).post(`${base}/${d!.id}/reviews`, { outcome: 'modified', rationale: 'Give it to the owner: key account.', params: { ownerUserId: viewerId } }).expect(400);
    await s.as('owner@demo.test', AI).post(`${base}/${d!.id}/reviews`, { outcome: 'modified', rationale: 'Give it to the owner: key account.', params: { ownerUserId: ownerId } }).expect(201);
    await s.as('owner@demo.test', AI).post(`${base}/${d!.id}/apply`, {}).expect(200);
    expect((await s.dataSource.getRepository(Contact).findOneByOrFail({ id: d!.targetId })).ownerUserId).toBe(ownerId);
  });

  it('keeps decisions to their purpose, their workspace and well-formed requests', async () => {
    const [d] = await decisions('deal.change_stage');
    expect((await s.as('admin@demo.test', 'ai.intent_routing').get(`${base}/${d!.id}`).expect(403)).body.message).toMatch(/send X-Purpose: ai.lead_scoring/);
    await s.as('admin@demo.test', 'ai.intent_routing').get(`${base}/${d!.id}/timeline`).expect(403);
    await s.as('admin@demo.test', 'ai.intent_routing').post(`${base}/${d!.id}/reviews`, { outcome: 'approved', rationale: WHY }).expect(403);
    expect((await s.as('admin@demo.test', 'ai.intent_routing').get(`${base}?pageSize=100`).expect(200)).body.items.filter((x: { purpose: string }) => x.purpose === AI)).toEqual([]);
    await s.as('admin@demo.test', 'service.crm').get(base).expect(400);
    await s.as('owner@other.test', AI).get(`/workspaces/${s.other}/decisions/${d!.id}`).expect(404);
    await s.as('owner@other.test', AI).post(`/workspaces/${s.other}/decisions/${d!.id}/reviews`, { outcome: 'approved', rationale: WHY }).expect(404);
    await s.as('admin@demo.test', AI).get(`${base}/not-a-uuid`).expect(404);
    await s.as('admin@demo.test', AI).get(`${base}?status=done`).expect(400);
    await s.as('owner@demo.test', RIGHTS).post(`${base}/${d!.id}/contest`, {}).expect(400);
  });

  it('deletes a contact\'s decisions, reviews, effects and timeline with the contact (erasure)', async () => {
    const applied = (await s.dataSource.getRepository(AutomatedDecision).findOneByOrFail({ workspaceId: s.demo, effect: 'contact.reassign_owner', status: 'applied' }));
    const dry = (await s.as('owner@demo.test', RIGHTS).get(`/workspaces/${s.demo}/subjects/${applied.subjectId}/erasure`).expect(200)).body;
    expect(JSON.stringify(dry)).toMatch(/AutomatedDecision/);
    await s.as('owner@demo.test', RIGHTS).post(`/workspaces/${s.demo}/subjects/${applied.subjectId}/erasure`, {}).expect(201);
    expect(await s.dataSource.getRepository(AutomatedDecision).countBy({ subjectId: applied.subjectId })).toBe(0);
    const [{ n }] = (await s.dataSource.query(`SELECT (SELECT count(*) FROM decision_reviews WHERE decision_id = $1) + (SELECT count(*) FROM decision_events WHERE decision_id = $1) + (SELECT count(*) FROM decision_effects WHERE decision_id = $1) AS n`, [applied.id])) as [{ n: string }];
    expect(Number(n)).toBe(0);
  });
});
