import { randomUUID } from 'node:crypto';
import type { LawfulContext } from '@lawful/nestjs';
import { NO_RESTRICTIONS, PolicyAbilityFactory } from '@lawful/policy';
import { DATA_SUBJECT_RIGHTS } from '@lawful/rights';
import request from 'supertest';
import { type SeededApp, startSeededApp } from '../../testing/seeded-app.fixture';
import { User } from '../accounts/user.entity';
import { NO_WORKSPACE_ID } from '../workspaces/no-workspace.constants';
import { AccountPrivacyRequestsService } from './account-privacy-requests.service';

type View = { id: string; receivedAt: string; status: string; deadlines: Record<string, string>; history: { step: string; fromStatus: string | null; toStatus: string; actorUserId: string | null }[] };

/** `YYYY-MM-DD` `days` calendar days after the UTC day of `iso`. */
const plusDays = (iso: string, days: number) => {
  const d = new Date(iso);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days)).toISOString().slice(0, 10);
};

describe("account holders' own requests (controller data: /me/privacy/requests)", () => {
  let s: SeededApp;
  let member: string;
  const mine = '/me/privacy/requests';

  beforeAll(async () => {
    s = await startSeededApp();
    member = (await s.dataSource.getRepository(User).findOneByOrFail({ email: 'member@demo.test' })).id;
  });
  afterAll(() => s?.close());

  it.each(DATA_SUBJECT_RIGHTS)('accepts a %s request, identity verified by the authenticated session, history of both steps', async (right) => {
    const res = await s.as('member@demo.test').post(mine, { right, jurisdiction: 'gdpr', details: 'please' }).expect(201);
    expect(res.body).toMatchObject({ right, jurisdiction: 'gdpr', status: 'in_progress', origin: 'self_service', identity: { state: 'verified', method: 'authenticated_session' }, classification: 'on_track', extensions: [], details: 'please' });
    expect(res.body.history).toEqual([
      { step: 'received', fromStatus: null, toStatus: 'received', at: expect.any(String), actorUserId: member, note: 'submitted by the signed-in account holder' },
      { step: 'identity_verified', fromStatus: 'received', toStatus: 'in_progress', at: expect.any(String), actorUserId: member, note: 'identity verified (authenticated_session)' },
    ]);
  });

  it('shows the deadlines of each jurisdiction from the day of receipt (acknowledgement only for CCPA)', async () => {
    const made = async (jurisdiction: string) => (await s.as('viewer@demo.test').post(mine, { right: 'access', jurisdiction }).expect(201)).body as View;
    const pipeda = await made('pipeda');
    expect(pipeda.deadlines).toEqual({ respondBy: plusDays(pipeda.receivedAt, 30), maxRespondBy: plusDays(pipeda.receivedAt, 60) });
    const quebec = await made('quebec_law25');
    expect(quebec.deadlines).toEqual({ respondBy: plusDays(quebec.receivedAt, 30), maxRespondBy: plusDays(quebec.receivedAt, 30) });
    const ccpa = await made('ccpa');
    expect(ccpa.deadlines).toMatchObject({ respondBy: plusDays(ccpa.receivedAt, 45), maxRespondBy: plusDays(ccpa.receivedAt, 90), acknowledgeBy: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const ack = new Date(`${ccpa.deadlines['acknowledgeBy']}T00:00:00Z`);
    expect([0, 6]).not.toContain(ack.getUTCDay()); // a business day, 14 to 16 calendar days later
    expect(Math.round((ack.getTime() - new Date(ccpa.receivedAt.slice(0, 10)).getTime()) / 86_400_000)).toBeGreaterThanOrEqual(14);
    for (const j of ['gdpr', 'uk_gdpr']) expect((await made(j)).deadlines).not.toHaveProperty('acknowledgeBy');
  });

  it('lists and reads only the caller’s own requests; any other id is 404', async () => {
    const { id } = (await s.as('owner@demo.test').post(mine, { right: 'erasure', jurisdiction: 'uk_gdpr' }).expect(201)).body as View;
    const own = (await s.as('owner@demo.test').get(`${mine}?pageSize=100`).expect(200)).body;
    expect(own).toMatchObject({ page: 1, pageSize: 100, total: 1, items: [{ id, history: [{ step: 'received' }, { step: 'identity_verified' }] }] });
    expect(((await s.as('member@demo.test').get(`${mine}?pageSize=100`).expect(200)).body.items as View[]).map((r) => r.id)).not.toContain(id);
    await s.as('member@demo.test').get(`${mine}/${id}`).expect(404);
    await s.as('member@demo.test').post(`${mine}/${id}/confirm`, {}).expect(404);
    await s.as('owner@demo.test').get(`${mine}/${id}`).expect(200);
    await s.as('owner@demo.test').get(`${mine}/${randomUUID()}`).expect(404);
    await s.as('owner@demo.test').get(`${mine}/not-a-uuid`).expect(404);
    expect((await s.as('owner@demo.test').post(`${mine}/${id}/confirm`, {}).expect(409)).body.message).toBe('The identity is already verified');
    await request(s.app.getHttpServer()).get(mine).expect(401);
    await request(s.app.getHttpServer()).post(mine).send({ right: 'access', jurisdiction: 'gdpr' }).expect(401);
  });

  it('answers 400 naming an unknown right, jurisdiction or property', async () => {
    expect((await s.as('owner@demo.test').post(mine, { right: 'be_forgotten', jurisdiction: 'gdpr' }).expect(400)).body.message).toEqual([expect.stringMatching(/^right must be one of: access, /)]);
    expect((await s.as('owner@demo.test').post(mine, { right: 'access', jurisdiction: 'eu' }).expect(400)).body.message).toEqual([expect.stringMatching(/^jurisdiction must be one of: gdpr, /)]);
    await s.as('owner@demo.test').post(mine, { right: 'access', jurisdiction: 'gdpr', userId: randomUUID() }).expect(400);
    await s.as('owner@demo.test').get(`${mine}?pageSize=1000`).expect(400);
  });

  it('fulfil completes the caller’s request of that right (and rolls back with the fulfilling transaction)', async () => {
    const { id } = (await s.as('member@demo.test').post(mine, { right: 'portability', jurisdiction: 'pipeda' }).expect(201)).body as View;
    const ability = s.app.get(PolicyAbilityFactory).build({ userId: member, workspaceId: NO_WORKSPACE_ID, role: 'viewer', purpose: 'compliance.subject_rights', restrictions: NO_RESTRICTIONS });
    const ctx: LawfulContext = { ability, purpose: 'compliance.subject_rights', userId: member, workspaceId: NO_WORKSPACE_ID, role: 'viewer' };
    const service = s.app.get(AccountPrivacyRequestsService);
    await expect(service.fulfil(ctx, id, { right: 'erasure', outcome: 'fulfilled' })).rejects.toThrow(/exercises the right "portability"/);
    await expect(s.dataSource.transaction(async (m) => {
      await service.fulfil(ctx, id, { right: 'portability', outcome: 'fulfilled' }, m);
      throw new Error('export failed');
    })).rejects.toThrow('export failed');
    expect((await s.as('member@demo.test').get(`${mine}/${id}`).expect(200)).body.status).toBe('in_progress');
    expect(await service.fulfil(ctx, id, { right: 'portability', outcome: 'fulfilled' })).toMatchObject({ status: 'completed', classification: 'closed', history: [{}, {}, { step: 'completed', actorUserId: member }] });
  });

  it('keeps the history append-only: UPDATE, DELETE and TRUNCATE fail in the database', async () => {
    await s.as('viewer@demo.test').post(mine, { right: 'objection', jurisdiction: 'gdpr' }).expect(201);
    await expect(s.dataSource.query(`UPDATE account_privacy_request_events SET note = 'edited'`)).rejects.toThrow(/account_privacy_request_events is append-only: UPDATE rejected/);
    await expect(s.dataSource.query(`DELETE FROM account_privacy_request_events`)).rejects.toThrow(/append-only: DELETE rejected/);
    await expect(s.dataSource.query(`TRUNCATE account_privacy_request_events`)).rejects.toThrow(/append-only: TRUNCATE rejected/);
  });
});
