import { AuditBuffer } from '@lawful/nestjs';
import { IsNull } from 'typeorm';
import { User } from '../../../controller/accounts/user.entity';
import { Membership } from '../../../controller/workspaces/membership.entity';
import { type SeededApp, startSeededApp } from '../../../testing/seeded-app.fixture';
import { AccessAuditRecord } from '../../audit/access-audit-record.entity';
import { AutomatedDecision } from '../../decisions/entities/automated-decision.entity';
import { DecisionEffect } from '../../decisions/entities/decision-effect.entity';
import { REVIEW_DECISIONS_PERMISSION } from '../../../controller/workspaces/member-permissions.constants';
import { ContactObjection } from '../../subjects/contact-objection.entity';
import { ChatMessage } from '../chat-message.entity';
import { ChatThread } from '../chat-thread.entity';
import { classifyIntent } from './intent.classifier';

const AI = 'ai.intent_routing';
const RIGHTS = 'compliance.subject_rights';
const WHY = 'Read the message and the matched terms: a billing question, the admin handles invoices.';

describe('intent classification and gated routing (POST intent/runs, chat_thread.route under /decisions)', () => {
  let s: SeededApp;
  let runs: string;
  let base: string;
  let objecting: string;
  let restricted: string;
  let decisionId: string;
  let threadId: string;
  const userId = async (email: string) => (await s.dataSource.getRepository(User).findOneByOrFail({ email })).id;
  const assignments = async () => JSON.stringify(await s.dataSource.getRepository(ChatThread).find({ where: { workspaceId: s.demo }, select: { id: true, assignedUserId: true }, order: { id: 'ASC' } }));
  const inbound = async (contactIds?: string[]) =>
    (await s.dataSource.query(
      `SELECT m.id, m.body, m.intent, m.sender_contact_id FROM chat_messages m JOIN chat_threads t ON t.id = m.thread_id
        WHERE m.workspace_id = $1 AND m.sender_contact_id = t.contact_id ORDER BY m.id`,
      [s.demo],
    )).filter((m: { sender_contact_id: string }) => contactIds === undefined || contactIds.includes(m.sender_contact_id)) as { id: string; body: string; intent: string | null; sender_contact_id: string }[];

  beforeAll(async () => {
    s = await startSeededApp();
    runs = `/workspaces/${s.demo}/intent/runs`;
    base = `/workspaces/${s.demo}/decisions`;
    const [a, b] = (await s.dataSource.query(`SELECT DISTINCT contact_id FROM chat_threads WHERE workspace_id = $1 AND contact_id IS NOT NULL ORDER BY contact_id LIMIT 2`, [s.demo])) as { contact_id: string }[];
    [objecting, restricted] = [a!.contact_id, b!.contact_id];
  });
  afterAll(() => s?.close());

  it('classifies inbound messages and proposes routings for owners, admins and members; assigns nothing; skips objecting and restricted contacts', async () => {
    await s.as('viewer@demo.test', AI).post(runs, {}).expect(403);
    await s.as('owner@other.test', AI).post(runs, {}).expect(404);
    await s.as('member@demo.test', 'ai.lead_scoring').post(runs, {}).expect(400);
    // ai.intent_routing rests on contract: the subject routes refuse an objection to it, so one recorded otherwise (to the parent `ai`) is honoured too.
    await s.as('admin@demo.test', RIGHTS).post(`/workspaces/${s.demo}/subjects/${objecting}/objections`, { purpose: AI }).expect(400);
    await s.dataSource.getRepository(ContactObjection).insert({ workspaceId: s.demo, contactId: objecting, purpose: 'ai', withdrawnAt: null });
    await s.as('admin@demo.test', RIGHTS).post(`/workspaces/${s.demo}/subjects/${restricted}/restriction`, { reason: 'accuracy_contested' }).expect(201);
    const before = await assignments();
    const eligible = (await inbound()).filter((m) => ![objecting, restricted].includes(m.sender_contact_id));

    const run = (await s.as('member@demo.test', AI).post(runs, {}).expect(201)).body;
    expect(run).toMatchObject({ modelVersion: 'intent-kw-1', classified: eligible.length, skipped: { objected: 1, restricted: 1 } });
    expect(run.proposals).toBeGreaterThan(0);
    expect(Object.values(run.intents as Record<string, number>).reduce((x, y) => x + y, 0)).toBe(eligible.length);
    for (const m of await inbound()) {
      if ([objecting, restricted].includes(m.sender_contact_id)) expect(m.intent).toBeNull();
      else expect(m.intent).toBe(classifyIntent(m.body).intent);
    }
    const replies = await s.dataSource.getRepository(ChatMessage).countBy({ workspaceId: s.demo, senderContactId: IsNull(), intent: IsNull() });
    expect(replies).toBeGreaterThan(0); // members' replies are not classified
    expect(await assignments()).toBe(before);
    expect(await s.dataSource.getRepository(DecisionEffect).countBy({ effect: 'chat_thread.route' })).toBe(0);

    const proposed = await s.dataSource.getRepository(AutomatedDecision).findBy({ workspaceId: s.demo, effect: 'chat_thread.route' });
    expect(proposed).toHaveLength(run.proposals);
    expect(proposed.some((d) => [objecting, restricted].includes(d.subjectId))).toBe(false);
    for (const d of proposed) {
      expect(d).toMatchObject({ purpose: AI, status: 'proposed', modelVersion: 'intent-kw-1', triggeredByUserId: await userId('member@demo.test') });
      const e = d.explanation;
      expect(e.method).toBe('keyword_linear');
      expect(e.baseline + e.factors.reduce((sum, f) => sum + f.contribution, 0)).toBeCloseTo(e.output, 12);
      expect(d.score).toBe(e.score);
      expect(d.inputs).toMatchObject({ intent: expect.any(String), matchedTerms: expect.any(Object) });
    }
    await s.app.get(AuditBuffer).flush();
    const audited = await s.dataSource.getRepository(AccessAuditRecord).findBy({ workspaceId: s.demo, purpose: AI });
    expect(new Set(audited.filter((r) => r.entity === 'ChatMessage' && r.action === 'update').flatMap((r) => r.recordIds ?? []))).toEqual(new Set(eligible.map((m) => m.id)));
    expect(audited.filter((r) => r.entity === 'AutomatedDecision' && r.action === 'create').flatMap((r) => r.recordIds ?? []).sort()).toEqual(proposed.map((d) => d.id).sort());
    expect(audited.some((r) => r.subjectIds.includes(objecting) || r.subjectIds.includes(restricted))).toBe(false);

    const again = (await s.as('admin@demo.test', AI).post(runs, {}).expect(201)).body;
    expect(again).toMatchObject({ classified: 0, proposals: 0, skipped: { objected: 1, restricted: 1 } });
  });

  it('assigns a thread only after an admin who did not trigger the run reviews and applies; never the trigger or a viewer', async () => {
    const adminId = await userId('admin@demo.test');
    const billing = (await s.dataSource.getRepository(AutomatedDecision).findBy({ workspaceId: s.demo, effect: 'chat_thread.route' })).find((d) => d.inputs.intent === 'billing');
    expect(billing?.params).toEqual({ assigneeUserId: adminId });
    [decisionId, threadId] = [billing!.id, billing!.targetId];
    const assignee = async () => (await s.dataSource.getRepository(ChatThread).findOneByOrFail({ id: threadId })).assignedUserId;

    const view = (await s.as('admin@demo.test', AI).get(`${base}/${decisionId}`).expect(200)).body;
    expect(view.logic).toMatch(/billing questions to an admin/);
    expect(view.mainFactors.length).toBeGreaterThan(0);
    const review = () => s.as('member@demo.test', AI).post(`${base}/${decisionId}/reviews`, { outcome: 'approved', rationale: WHY });
    expect((await review().expect(403)).body.code).toBe('REVIEWER_NOT_PERMITTED');
    // Even granted review permission, the member who ran the classification may not review its proposals.
    await s.dataSource.getRepository(Membership).update({ workspaceId: s.demo, userId: await userId('member@demo.test') }, { permissions: { [REVIEW_DECISIONS_PERMISSION]: true } });
    expect((await review().expect(403)).body.code).toBe('SELF_REVIEW');
    await s.as('viewer@demo.test', AI).post(`${base}/${decisionId}/reviews`, { outcome: 'approved', rationale: WHY }).expect(403);
    await s.as('admin@demo.test', AI).post(`${base}/${decisionId}/apply`, {}).expect(409);
    await s.as('admin@demo.test', AI).post(`${base}/${decisionId}/reviews`, { outcome: 'modified', rationale: WHY, params: { assigneeUserId: await userId('viewer@demo.test') } }).expect(400);
    expect(await assignee()).toBeNull();

    await s.as('admin@demo.test', AI).post(`${base}/${decisionId}/reviews`, { outcome: 'approved', rationale: WHY }).expect(201);
    expect(await assignee()).toBeNull();
    expect((await s.as('admin@demo.test', AI).post(`${base}/${decisionId}/apply`, {}).expect(200)).body.status).toBe('applied');
    expect(await assignee()).toBe(adminId);
  });

  it("a contest relayed by the owner suspends the routing and restores the thread's previous assignee", async () => {
    const explanation = (await s.as('owner@demo.test', RIGHTS).get(`${base}/${decisionId}/explanation`).expect(200)).body;
    expect(explanation).toMatchObject({ effect: { key: 'chat_thread.route', inForce: true }, model: { method: 'keyword_linear', version: 'intent-kw-1' } });
    const contested = (await s.as('owner@demo.test', RIGHTS).post(`${base}/${decisionId}/contest`, { statement: 'I want my account manager, not billing.' }).expect(200)).body;
    expect(contested.status).toBe('contested');
    expect(contested.effectState.status).toBe('suspended');
    expect((await s.dataSource.getRepository(ChatThread).findOneByOrFail({ id: threadId })).assignedUserId).toBeNull();
    // The admin who reviewed it may not decide again.
    expect((await s.as('admin@demo.test', AI).post(`${base}/${decisionId}/reviews`, { outcome: 'approved', rationale: WHY }).expect(403)).body.code).toBe('REPEAT_REVIEWER');
  });

  it('keeps routing decisions out of the lead-scoring purpose', async () => {
    await s.as('admin@demo.test', 'ai.lead_scoring').get(`${base}/${decisionId}`).expect(403);
    await s.as('admin@demo.test', 'ai.lead_scoring').post(`${base}/${decisionId}/reviews`, { outcome: 'rejected', rationale: WHY }).expect(403);
    const list = (await s.as('admin@demo.test', 'ai.lead_scoring').get(`${base}?pageSize=100`).expect(200)).body;
    expect(list.items.filter((d: { effect: string }) => d.effect === 'chat_thread.route')).toEqual([]);
    const own = (await s.as('admin@demo.test', AI).get(`${base}?effect=chat_thread.route&pageSize=100`).expect(200)).body;
    expect(own.items.map((d: { id: string }) => d.id)).toContain(decisionId);
  });
});
