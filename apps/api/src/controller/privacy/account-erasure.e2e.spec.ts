import { getMetadataStorage } from '@lawful/annotations';
import { readSubjectRecords } from '@lawful/nestjs';
import { subjectGraph } from '@lawful/rights';
import request from 'supertest';
import { scanForIdentifiers } from '../../testing/identifier-scan.fixture';
import { type SeededApp, startSeededApp } from '../../testing/seeded-app.fixture';
import { User } from '../accounts/user.entity';
import { Workspace } from '../workspaces/workspace.entity';
import { type PlantedAccount, plantAccount } from './planted-account.fixture';

const CONFIRM = { confirm: 'erase my account' };

describe('account erasure (controller data: account holders erase their own account under /me/privacy/erasure)', () => {
  let s: SeededApp;
  const as = (token: string) => ({
    get: (path: string) => request(s.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object) => request(s.app.getHttpServer()).post(path).set('Authorization', `Bearer ${token}`).send(body),
  });
  const rowsOf = (userId: string) => readSubjectRecords(s.dataSource.manager, subjectGraph(getMetadataStorage(), User), userId, { storage: getMetadataStorage() });
  const counts = (body: { steps: { entity: string; action: string; rows: Record<string, number> }[] }) => Object.fromEntries(body.steps.filter((x) => Object.values(x.rows).some((n) => n > 0)).map((x) => [x.entity, [x.action, x.rows]]));

  beforeAll(async () => (s = await startSeededApp()));
  afterAll(() => s?.close());

  it('dry run: the plan for the caller’s own controller data with row counts and why; nothing changes', async () => {
    const account = await plantAccount(s.app, s.dataSource, s.demo);
    const before = await rowsOf(account.id);
    const res = await as(account.token).get('/me/privacy/erasure').expect(200);
    expect(res.body).toMatchObject({ subject: { type: 'account_holder', entity: 'User' }, blockedBy: null });
    const del = (n = 1) => ['delete', { deleted: n, anonymized: 0, retained: 0 }];
    expect(counts(res.body)).toEqual({
      AuthSession: del(), AiMessage: del(), AiConversation: del(), EnrichmentLookup: del(), PushToken: del(), SupportRequest: del(),
      AnalyticsEvent: del(), ErrorEvent: del(), ServerLog: del(), SessionRecording: del(), Membership: del(), User: del(),
      PaymentRecord: ['retain', { deleted: 0, anonymized: 0, retained: 2 }],
      ConsentRecord: ['retain', { deleted: 0, anonymized: 0, retained: 1 }],
      WorkspaceFieldRestriction: ['anonymize', { deleted: 0, anonymized: 1, retained: 0 }],
    });
    const payment = res.body.steps.find((x: { entity: string }) => x.entity === 'PaymentRecord');
    expect(payment.reason).toContain('legal_obligation: tax records, 7 years after last transaction');
    expect(payment.reason).toContain('the link userId cannot be NULL and is kept with the held fields');
    expect(await rowsOf(account.id)).toEqual(before);
  });

  it('refuses (409, naming the fix) while the caller owns a workspace, by membership or as Workspace.ownerId; 400 without the confirmation', async () => {
    const owner = s.as('owner@demo.test');
    expect((await owner.get('/me/privacy/erasure').expect(200)).body.blockedBy).toContain('transfer ownership');
    const refused = await owner.post('/me/privacy/erasure', CONFIRM).expect(409);
    expect(refused.body).toMatchObject({ statusCode: 409, workspaceIds: [s.demo] });
    expect(refused.body.message).toMatch(/transfer ownership .* or delete the workspace first — erasing an account never deletes a workspace/);
    const account = await plantAccount(s.app, s.dataSource, s.demo);
    const workspace = String((await s.dataSource.getRepository(Workspace).insert({ name: 'Side project', slug: `side-${account.id}`, ownerId: account.id })).identifiers[0]?.['id']);
    expect((await as(account.token).post('/me/privacy/erasure', CONFIRM).expect(409)).body.workspaceIds).toEqual([workspace]);
    await s.dataSource.getRepository(Workspace).delete({ id: workspace });
    for (const body of [{}, { confirm: 'yes' }, { confirm: 'ERASE MY ACCOUNT' }]) {
      expect((await as(account.token).post('/me/privacy/erasure', body).expect(400)).body.message).toEqual(['confirm must be exactly "erase my account": the erasure deletes your account and cannot be undone']);
    }
    await as(account.token).post('/me/privacy/erasure', { ...CONFIRM, requestId: 'nope' }).expect(400);
    await request(s.app.getHttpServer()).post('/me/privacy/erasure').send(CONFIRM).expect(401);
    await as(account.token).get('/me/privacy/erasure').expect(200);
    await owner.get(`/workspaces/${s.demo}`).expect(200);
  });

  it('is all or nothing: a failure injected in the last step answers 500; every row of the account stays and the token still works', async () => {
    const account = await plantAccount(s.app, s.dataSource, s.demo);
    const before = await rowsOf(account.id);
    await s.dataSource.query(`CREATE FUNCTION erasure_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await s.dataSource.query('CREATE TRIGGER erasure_test_fail BEFORE DELETE ON users FOR EACH ROW EXECUTE FUNCTION erasure_test_fail()');
    try {
      await as(account.token).post('/me/privacy/erasure', CONFIRM).expect(500);
    } finally {
      await s.dataSource.query('DROP FUNCTION erasure_test_fail() CASCADE');
    }
    expect(await rowsOf(account.id)).toEqual(before);
    await as(account.token).get('/me/privacy/erasure').expect(200);
  });

  it('erases the account: certificate, request completed, token 401; payment records and consent proof kept and restricted; the no-trace scan over every controller table', async () => {
    const account: PlantedAccount = await plantAccount(s.app, s.dataSource, s.demo);
    const requestId = (await as(account.token).post('/me/privacy/requests', { right: 'erasure', jurisdiction: 'gdpr', details: `Please erase ${account.identifiers[2]}` }).expect(201)).body.id;
    expect(new Set((await scanForIdentifiers(s.dataSource, account.identifiers, 'controller')).map((h) => h.entity))).toEqual(new Set([
      'AccountPrivacyRequest', 'AccountPrivacyRequestEvent', 'AiConversation', 'AiMessage', 'AnalyticsEvent', 'AuthSession', 'ConsentRecord', 'EnrichmentLookup', 'ErrorEvent', 'Membership', 'PaymentRecord', 'PushToken', 'ServerLog', 'SessionRecording', 'SupportRequest', 'User', 'WorkspaceFieldRestriction',
    ]));

    const certificate = (await as(account.token).post('/me/privacy/erasure', { ...CONFIRM, requestId }).expect(201)).body;
    expect(certificate).toMatchObject({ id: expect.any(String), subject: { type: 'account_holder', entity: 'User' }, requestId });
    expect(JSON.stringify(certificate)).not.toContain(account.id);
    await as(account.token).get('/me/privacy/erasure').expect(401);
    expect(await s.dataSource.query('SELECT status, outcome, user_id FROM account_privacy_requests WHERE id = $1', [requestId])).toEqual([{ status: 'completed', outcome: 'partially_fulfilled', user_id: null }]);
    expect(await s.dataSource.query('SELECT ip_address, user_id, granted FROM consent_records WHERE id = $1', [account.consent])).toEqual([{ ip_address: null, user_id: null, granted: true }]);
    const restricted = await s.dataSource.query('SELECT entity, record_id, held_fields FROM account_erasure_restrictions WHERE certificate_id = $1 ORDER BY entity, record_id', [certificate.id]);
    expect(restricted.map((r: { entity: string; record_id: string }) => `${r.entity}:${r.record_id}`).sort()).toEqual([...account.payments.map((p) => `PaymentRecord:${p}`), `ConsentRecord:${account.consent}`, `AccountPrivacyRequest:${requestId}`].sort());

    const hits = await scanForIdentifiers(s.dataSource, account.identifiers, 'controller');
    const restrictedIds = new Set(restricted.map((r: { record_id: string }) => r.record_id));
    const unheld = hits.filter((h) => !h.held && !(h.link && restrictedIds.has(h.recordId)));
    // Every identifier left is under a legal hold (the append-only request history keeps its actor ids under one).
    expect([...new Set(unheld.map((h) => `${h.entity}.${h.property}`))]).toEqual([]);
    // Payment records keep their NOT NULL payer link with the held fields, on restricted rows only (the certificate says so).
    expect([...new Set(hits.filter((h) => !h.held && h.link).map((h) => `${h.entity}.${h.property}`))]).toEqual(['PaymentRecord.userId']);
    expect(hits.filter((h) => h.entity === 'PaymentRecord' && h.property === 'userId').map((h) => h.recordId).sort()).toEqual([...account.payments].sort());
  });
});
