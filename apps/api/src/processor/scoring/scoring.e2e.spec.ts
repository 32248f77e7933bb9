import { randomUUID } from 'node:crypto';
import { AuditBuffer } from '@lawful/nestjs';
import { type SeededApp, startSeededApp } from '../../testing/seeded-app.fixture';
import { AccessAuditRecord } from '../audit/access-audit-record.entity';
import { Contact } from '../crm/contact.entity';
import { LEAD_SCORING_FEATURES } from './lead-scoring.features';
import { sigmoid } from './logistic-regression.model';

const PURPOSE = 'ai.lead_scoring';

describe('lead scoring API (POST scoring/runs, GET scoring/model, GET contacts/:contactId/score)', () => {
  let s: SeededApp;
  let demoContacts: string[];
  let otherContact: string;
  const runs = (workspaceId: string) => `/workspaces/${workspaceId}/scoring/runs`;
  const score = (contactId: string, workspaceId = s.demo) => `/workspaces/${workspaceId}/contacts/${contactId}/score`;

  beforeAll(async () => {
    s = await startSeededApp();
    const contacts = s.dataSource.getRepository(Contact);
    demoContacts = (await contacts.find({ where: { workspaceId: s.demo }, order: { id: 'ASC' } })).map((c) => c.id);
    otherContact = (await contacts.findOneByOrFail({ workspaceId: s.other })).id;
  });
  afterAll(() => s?.close());

  it('runs on the demo data for owners, admins and members (summary only), not for viewers or other workspaces', async () => {
    await s.as('viewer@demo.test', PURPOSE).post(runs(s.demo), {}).expect(403);
    await s.as('owner@other.test', PURPOSE).post(runs(s.demo), {}).expect(404);
    await s.as('member@demo.test', 'service.crm').post(runs(s.demo), {}).expect(400);
    const res = await s.as('member@demo.test').post(runs(s.demo), {}).expect(201);
    expect(res.body).toMatchObject({ modelVersion: 'lr-1', scored: demoContacts.length, skipped: { objected: 0, restricted: 0 } });
    expect(res.body.trainingRows).toBeGreaterThanOrEqual(10);
    expect(res.body).not.toHaveProperty('results');
    expect(res.body).not.toHaveProperty('triggeredByUserId');
    expect((await s.as('admin@demo.test', PURPOSE).post(runs(s.demo), {}).expect(201)).body.modelVersion).toBe('lr-2');
  });

  it('shows the model: every feature with description, source fields and coefficient', async () => {
    const model = (await s.as('viewer@demo.test').get(`/workspaces/${s.demo}/scoring/model`).expect(200)).body;
    expect(model).toMatchObject({ version: 'lr-2', trainingRows: expect.any(Number), positives: expect.any(Number), intercept: expect.any(Number) });
    expect(model.features.map((f: { key: string }) => f.key)).toEqual(LEAD_SCORING_FEATURES.map((f) => f.key));
    for (const f of model.features) expect(f).toEqual({ key: expect.any(String), description: expect.any(String), sourceFields: expect.any(Array), coefficient: expect.any(Number), mean: expect.any(Number), scale: expect.any(Number) });
    await s.as('owner@other.test').get(`/workspaces/${s.other}/scoring/model`).expect(404);
  });

  it("explains a contact's score with the model's contributions, largest first; 404 outside the workspace", async () => {
    const model = (await s.as('member@demo.test').get(`/workspaces/${s.demo}/scoring/model`).expect(200)).body;
    const byKey = new Map<string, { coefficient: number; mean: number; scale: number }>(model.features.map((f: { key: string }) => [f.key, f]));
    for (const id of demoContacts.slice(0, 10)) {
      const body = (await s.as('viewer@demo.test').get(score(id)).expect(200)).body;
      expect(body).toMatchObject({ contactId: id, modelVersion: 'lr-2', intercept: model.intercept });
      const magnitudes = body.factors.map((f: { contribution: number }) => Math.abs(f.contribution));
      expect(magnitudes).toEqual([...magnitudes].sort((x: number, y: number) => y - x));
      let logit = body.intercept;
      for (const factor of body.factors) {
        const p = byKey.get(factor.feature)!;
        expect(factor.contribution).toBeCloseTo((p.coefficient * (factor.input - p.mean)) / p.scale, 12);
        logit += factor.contribution;
      }
      expect(body.factors).toHaveLength(LEAD_SCORING_FEATURES.length);
      expect(logit).toBeCloseTo(body.logit, 10);
      expect(Math.abs(body.score - sigmoid(body.logit))).toBeLessThanOrEqual(5e-5);
    }
    await s.as('member@demo.test').get(score(otherContact)).expect(404);
    await s.as('owner@other.test').get(score(demoContacts[0])).expect(404);
    await s.as('member@demo.test').get(score(randomUUID())).expect(404);
    await s.as('member@demo.test').get(score('not-a-uuid')).expect(404);
  });

  it('skips a contact who objected to ai.lead_scoring (recorded through the subject routes) and hides its score until withdrawn', async () => {
    const id = demoContacts[3];
    await s.as('admin@demo.test').post(`/workspaces/${s.demo}/subjects/${id}/objections`, { purpose: PURPOSE }).expect(201);
    const run = (await s.as('owner@demo.test').post(runs(s.demo), {}).expect(201)).body;
    expect(run).toMatchObject({ scored: demoContacts.length - 1, skipped: { objected: 1, restricted: 0 } });
    await s.as('member@demo.test').get(score(id)).expect(404);
    const [{ n }] = await s.dataSource.query(`SELECT count(*)::int AS n FROM lead_scores WHERE contact_id = $1 AND model_version = $2`, [id, run.modelVersion]);
    expect(n).toBe(0);
    await s.as('admin@demo.test').delete(`/workspaces/${s.demo}/subjects/${id}/objections/${PURPOSE}`).expect(204);
    const again = (await s.as('owner@demo.test').post(runs(s.demo), {}).expect(201)).body;
    expect((await s.as('member@demo.test').get(score(id)).expect(200)).body.modelVersion).toBe(again.modelVersion);
  });

  it('answers 409 saying what to do when the workspace has too few won and lost deals', async () => {
    await s.dataSource.query(`UPDATE deals SET outcome = 'open', closed_at = NULL WHERE workspace_id = $1`, [s.other]);
    const res = await s.as('owner@other.test', PURPOSE).post(runs(s.other), {}).expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, code: 'INSUFFICIENT_TRAINING_DATA', positives: 0, negatives: 0, minimumPerClass: 5 });
    expect(res.body.message).toMatch(/close more deals as won and lost, then run scoring again/);
    await s.as('owner@other.test').get(`/workspaces/${s.other}/scoring/model`).expect(404);
  });

  it('audits a run: the source fields read and the scores created, per contact, under ai.lead_scoring', async () => {
    await s.app.get(AuditBuffer).flush();
    const records = await s.dataSource.getRepository(AccessAuditRecord).findBy({ workspaceId: s.demo, purpose: PURPOSE });
    const created = records.filter((r) => r.entity === 'LeadScore' && r.action === 'create');
    expect(new Set(created.flatMap((r) => r.subjectIds))).toEqual(new Set(demoContacts));
    const deals = records.find((r) => r.entity === 'Deal' && r.action === 'read');
    expect(deals?.fields).toEqual(['contactId', 'outcome', 'value']);
  });
});
